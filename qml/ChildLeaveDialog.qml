import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The only way out of child mode: the practitioner's passcode, checked by the vault and
// throttled like every other passcode. A wrong one, Escape or closing the box leaves the child
// where they were.
QQC2.Dialog {
    id: root

    required property ChildModeController mode

    function submit() {
        if (root.mode.checking)
            return;
        root.mode.leave(passcodeInput.text);
        passcodeInput.clear();
    }

    objectName: "childLeaveDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : 560) - 2 * Style.spacingL)
    modal: true
    focus: true
    title: qsTr("Give the tablet back")
    onOpened: {
        root.mode.clearLeaveError();
        passcodeInput.forceActiveFocus();
    }
    onClosed: passcodeInput.clear()

    background: Rectangle {
        radius: 8
        color: Style.surfaceRaised
        border.width: 1
        border.color: Style.divider
    }

    header: QQC2.Label {
        text: root.title
        topPadding: Style.spacingL
        leftPadding: root.leftPadding
        rightPadding: root.rightPadding
        font.pixelSize: Style.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        width: parent.width
        spacing: Style.spacingM

        PasscodeInput {
            id: passcodeInput

            objectName: "childLeavePasscode"
            Layout.fillWidth: true
            label: qsTr("Practitioner's passcode")
            onAccepted: root.submit()
        }

        Callout {
            objectName: "childLeaveError"
            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: root.mode.leaveError
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacingM

            SecondaryButton {
                objectName: "childLeaveCancel"
                text: qsTr("Back to the child")
                onClicked: root.close()
            }

            PrimaryButton {
                objectName: "childLeaveSubmit"
                Layout.fillWidth: true
                text: root.mode.checking ? qsTr("Checking…") : qsTr("End child mode")
                enabled: !root.mode.checking
                onClicked: root.submit()
            }
        }
    }
}
