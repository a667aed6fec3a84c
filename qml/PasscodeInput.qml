import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// A labelled passcode box with a Show/Hide button. The label is also what a screen reader
// announces for the box.
FocusScope {
    id: root

    required property string label
    property alias text: field.text
    // A PIN: six digits, the number keyboard.
    property bool digits: false
    readonly property bool revealed: field.revealed

    signal accepted

    function clear() {
        field.clear();
        field.revealed = false;
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column

        width: root.width
        spacing: Style.spacingXS

        QQC2.Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        QQC2.TextField {
            id: field

            property bool revealed: false

            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Style.touchTarget + 8, implicitHeight)
            focus: true
            echoMode: revealed ? TextInput.Normal : TextInput.Password
            passwordCharacter: "\u2022"
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | (root.digits ? Qt.ImhDigitsOnly : 0)
            maximumLength: root.digits ? 6 : 32767
            font.pixelSize: Style.entrySize
            background: FieldLine {}
            rightPadding: revealButton.width + Style.spacingXS
            Accessible.name: root.label
            onAccepted: root.accepted()

            QQC2.ToolButton {
                id: revealButton

                anchors.right: field.right
                anchors.verticalCenter: field.verticalCenter
                implicitWidth: Math.max(Style.touchTarget, implicitContentWidth + leftPadding + rightPadding)
                implicitHeight: Style.touchTarget
                focusPolicy: Qt.NoFocus
                text: field.revealed ? qsTr("Hide") : qsTr("Show")
                font.pixelSize: Style.smallSize
                font.capitalization: Font.MixedCase
                Accessible.name: field.revealed ? qsTr("Hide passcode") : qsTr("Show passcode")
                onClicked: field.revealed = !field.revealed
            }
        }
    }
}
