import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Signing a concern: what is still missing, then the passcode, as for a visit. Once signed it
// cannot be changed and goes to the agency with the next sync.
ColumnLayout {
    id: root

    required property ConcernController concern

    function submit() {
        if (Workspace.signing)
            return;
        Workspace.signConcern(passcodeInput.text);
        passcodeInput.text = "";
    }

    spacing: Style.spacingS

    Callout {
        objectName: "concernMissing"
        Layout.fillWidth: true
        visible: root.concern.missing.length > 0
        kind: Callout.Kind.Notice
        text: root.concern.missing
    }

    Callout {
        objectName: "concernError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Workspace.signError.length > 0 ? Workspace.signError : root.concern.errorText
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Signed as: %1. After signing the concern cannot be changed; it goes to your agency the next time Hearth can reach it.").arg(Workspace.signerName)
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    PasscodeInput {
        id: passcodeInput

        objectName: "concernPasscode"
        Layout.fillWidth: true
        label: qsTr("Your passcode, to sign")
        onAccepted: root.submit()
    }

    PrimaryButton {
        objectName: "concernSignButton"
        Layout.fillWidth: true
        enabled: root.concern.missing.length === 0 && !Workspace.signing
        text: Workspace.signing ? qsTr("Signing…") : qsTr("Sign the concern")
        busy: Workspace.signing
        onClicked: root.submit()
    }
}
