import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// Child mode: the whole screen belongs to the child. Three big picture tabs (draw, the three
// houses, faces), few words, each of them read aloud on request where the tablet can. Nothing
// else of Hearth is reachable from here: the Back key and Escape are swallowed, and only the
// practitioner's passcode ends it (ChildLeaveDialog).
FocusScope {
    id: root

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified

    required property ChildModeController mode
    property int section: 0
    readonly property bool wide: width > height

    objectName: "childModePage"
    // The child's page keeps its own light colours in the dark theme too: its controls (the
    // grown-up's button, the words field) follow it rather than the app's theme.
    Material.theme: Material.Light
    Material.foreground: "#263238"
    Material.background: "#FFF8E7"

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Back || event.key === Qt.Key_Escape)
            event.accepted = true;
    }
    Keys.onReleased: event => {
        if (event.key === Qt.Key_Back || event.key === Qt.Key_Escape)
            event.accepted = true;
    }
    Component.onCompleted: forceActiveFocus()

    Rectangle {
        anchors.fill: parent
        color: "#FFF8E7"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Style.spacingM
        spacing: Style.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacingM

            QQC2.Label {
                objectName: "childModeGreeting"
                Layout.fillWidth: true
                text: qsTr("Hello, %1!").arg(root.mode.childName)
                font.pixelSize: Style.displaySize
                font.bold: true
                color: "#263238"
                // The child's name is never cut off: at the largest text it goes onto a second line.
                wrapMode: Text.WordWrap
            }

            ChildSpeakButton {
                mode: root.mode
                words: [qsTr("Draw a picture"), qsTr("Three houses: worries, good things and dreams"), qsTr("How do you feel?")][root.section]
            }

            QQC2.Button {
                objectName: "childModeLeaveButton"
                text: qsTr("Grown-up")
                flat: true
                font.pixelSize: Style.smallSize
                Layout.preferredHeight: Style.touchTarget
                Accessible.name: qsTr("Give the tablet back to the grown-up")
                onClicked: leaveDialog.open()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacingM

            Repeater {
                model: [
                    { picture: "play", label: qsTr("Draw") },
                    { picture: "home", label: qsTr("Houses") },
                    { picture: "", label: qsTr("Faces") }
                ]

                delegate: ChildTile {
                    required property var modelData
                    required property int index

                    objectName: "childModeTab" + index
                    Layout.fillWidth: true
                    // Lower in landscape, where the panels need the height.
                    Layout.preferredHeight: Math.round(Style.touchTarget * (root.wide ? 1.5 : 2))
                    picture: modelData.picture
                    face: modelData.picture === "" ? 10 : -1
                    label: modelData.label
                    selected: root.section === index
                    onClicked: root.section = index
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.section

            ChildDrawPanel {
                mode: root.mode
                wide: root.wide
            }

            ChildHousesPanel {
                mode: root.mode
                wide: root.wide
            }

            ChildScalesPanel {
                mode: root.mode
            }
        }
    }

    ChildLeaveDialog {
        id: leaveDialog

        mode: root.mode
    }
}
