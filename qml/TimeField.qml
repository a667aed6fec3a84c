import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A time on the 24-hour clock, typed as hh:mm or chosen on two wheels (hours, minutes) with
// the button beside it. A time that is not one (24:10, 3pm) is refused with a plain reason
// under the field, and nothing is handed on.
ColumnLayout {
    id: root

    property string label
    property bool required: false
    // The time held, "hh:mm", or "".
    property string value
    // What tells the time by the app's clock (timeNow(): "hh:mm"), e.g. the open visit: where
    // the picker opens when nothing is typed.
    property var clock: null
    // The time last handed on or given.
    property string held
    readonly property alias error: problem.text
    readonly property alias text: input.text

    // A time was typed or picked ("hh:mm"), or the field was emptied ("").
    signal chosen(string time)

    function commit() {
        const typed = input.text.trim();
        if (typed === root.held) {
            problem.text = "";
            return;
        }
        if (typed.length === 0) {
            problem.text = "";
            root.held = "";
            root.chosen("");
            return;
        }
        problem.text = DateText.timeProblem(typed);
        if (problem.text.length === 0) {
            const time = DateText.time(typed);
            input.text = time;
            root.held = time;
            root.chosen(time);
        }
    }

    spacing: Style.spacingXS
    onValueChanged: {
        held = value;
        input.text = value;
    }
    Component.onCompleted: {
        held = value;
        input.text = value;
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.required ? qsTr("%1 (needed to finish)").arg(root.label) : root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    // The button goes below the box when both do not fit across (a phone, large text).
    GridLayout {
        id: entry

        Layout.fillWidth: true
        columns: width >= Style.touchTarget * 2.5 + pick.implicitWidth + columnSpacing ? 3 : 1
        columnSpacing: Style.spacingS
        rowSpacing: Style.spacingS

        QQC2.TextField {
            id: input

            objectName: root.objectName.length > 0 ? root.objectName + ".text" : ""
            Layout.preferredWidth: Style.touchTarget * 2.5
            Layout.preferredHeight: Style.touchTarget + 8
            placeholderText: qsTr("hh:mm")
            inputMethodHints: Qt.ImhPreferNumbers
            font.pixelSize: Style.bodySize
            placeholderTextColor: Style.placeholderText
            background: FieldLine {}
            Accessible.name: root.label.length > 0 ? qsTr("%1, hours:minutes").arg(root.label) : qsTr("Time, hours:minutes")
            Accessible.description: problem.text
            onEditingFinished: root.commit()
            onTextEdited: problem.text = ""
        }

        SecondaryButton {
            id: pick

            objectName: root.objectName.length > 0 ? root.objectName + ".pick" : ""
            text: qsTr("Choose…")
            Accessible.name: root.label.length > 0 ? qsTr("Choose %1").arg(root.label) : qsTr("Choose the time")
            onClicked: {
                // The time typed, else the time now by the app's clock.
                const typed = DateText.time(input.text);
                const parts = (typed || (root.clock ? root.clock.timeNow() : "")).split(":");
                if (parts.length === 2) {
                    hours.currentIndex = Number(parts[0]);
                    minutes.currentIndex = Number(parts[1]);
                }
                picker.open();
            }
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

    Component {
        id: twoDigits

        QQC2.Label {
            required property int index
            required property int modelData

            text: String(modelData).padStart(2, "0")
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Style.titleSize
            opacity: 1 - Math.abs(QQC2.Tumbler.displacement) / 3
        }
    }

    QQC2.Dialog {
        id: picker

        objectName: root.objectName.length > 0 ? root.objectName + ".picker" : ""
        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        title: root.label
        onAccepted: {
            input.text = String(hours.currentIndex).padStart(2, "0") + ":" + String(minutes.currentIndex).padStart(2, "0");
            root.commit();
        }

        // Qt's own button texts are not translated into Welsh, so the buttons are Hearth's.
        footer: Item {
            implicitHeight: timeButtons.implicitHeight + 2 * Style.spacingM

            RowLayout {
                id: timeButtons

                anchors.right: parent.right
                anchors.rightMargin: Style.spacingL
                anchors.verticalCenter: parent.verticalCenter
                spacing: Style.spacingS

                SecondaryButton {
                    objectName: "timeCancel"
                    text: qsTr("Cancel")
                    onClicked: picker.reject()
                }

                PrimaryButton {
                    objectName: "timeSet"
                    leftPadding: Style.spacingL
                    rightPadding: Style.spacingL
                    text: qsTr("Set the time")
                    onClicked: picker.accept()
                }
            }
        }

        background: Rectangle {
            radius: 8
            color: Style.surface
            border.width: 1
            border.color: Style.disabledSurface
        }

        RowLayout {
            spacing: Style.spacingM

            QQC2.Tumbler {
                id: hours

                objectName: "hours"
                delegate: twoDigits
                model: 24
                visibleItemCount: 5
                font.pixelSize: Style.titleSize
                Accessible.name: qsTr("Hours")
            }

            QQC2.Label {
                text: ":"
                font.pixelSize: Style.titleSize
            }

            QQC2.Tumbler {
                id: minutes

                objectName: "minutes"
                delegate: twoDigits
                model: 60
                visibleItemCount: 5
                font.pixelSize: Style.titleSize
                Accessible.name: qsTr("Minutes")
            }
        }
    }
}
