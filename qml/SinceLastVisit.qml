import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// "Since your last visit": at the start of a visit, the child's flags raised or changed since
// the practitioner's own last visit, each with its evidence (dates, what), then the agency's
// records of other contacts since then. Each flag can be acknowledged here with a note. The
// rows are a handful (flags, and at most ten agency records), so a Repeater is bounded.
Rectangle {
    id: root

    required property string childName
    readonly property SinceLastVisitPanel panel: Workspace.sinceLastVisit

    objectName: "sinceLastVisit"
    implicitHeight: column.implicitHeight + 2 * Style.spacingM
    radius: 6
    color: Style.surfaceRaised
    border.width: 1
    border.color: Style.divider

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Style.spacingM
        spacing: Style.spacingS

        QQC2.Label {
            objectName: "sinceLastVisitHeading"
            Layout.fillWidth: true
            text: root.panel.heading
            font.pixelSize: Style.bodySize
            font.bold: true
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        QQC2.Label {
            objectName: "sinceLastVisitEmpty"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.panel.emptyText
            color: Style.mutedText
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        Repeater {
            model: root.panel

            delegate: ColumnLayout {
                id: item

                required property int index
                required property bool isFlag
                required property string text
                required property string evidence
                required property string ruleId
                required property string subject

                Layout.fillWidth: true
                spacing: 2

                QQC2.Label {
                    objectName: "sinceItem:" + item.index
                    Layout.fillWidth: true
                    text: item.isFlag ? qsTr("Flag: %1").arg(item.text) : qsTr("Agency record: %1").arg(item.text)
                    color: item.isFlag ? Style.noticeText : Style.text
                    font.bold: item.isFlag
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.WordWrap
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Style.spacingM
                    visible: item.isFlag && item.evidence.length > 0
                    text: item.evidence
                    color: Style.mutedText
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.WordWrap
                }

                QQC2.Button {
                    objectName: "sinceAcknowledge:" + item.index
                    visible: item.isFlag
                    flat: true
                    padding: 0
                    implicitHeight: Style.touchTarget
                    font.pixelSize: Style.smallSize
                    font.underline: true
                    // The style would set it in capitals, which read as shouting.
                    font.capitalization: Font.MixedCase
                    text: qsTr("Acknowledge this flag")
                    Accessible.name: qsTr("Acknowledge the flag: %1").arg(item.text)
                    onClicked: acknowledgeDialog.ask(root.panel.childId, root.childName, item.ruleId, item.subject, item.text)
                }
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.panel.moreText
            color: Style.mutedText
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
        }
    }

    AcknowledgeFlagDialog {
        id: acknowledgeDialog
    }
}
