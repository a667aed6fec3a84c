import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Hearth is locked: the passcode opens it, with the wait shown after too many wrong tries.
WelcomeLayout {
    id: root

    readonly property bool waiting: Session.retryAfterSeconds > 0
    property bool forgottenShown: false

    function submit() {
        if (Session.busy || root.waiting)
            return;
        Session.unlock(passcodeInput.text);
        passcodeInput.clear();
    }

    // 75 -> "1:15"
    function formatWait(seconds: int): string {
        const minutes = Math.floor(seconds / 60);
        const rest = seconds % 60;
        return minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    objectName: "unlockPage"
    heading: qsTr("Hearth is locked")
    intro: qsTr("Type your passcode to open your records.")

    PasscodeInput {
        id: passcodeInput

        objectName: "unlockPasscodeField"
        Layout.fillWidth: true
        label: qsTr("Passcode")
        focus: true
        onAccepted: root.submit()
    }

    Callout {
        objectName: "unlockError"
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: root.waiting ? "" : Session.errorText
    }

    Callout {
        objectName: "unlockCountdown"
        Layout.fillWidth: true
        kind: Callout.Kind.Notice
        text: root.waiting ? qsTr("Too many wrong passcodes. To keep your records safe, you can try again in %1.").arg(root.formatWait(Session.retryAfterSeconds)) : ""
    }

    PrimaryButton {
        objectName: "unlockSubmitButton"
        Layout.fillWidth: true
        enabled: !root.waiting
        text: Session.busy ? qsTr("Checking…") : qsTr("Unlock")
        busy: Session.busy
        onClicked: root.submit()
    }

    QQC2.Button {
        id: forgottenButton

        objectName: "forgottenButton"
        Layout.alignment: Qt.AlignHCenter
        // As wide as its words, narrower and wrapping on a phone at the largest text.
        Layout.fillWidth: true
        Layout.maximumWidth: implicitWidth
        Layout.preferredHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        implicitWidth: Math.ceil(forgottenLine.advanceWidth) + leftPadding + rightPadding
        flat: true
        highlighted: true
        text: qsTr("Forgotten your passcode?")
        font.capitalization: Font.MixedCase
        font.pixelSize: Style.bodySize
        Accessible.name: text
        onClicked: root.forgottenShown = !root.forgottenShown

        contentItem: QQC2.Label {
            text: forgottenButton.text
            font: forgottenButton.font
            color: Style.accentText
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }

        TextMetrics {
            id: forgottenLine

            font: forgottenButton.font
            text: forgottenButton.text
        }
    }

    Callout {
        objectName: "forgottenExplanation"
        Layout.fillWidth: true
        kind: Callout.Kind.Info
        visible: root.forgottenShown
        text: qsTr("Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team's IT support or your manager and keep the tablet with you.\n\nPlease do not delete or reinstall Hearth: records not yet sent to your agency would be lost.")
    }
}
