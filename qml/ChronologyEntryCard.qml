import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// One line of a child's chronology: when, what kind, what was recorded in plain words, whether
// the child was seen, who recorded it and what its signature is worth. A failed or doubtful
// signature is said in words and marked, never shown by colour alone.
Rectangle {
    id: root

    required property int index
    required property string kind
    required property string kindLabel
    required property string date
    required property string what
    required property string seeing
    required property string recordedBy
    required property string signature
    required property bool signatureFailed
    required property bool amended
    required property string record

    // The return home interview for this episode was asked for.
    signal interviewRequested(string record)

    implicitHeight: column.implicitHeight + 2 * Style.spacingS
    radius: 6
    color: Style.surfaceRaised
    border.width: signatureFailed ? 2 : 1
    border.color: signatureFailed ? Style.error : Style.divider
    Accessible.role: Accessible.ListItem
    Accessible.name: date + ". " + kindLabel + ". " + what + ". " + (seeing.length > 0 ? seeing + ". " : "") + recordedBy + ". " + signature

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Style.spacingS
        anchors.leftMargin: Style.spacingM
        spacing: 2

        Flow {
            Layout.fillWidth: true
            spacing: Style.spacingS

            QQC2.Label {
                text: root.date
                font.pixelSize: Style.bodySize
                font.bold: true
            }

            QQC2.Label {
                text: root.kindLabel
                color: Style.accentText
                font.pixelSize: Style.bodySize
                font.bold: true
            }

            QQC2.Label {
                visible: root.amended
                text: qsTr("(amended)")
                color: Style.noticeText
                font.pixelSize: Style.smallSize
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.seeing
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: root.what
            font.pixelSize: Style.bodySize
            font.italic: root.kind === "childs-words"
            wrapMode: Text.Wrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: root.recordedBy
            color: Style.mutedText
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
        }

        // The return home interview is due within 72 hours of an episode: offered from the
        // episode itself, for this young person and this episode.
        SecondaryButton {
            objectName: "entryInterviewButton:" + root.record
            visible: root.kind === "going-missing" && !root.signatureFailed
            Layout.maximumWidth: column.width
            text: qsTr("Return home interview")
            onClicked: root.interviewRequested(root.record)
        }

        QQC2.Label {
            objectName: "entrySignature"
            Layout.fillWidth: true
            text: root.signatureFailed ? "⚠ " + root.signature : root.signature
            color: root.signatureFailed ? Style.errorText : Style.mutedText
            font.pixelSize: Style.smallSize
            font.bold: root.signatureFailed
            wrapMode: Text.WordWrap
        }
    }
}
