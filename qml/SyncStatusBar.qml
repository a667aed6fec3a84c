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

    // No ids inside: contentItem is a deferred property. On a phone at large text "Connect"
    // goes below the status, which would otherwise be squeezed to a word a line.
    contentItem: GridLayout {
        columns: 3
        columnSpacing: Style.spacingM
        rowSpacing: Style.spacingXS

        Rectangle {
            Layout.row: 0
            Layout.column: 0
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
            Layout.row: 0
            Layout.column: 1
            Layout.columnSpan: root.width < Style.touchTarget * 8 ? 2 : 1
            // Whatever "Connect" leaves: it asks for none of its own.
            Layout.preferredWidth: 0
            Layout.fillWidth: true
            text: SyncStatus.statusText
            color: SyncStatus.tone === SyncTone.Error ? Style.errorText : SyncStatus.tone === SyncTone.Attention ? Style.noticeText : Style.text
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            Layout.row: root.width < Style.touchTarget * 8 ? 1 : 0
            Layout.column: root.width < Style.touchTarget * 8 ? 1 : 2
            Layout.rightMargin: Style.spacingL
            Layout.maximumWidth: root.width < Style.touchTarget * 8 ? Infinity : root.availableWidth / 3
            wrapMode: Text.WordWrap
            text: SyncStatus.enrolled ? qsTr("Sync ›") : qsTr("Connect ›")
            color: Style.accentText
            font.pixelSize: Style.bodySize
            font.bold: true
        }
    }
}
