import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// First run: the practitioner chooses the passcode that protects this tablet's records.
WelcomeLayout {
    id: root

    function submit() {
        if (Session.busy)
            return;
        Session.setUp(passcodeInput.text, confirmInput.text);
    }

    objectName: "firstRunPage"
    heading: qsTr("Choose a passcode")
    intro: qsTr("Your passcode keeps the records on this tablet private. You will type it each time you open Hearth and whenever Hearth has locked itself.")

    PasscodeInput {
        id: passcodeInput

        objectName: "firstRunPasscodeField"
        Layout.fillWidth: true
        label: qsTr("New passcode")
        focus: true
        onTextChanged: rules.evaluate(text)
        onAccepted: confirmInput.forceActiveFocus()
    }

    RuleChecklist {
        id: rules

        objectName: "firstRunRules"
        Layout.fillWidth: true
    }

    PasscodeInput {
        id: confirmInput

        objectName: "firstRunConfirmField"
        Layout.fillWidth: true
        label: qsTr("Type the same passcode again")
        onAccepted: root.submit()
    }

    Callout {
        objectName: "firstRunError"
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: Session.errorText
    }

    PrimaryButton {
        objectName: "firstRunSubmitButton"
        Layout.fillWidth: true
        text: Session.busy ? qsTr("Setting up…") : qsTr("Continue")
        busy: Session.busy
        onClicked: root.submit()
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Tip: a few words you will remember are easier to type than a jumble of characters. If you ever forget your passcode, your agency can reset it without losing any records.")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }
}
