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

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.` there;
    // the accesses are to ids of this same file.
    // qmllint disable unqualified
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
            id: dots

            // Six dots fit a phone at the largest text: smaller than the text if need be.
            readonly property int dot: Math.min(Style.iconSize, Math.floor((column.width - 5 * spacing) / 6))

            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            spacing: Style.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 of 6 digits typed").arg(root.entered.length)

            Repeater {
                model: 6

                Rectangle {
                    id: dot

                    required property int index

                    width: dots.dot
                    height: dots.dot
                    radius: dots.dot / 2
                    color: dot.index < root.entered.length ? Style.text : "transparent"
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
                    id: key

                    required property string modelData
                    readonly property bool eraser: modelData === "erase"

                    objectName: "pinKey" + key.modelData
                    // Equal preferred widths, so the three columns share the width evenly.
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                    Layout.preferredHeight: Style.touchTarget * 3 / 2
                    opacity: key.modelData === "" ? 0 : 1
                    enabled: key.modelData !== "" && root.enabled
                    focusPolicy: Qt.NoFocus
                    flat: true
                    // A third of a phone at the largest text: the words need the room.
                    horizontalPadding: Style.spacingXS
                    text: key.eraser ? qsTr("Delete") : key.modelData
                    font.pixelSize: key.eraser ? Style.bodySize : Style.headingSize
                    font.capitalization: Font.MixedCase
                    Accessible.name: key.eraser ? qsTr("Delete the last digit") : key.modelData
                    onClicked: key.eraser ? root.erase() : root.press(key.modelData)

                    // The word on the delete key shrinks to fit a third of a phone.
                    contentItem: QQC2.Label {
                        text: key.text
                        font: key.font
                        color: Style.text
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Style.smallSize / 2
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }

                    background: Rectangle {
                        radius: 8
                        color: key.down ? Style.infoSurface : "transparent"
                        border.width: 1
                        border.color: Style.accentText
                    }
                }
            }
        }
    }
    // qmllint enable unqualified
}
