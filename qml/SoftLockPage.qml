import QtQuick
import QtQuick.Layouts
import Hearth.App

// Quick re-entry: the records stay open behind this page but none of them is shown (the
// page that showed them was destroyed). The PIN brings that page back; the passcode route
// locks fully first.
WelcomeLayout {
    id: root

    objectName: "softLockPage"
    heading: qsTr("Hearth is paused")
    intro: qsTr("Your records are hidden. Type your 6-digit PIN to carry on where you were.")

    // Wherever focus was (a dialog the destroyed page had open), the keyboard goes to the pad.
    Component.onCompleted: pad.forceActiveFocus()

    PinPad {
        id: pad

        objectName: "softLockPinPad"
        Layout.fillWidth: true
        label: qsTr("PIN")
        focus: true
        onCompleted: pin => Session.unlockWithPin(pin)
    }

    Callout {
        objectName: "softLockError"
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: Session.errorText
    }

    SecondaryButton {
        objectName: "softLockPasscodeButton"
        Layout.fillWidth: true
        Layout.maximumWidth: Infinity
        text: qsTr("Use my passcode instead")
        onClicked: Session.lock()
    }
}
