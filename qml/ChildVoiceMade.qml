import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// What the child made in child mode, shown back as theirs and apart from the practitioner's
// words: the drawing as it will be signed (read-only), what they put in each house and where
// they put themselves on the picture scales. Only the child changes it, by having the tablet
// back.
ColumnLayout {
    id: root

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified

    required property ChildVoiceController session
    readonly property var made: session.childMade
    readonly property var scaleNames: ({
            "home": qsTr("At home"),
            "school": qsTr("At school"),
            "safe": qsTr("How safe do you feel?"),
            "happy": qsTr("How happy are you?")
        })

    objectName: "childVoiceMade"
    spacing: Style.spacingS

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Made by the child, in their own way")
        font.pixelSize: Style.bodySize
        font.bold: true
        wrapMode: Text.WordWrap
    }

    Rectangle {
        Layout.preferredWidth: Math.min(root.width, Style.touchTarget * 6)
        Layout.preferredHeight: Layout.preferredWidth
        visible: root.session.childDrawing.strokeCount > 0
        color: "white"
        border.color: Style.mutedText
        border.width: 1

        ChildCanvas {
            objectName: "childVoiceDrawing"
            anchors.fill: parent
            anchors.margins: 1
            readOnly: true
            drawing: root.session.childDrawing
            Accessible.name: qsTr("The child's drawing")
        }
    }

    Repeater {
        model: [
            { key: "worries", title: qsTr("In the house of worries") },
            { key: "goodThings", title: qsTr("In the house of good things") },
            { key: "dreams", title: qsTr("In the house of dreams") }
        ]

        delegate: ColumnLayout {
            id: houseColumn

            required property var modelData
            readonly property var items: root.made[modelData.key] ?? []

            Layout.fillWidth: true
            visible: items.length > 0
            spacing: Style.spacingXS

            QQC2.Label {
                Layout.fillWidth: true
                text: houseColumn.modelData.title
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            Flow {
                objectName: "childVoiceMade." + houseColumn.modelData.key
                Layout.fillWidth: true
                spacing: Style.spacingXS

                Repeater {
                    model: houseColumn.items

                    delegate: ChildPlacedItem {
                        required property var modelData

                        enabled: false
                        picture: modelData.picture
                        words: modelData.words
                    }
                }
            }
        }
    }

    Repeater {
        model: root.made.scales ?? []

        delegate: QQC2.Label {
            required property var modelData

            objectName: "childVoiceMadeScale." + modelData.scale
            Layout.fillWidth: true
            text: qsTr("%1: %2 out of 10").arg(root.scaleNames[modelData.scale] ?? modelData.scale).arg(modelData.value)
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }
    }
}
