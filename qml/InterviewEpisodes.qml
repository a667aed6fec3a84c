import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Which going-missing episode the return home interview follows: the young person's signed
// episodes, the most recent return first, one tap to choose. An episode that already has an
// interview says so, but can still be chosen (a second interview after a declined one).
ColumnLayout {
    id: root

    required property InterviewController interview

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Which episode does the interview follow?")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        color: root.interview.missingField === "episode" ? Style.errorText : Style.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }

    QQC2.Label {
        objectName: "interviewNoEpisodes"
        Layout.fillWidth: true
        visible: root.interview.episodes.length === 0
        text: qsTr("No going-missing episode is signed for %1 on this tablet. Record the episode first, then the interview.").arg(root.interview.childName)
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    // One young person's episodes are a handful, not a caseload's records: laid out in full
    // on the page, which scrolls, rather than in a list of their own.
    Repeater {
        model: root.interview.episodes

        delegate: ColumnLayout {
            id: episode

            required property var modelData
            required property int index

            Layout.fillWidth: true
            spacing: 0

            WrappingRadioButton {
                objectName: "interviewEpisode:" + episode.index
                Layout.fillWidth: true
                text: episode.modelData.label
                checked: root.interview.episodeId === episode.modelData.id
                onClicked: root.interview.chooseEpisode(episode.modelData.id)
            }

            QQC2.Label {
                Layout.fillWidth: true
                leftPadding: Style.touchTarget
                text: episode.modelData.detail
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }
        }
    }
}
