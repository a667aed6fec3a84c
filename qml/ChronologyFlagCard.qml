import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// A pattern flag at the top of the chronology: what it saw, in the pack's plain words, whether
// it has been acknowledged, a way to the records behind it and, until acknowledged, a way to
// acknowledge it with a note.
Rectangle {
    id: root

    required property int index
    required property string text
    required property string status
    required property string period
    required property bool acknowledged
    required property int evidenceCount
    required property string rule
    required property string subject
    property bool showingEvidence: false

    signal evidenceRequested(int index)
    signal acknowledgeRequested(int index)

    implicitHeight: column.implicitHeight + 2 * Style.spacingS
    radius: 6
    color: acknowledged ? Style.surfaceRaised : Style.noticeSurface
    border.width: showingEvidence ? 3 : 1
    border.color: showingEvidence ? Style.focusRing : acknowledged ? Style.divider : Style.notice

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Style.spacingS
        anchors.leftMargin: Style.spacingM
        spacing: Style.spacingXS

        QQC2.Label {
            Layout.fillWidth: true
            text: root.text
            font.pixelSize: Style.bodySize
            font.bold: !root.acknowledged
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: root.acknowledged ? "✓ " + root.status : root.status
            color: root.acknowledged ? Style.mutedText : Style.noticeText
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: Style.spacingS

            SecondaryButton {
                objectName: "flagEvidence:" + root.index
                implicitHeight: Style.touchTarget
                text: qsTr("Show the %n record(s)", "", root.evidenceCount)
                Accessible.name: qsTr("Show the records behind this flag: %1").arg(root.text)
                onClicked: root.evidenceRequested(root.index)
            }

            SecondaryButton {
                objectName: "flagAcknowledge:" + root.index
                visible: !root.acknowledged
                implicitHeight: Style.touchTarget
                text: qsTr("Acknowledge…")
                Accessible.name: qsTr("Acknowledge this flag with a note: %1").arg(root.text)
                onClicked: root.acknowledgeRequested(root.index)
            }
        }
    }
}
