import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Exploitation indicators as context: each is what an adult saw or was told about places,
// peers, online contact, money or education, and who said so. The wording is about what was
// observed and what adults did, never a judgement of the young person.
ColumnLayout {
    id: root

    required property YoungPersonRecord episode

    spacing: Style.spacingS

    ConcernChoices {
        Layout.fillWidth: true
        label: qsTr("Anything an adult noticed that may point to exploitation? (if any)")
        prefix: "missingAddIndicator:"
        options: root.episode.indicatorKinds
        onPicked: id => root.episode.addIndicator(id)
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Write what was seen or said, not what you think of it. These are the adults' observations and the young person is not to blame for them.")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    Repeater {
        model: root.episode.indicators

        delegate: ColumnLayout {
            id: entry

            required property var modelData
            required property int index

            Layout.fillWidth: true
            spacing: Style.spacingXS

            // Side by side while the label has room; at large text the button goes under it.
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 30 * Style.bodySize ? 2 : 1
                columnSpacing: Style.spacingS

                QQC2.Label {
                    Layout.fillWidth: true
                    text: entry.modelData.label
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }

                SecondaryButton {
                    objectName: "missingIndicatorRemove:" + entry.index
                    // Its words stay whole; the name or label beside it wraps instead.
                    Layout.minimumWidth: implicitWidth
                    text: qsTr("Remove")
                    onClicked: root.episode.removeIndicator(entry.index)
                }
            }

            ConcernText {
                objectName: "missingIndicatorObserved:" + entry.index
                Layout.fillWidth: true
                label: qsTr("What was seen or said")
                hint: qsTr("For example “a new phone and £80 in cash”.")
                text: entry.modelData.observed
                flagged: root.episode.missingField === "indicator:" + entry.index + ":observed"
                onEdited: value => root.episode.setIndicatorObserved(entry.index, value)
            }

            ConcernText {
                objectName: "missingIndicatorSource:" + entry.index
                Layout.fillWidth: true
                singleLine: true
                label: qsTr("Who told you, or where it was seen")
                text: entry.modelData.source
                flagged: root.episode.missingField === "indicator:" + entry.index + ":source"
                onEdited: value => root.episode.setIndicatorSource(entry.index, value)
            }
        }
    }
}
