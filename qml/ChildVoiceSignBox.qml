import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Signing a child-voice session: what is still missing, then the passcode, as for a visit.
// Once signed it cannot be changed and goes to the agency with the next sync.
ColumnLayout {
    id: root

    required property ChildVoiceController session

    function submit() {
        if (Workspace.signing)
            return;
        Workspace.signChildVoice(passcodeInput.text);
        passcodeInput.text = "";
    }

    spacing: Style.spacingS

    Callout {
        objectName: "childVoiceMissing"
        Layout.fillWidth: true
        visible: root.session.missing.length > 0
        kind: Callout.Kind.Notice
        text: root.session.missing
    }

    Callout {
        objectName: "childVoiceError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Workspace.signError.length > 0 ? Workspace.signError : root.session.errorText
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Signed as: %1. After signing the session cannot be changed; it goes to your agency the next time Hearth can reach it.").arg(Workspace.signerName)
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    PasscodeInput {
        id: passcodeInput

        objectName: "childVoicePasscode"
        Layout.fillWidth: true
        label: qsTr("Your passcode, to sign")
        onAccepted: root.submit()
    }

    PrimaryButton {
        objectName: "childVoiceSignButton"
        Layout.fillWidth: true
        enabled: root.session.missing.length === 0 && !Workspace.signing
        text: Workspace.signing ? qsTr("Signing…") : qsTr("Sign the session")
        busy: Workspace.signing
        onClicked: root.submit()
    }
}
