import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The calendar behind DateField's button: a month of days (Qt Quick Controls' MonthGrid and
// DayOfWeekRow; Qt 6.4 has no date picker), a month back and forward, and days after
// `latest` shown but not choosable. Every day is a full touch target with its whole date as
// its accessible name.
QQC2.Dialog {
    id: root

    // The last date that may be chosen (ISO); "" for none.
    property string latest
    // The date chosen (ISO), marked on the calendar.
    property string selected
    // Today (ISO) by the app's clock, ringed on the calendar.
    property string today

    signal picked(string iso)

    function isoOf(year: int, month: int, day: int): string {
        return year + "-" + String(month + 1).padStart(2, "0") + "-" + String(day).padStart(2, "0");
    }

    // Opens with `iso` marked, on its month; with none, on the month of `fallback` or today.
    function openAt(iso: string, fallback: string) {
        selected = iso;
        const shown = iso || fallback || today;
        const parts = shown.length === 10 ? shown.split("-") : [];
        if (parts.length === 3) {
            grid.year = Number(parts[0]);
            grid.month = Number(parts[1]) - 1;
        }
        open();
    }

    function step(months: int) {
        const index = grid.year * 12 + grid.month + months;
        grid.year = Math.floor(index / 12);
        grid.month = index % 12;
    }

    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.formMaxWidth, (parent ? parent.width : Style.formMaxWidth) - 2 * Style.spacingL)
    modal: true
    focus: true

    background: Rectangle {
        radius: 8
        color: Style.surface
        border.width: 1
        border.color: Style.disabledSurface
    }

    // Qt's own button texts are not translated into Welsh, so the buttons are Hearth's.
    footer: Item {
        implicitHeight: cancelButton.implicitHeight + 2 * Style.spacingM

        SecondaryButton {
            id: cancelButton

            objectName: "calendarCancel"
            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Cancel")
            onClicked: root.reject()
        }
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    ColumnLayout {
        width: root.availableWidth
        spacing: Style.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacingS

            SecondaryButton {
                objectName: "previousMonth"
                Layout.preferredWidth: Style.touchTarget + 16
                text: "‹"
                Accessible.name: qsTr("Previous month")
                onClicked: root.step(-1)
            }

            QQC2.Label {
                objectName: "shownMonth"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: DateText.monthTitle(grid.month, grid.year)
                font.pixelSize: Style.titleSize
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            SecondaryButton {
                objectName: "nextMonth"
                Layout.preferredWidth: Style.touchTarget + 16
                text: "›"
                Accessible.name: qsTr("Next month")
                onClicked: root.step(1)
            }
        }

        // Both follow the app's default locale (set from its language).
        QQC2.DayOfWeekRow {
            Layout.fillWidth: true
            font.pixelSize: Style.smallSize
        }

        QQC2.MonthGrid {
            id: grid

            Layout.fillWidth: true
            spacing: 2

            delegate: QQC2.AbstractButton {
                id: day

                required property int index
                required property var model
                // The grid shows the ends of the months either side; their year may differ.
                readonly property int dayYear: model.month === grid.month ? grid.year : model.month === 11 && grid.month === 0 ? grid.year - 1 : model.month === 0 && grid.month === 11 ? grid.year + 1 : grid.year
                readonly property string iso: root.isoOf(dayYear, model.month, model.day)
                readonly property bool allowed: root.latest.length === 0 || iso <= root.latest

                objectName: "day:" + iso
                implicitWidth: Style.touchTarget
                implicitHeight: Style.touchTarget
                enabled: allowed
                checkable: false
                checked: iso === root.selected
                Accessible.role: Accessible.Button
                Accessible.checkable: true
                Accessible.checked: checked
                Accessible.name: DateText.showDate(iso)
                onClicked: {
                    root.picked(iso);
                    root.close();
                }

                background: Rectangle {
                    radius: width / 2
                    color: day.checked ? Style.controlAccent : day.down ? Style.infoSurface : "transparent"
                    border.width: day.iso === root.today || day.visualFocus ? 2 : 0
                    border.color: day.visualFocus ? Style.ember : Style.controlAccent
                }

                contentItem: QQC2.Label {
                    text: day.model.day
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Style.bodySize
                    font.bold: day.checked
                    font.strikeout: !day.allowed
                    color: day.checked ? Style.brandText : !day.allowed ? Style.mutedText : day.model.month === grid.month ? Style.text : Style.mutedText
                }
            }
        }
    }
}
