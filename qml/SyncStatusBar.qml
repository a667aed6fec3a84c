import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The line at the foot of every unlocked screen: how many signed records are waiting, when
// the agency last had them, and what is wrong in plain words. One tap opens the sync screen.
QQC2.ItemDelegate {
    id: root

    readonly property color toneColour: SyncStatus.tone === SyncTone.Error ? Style.error : SyncStatus.tone === SyncTone.Attention ? Style.notice : SyncStatus.tone === SyncTone.Ok ? Style.success : Style.accentText

    objectName: "syncStatusBar"
    implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + 2 * Style.spacingS)
    padding: 0
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Agency sync: %1. Open the sync screen.").arg(SyncStatus.statusText)
    onClicked: SyncStatus.openScreen()

    background: Rectangle {
        color: root.down ? Style.infoSurface : SyncStatus.tone === SyncTone.Error ? Style.errorSurface : SyncStatus.tone === SyncTone.Attention ? Style.noticeSurface : Style.infoSurface

        Rectangle {
            width: parent.width
            height: 1
            color: Style.divider
        }
    }

    // No ids inside: contentItem is a deferred property.
    contentItem: RowLayout {
        spacing: Style.spacingM

        Rectangle {
            Layout.leftMargin: Style.spacingL
            Layout.preferredWidth: Style.iconSize / 2
            Layout.preferredHeight: Style.iconSize / 2
            radius: Style.iconSize / 4
            color: root.toneColour

            SequentialAnimation on opacity {
                running: SyncStatus.running
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
            text: SyncStatus.statusText
            color: SyncStatus.tone === SyncTone.Error ? Style.errorText : SyncStatus.tone === SyncTone.Attention ? Style.noticeText : Style.text
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            Layout.rightMargin: Style.spacingL
            Layout.maximumWidth: root.availableWidth / 3
            wrapMode: Text.WordWrap
            text: SyncStatus.enrolled ? qsTr("Sync ›") : qsTr("Connect ›")
            color: Style.accentText
            font.pixelSize: Style.bodySize
            font.bold: true
        }
    }
}
