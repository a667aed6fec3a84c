import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The line at the foot of every unlocked screen: how many signed records are waiting, when
// the agency last had them, and what is wrong in plain words. One tap opens the sync screen.
QQC2.ItemDelegate {
    id: root

    readonly property color toneColour: Sync.tone === "error" ? Style.error : Sync.tone === "attention" ? Style.notice : Sync.tone === "ok" ? Style.success : Style.controlAccent

    objectName: "syncStatusBar"
    implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + 2 * Style.spacingS)
    padding: 0
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Agency sync: %1. Open the sync screen.").arg(Sync.statusText)
    onClicked: Sync.openScreen()

    background: Rectangle {
        color: root.down ? Style.infoSurface : Sync.tone === "error" ? Style.errorSurface : Sync.tone === "attention" ? Style.noticeSurface : Style.infoSurface

        Rectangle {
            width: parent.width
            height: 1
            color: Style.disabledSurface
        }
    }

    // No ids inside: contentItem is a deferred property.
    contentItem: RowLayout {
        spacing: Style.spacingM

        Rectangle {
            Layout.leftMargin: Style.spacingL
            Layout.preferredWidth: 14
            Layout.preferredHeight: 14
            radius: 7
            color: root.toneColour

            SequentialAnimation on opacity {
                running: Sync.running
                loops: Animation.Infinite
                alwaysRunToEnd: true

                NumberAnimation {
                    to: 0.3
                    duration: 600
                }

                NumberAnimation {
                    to: 1
                    duration: 600
                }
            }
        }

        QQC2.Label {
            objectName: "syncStatusText"
            Layout.fillWidth: true
            text: Sync.statusText
            color: Sync.tone === "error" ? Style.errorText : Sync.tone === "attention" ? Style.noticeText : Style.text
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        QQC2.Label {
            Layout.rightMargin: Style.spacingL
            text: Sync.enrolled ? qsTr("Sync ›") : qsTr("Connect ›")
            color: Style.controlAccent
            font.pixelSize: Style.bodySize
            font.bold: true
        }
    }
}
