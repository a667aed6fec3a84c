import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A date, typed as dd/mm/yyyy for speed or chosen on a calendar with the button beside it.
// Shown with four-digit years in every language; handed on as ISO (yyyy-MM-dd), the form the
// record keeps. An impossible date (31/02/2026), another layout, or a date after `latest`
// is refused with a plain reason under the field, and nothing is handed on.
ColumnLayout {
    id: root

    property string label
    property string hint
    property bool required: false
    // The date held (ISO), or text written before dates were picked, shown as it is.
    property string value
    // The last date allowed (ISO), e.g. today for a date about the past; "" for none.
    property string latest
    // Today (ISO) by the app's clock: where the calendar opens when nothing is typed.
    property string today
    // The date last handed on or given: what the field shows when nothing new was typed.
    property string held
    // Why the typed text was not taken; "" when it was.
    readonly property alias error: problem.text
    readonly property alias text: input.text

    // A date was typed or picked (ISO), or the field was emptied ("").
    signal chosen(string iso)

    // Takes what was typed: a date, nothing, or a reason why not.
    function commit() {
        const typed = input.text.trim();
        if (typed === DateText.showDate(root.held)) {
            problem.text = "";
            return;
        }
        if (typed.length === 0) {
            problem.text = "";
            root.held = "";
            root.chosen("");
            return;
        }
        problem.text = DateText.dateProblem(typed, root.latest);
        if (problem.text.length === 0) {
            const iso = DateText.isoDate(typed);
            input.text = DateText.showDate(iso);
            root.held = iso;
            root.chosen(iso);
        }
    }

    // Shows the date held again and forgets a refused entry.
    function reset() {
        input.text = DateText.showDate(root.held);
        problem.text = "";
    }

    function pick(iso: string) {
        input.text = DateText.showDate(iso);
        commit();
    }

    spacing: Style.spacingXS
    onValueChanged: {
        held = value;
        input.text = DateText.showDate(value);
    }
    Component.onCompleted: {
        held = value;
        input.text = DateText.showDate(value);
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.required ? qsTr("%1 (needed to finish)").arg(root.label) : root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    // The button goes below the box when both do not fit across (a phone, large text).
    GridLayout {
        id: entry

        Layout.fillWidth: true
        columns: width >= Style.touchTarget * 3 + pick.implicitWidth + columnSpacing ? 3 : 1
        columnSpacing: Style.spacingS
        rowSpacing: Style.spacingS

        QQC2.TextField {
            id: input

            objectName: root.objectName.length > 0 ? root.objectName + ".text" : ""
            Layout.fillWidth: true
            Layout.maximumWidth: Style.touchTarget * 5
            Layout.preferredHeight: Style.touchTarget + 8
            placeholderText: qsTr("dd/mm/yyyy")
            inputMethodHints: Qt.ImhPreferNumbers
            font.pixelSize: Style.bodySize
            placeholderTextColor: Style.placeholderText
            background: FieldLine {}
            Accessible.name: root.label.length > 0 ? qsTr("%1, day/month/year").arg(root.label) : qsTr("Date, day/month/year")
            Accessible.description: problem.text
            onEditingFinished: root.commit()
            onTextEdited: problem.text = ""
        }

        SecondaryButton {
            id: pick

            objectName: root.objectName.length > 0 ? root.objectName + ".pick" : ""
            text: qsTr("Calendar…")
            Accessible.name: root.label.length > 0 ? qsTr("Choose %1 on a calendar").arg(root.label) : qsTr("Choose the date on a calendar")
            onClicked: picker.openAt(DateText.isoDate(input.text), root.latest)
        }

        Item {
            Layout.fillWidth: true
            visible: entry.columns > 1
        }
    }

    QQC2.Label {
        id: problem

        objectName: root.objectName.length > 0 ? root.objectName + ".error" : ""
        Layout.fillWidth: true
        visible: text.length > 0
        color: Style.errorText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    DatePicker {
        id: picker

        objectName: root.objectName.length > 0 ? root.objectName + ".picker" : ""
        title: root.label
        latest: root.latest
        today: root.today
        onPicked: iso => root.pick(iso)
    }
}
