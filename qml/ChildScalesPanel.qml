import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The picture scales: for each question a row of eleven faces, very sad (0) to very happy (10).
// The child taps a face; the chosen one is ringed.
QQC2.ScrollView {
    id: root

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified

    required property ChildModeController mode
    // Eleven faces across the width, square, from the width alone: a face whose height followed
    // its own laid-out width moved the rows below it after they were placed.
    readonly property real faceSize: Math.min(Style.touchTarget * 2, (availableWidth - 10 * 2) / 11)

    // Sized by child mode's page, never by its contents.
    implicitWidth: Style.touchTarget * 6
    implicitHeight: Style.touchTarget * 6
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: root.availableWidth
        spacing: Style.spacingL

        Repeater {
            model: root.mode.scales

            delegate: ColumnLayout {
                id: scaleRow

                required property string modelData
                readonly property string question: ({
                        "home": qsTr("At home"),
                        "school": qsTr("At school"),
                        "safe": qsTr("How safe do you feel?"),
                        "happy": qsTr("How happy are you?")
                    })[modelData] ?? ""
                readonly property int chosen: root.mode.scaleValues[modelData] ?? -1

                Layout.fillWidth: true
                spacing: Style.spacingS

                RowLayout {
                    Layout.fillWidth: true

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: scaleRow.question
                        font.pixelSize: Style.headingSize
                        font.bold: true
                        color: "#263238"
                        wrapMode: Text.WordWrap
                    }

                    ChildSpeakButton {
                        mode: root.mode
                        words: scaleRow.question
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Repeater {
                        model: 11

                        delegate: ChildTile {
                            required property int index

                            objectName: "childFace_" + scaleRow.modelData + "_" + index
                            Layout.preferredWidth: root.faceSize
                            Layout.preferredHeight: root.faceSize
                            face: index
                            selected: scaleRow.chosen === index
                            Accessible.name: qsTr("%1 out of 10").arg(index)
                            onClicked: root.mode.setScale(scaleRow.modelData, index)
                        }
                    }
                }
            }
        }
    }
}
