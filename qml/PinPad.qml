import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// Six digits on large keys (a physical keyboard works too). Only dots are shown, never
// the digits; the sixth digit hands the PIN over and empties the pad.
FocusScope {
    id: root

    required property string label
    property string entered: ""

    signal completed(string pin)

    function press(digit: string) {
        if (!root.enabled || root.entered.length >= 6)
            return;
        root.entered += digit;
        if (root.entered.length === 6) {
            const pin = root.entered;
            root.entered = "";
            root.completed(pin);
        }
    }

    function erase() {
        root.entered = root.entered.slice(0, -1);
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Keys.onPressed: event => {
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            root.press(event.text);
            event.accepted = true;
        } else if (event.key === Qt.Key_Backspace) {
            root.erase();
            event.accepted = true;
        }
    }

    ColumnLayout {
        id: column

        width: root.width
        spacing: Style.spacingM

        QQC2.Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        Row {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            spacing: Style.spacingM
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 of 6 digits typed").arg(root.entered.length)

            Repeater {
                model: 6

                Rectangle {
                    required property int index

                    width: 20
                    height: 20
                    radius: 10
                    color: index < root.entered.length ? Style.text : "transparent"
                    border.width: 2
                    border.color: Style.text
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            rowSpacing: Style.spacingS
            columnSpacing: Style.spacingS

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "erase"]

                QQC2.Button {
                    required property string modelData
                    readonly property bool eraser: modelData === "erase"

                    objectName: "pinKey" + modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: 72
                    opacity: modelData === "" ? 0 : 1
                    enabled: modelData !== "" && root.enabled
                    focusPolicy: Qt.NoFocus
                    flat: true
                    text: eraser ? qsTr("Delete") : modelData
                    font.pixelSize: eraser ? Style.bodySize : Style.headingSize
                    font.capitalization: Font.MixedCase
                    Accessible.name: eraser ? qsTr("Delete the last digit") : modelData
                    onClicked: eraser ? root.erase() : root.press(modelData)

                    background: Rectangle {
                        radius: 8
                        color: parent.down ? Style.infoSurface : "transparent"
                        border.width: 1
                        border.color: Style.controlAccent
                    }
                }
            }
        }
    }
}
