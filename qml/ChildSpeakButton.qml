import QtQuick
import QtQuick.Controls as QQC2
import Hearth.App

// Reads `words` aloud when pressed. Hidden where the tablet cannot read aloud (no speech engine,
// no voice for the language, no sound), so a child never presses a button that does nothing.
QQC2.RoundButton {
    id: root

    required property ChildModeController mode
    property string words

    objectName: "childSpeakButton"
    visible: root.mode.reader.available
    implicitWidth: Style.touchTarget * 1.2
    implicitHeight: Style.touchTarget * 1.2
    contentItem: ChildPicture {
        picture: "speaker"
    }
    Accessible.name: qsTr("Read aloud")
    onClicked: root.mode.reader.say(root.words)
}
