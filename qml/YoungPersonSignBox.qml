import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The foot of the going-missing and return home interview pages: the plain-language nudges on
// the adults' words, what still stops signing, why signing failed, who signs and what that
// means, then the passcode and the button. The page gives its own words and the names of the
// parts (prefix + "Nudge", "Missing", "Error", "Passcode", "SignButton"), and signs.
ColumnLayout {
    id: root

    required property YoungPersonRecord record
    required property string prefix
    // "Signed as: …", in the page's words for its record.
    required property string signedAs
    required property string signLabel

    signal submitted(string passcode)

    function submit() {
        if (Workspace.signing)
            return;
        root.submitted(passcodeInput.text);
        passcodeInput.text = "";
    }

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    Repeater {
        model: root.record.nudges

        delegate: Callout {
            required property var modelData

            objectName: root.prefix + "Nudge"
            Layout.fillWidth: true
            kind: Callout.Kind.Notice
            text: qsTr("“%1”: %2").arg(modelData.phrase).arg(modelData.nudge)
        }
    }
    // qmllint enable unqualified

    Callout {
        objectName: root.prefix + "Missing"
        Layout.fillWidth: true
        visible: root.record.missing.length > 0
        kind: Callout.Kind.Notice
        text: root.record.missing
    }

    Callout {
        objectName: root.prefix + "Error"
        Layout.fillWidth: true
        visible: text.length > 0
        text: Workspace.signError.length > 0 ? Workspace.signError : root.record.errorText
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: root.signedAs
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    PasscodeInput {
        id: passcodeInput

        objectName: root.prefix + "Passcode"
        Layout.fillWidth: true
        label: qsTr("Your passcode, to sign")
        onAccepted: root.submit()
    }

    PrimaryButton {
        objectName: root.prefix + "SignButton"
        Layout.fillWidth: true
        enabled: root.record.missing.length === 0 && !Workspace.signing
        text: Workspace.signing ? qsTr("Signing…") : root.signLabel
        busy: Workspace.signing
        onClicked: root.submit()
    }
}
