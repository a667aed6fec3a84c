import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// The main action of a page: full width, tall enough to hit with a thumb, with a spinner
// while the work it started is running. It draws its own flat background: Material's
// elevation shadow is a shader effect that the software renderer (used on devices without
// a GPU driver and for the screenshots) silently drops, leaving an invisible button.
QQC2.Button {
    id: root

    property bool busy: false

    highlighted: true
    implicitHeight: 56
    topInset: 0
    bottomInset: 0
    font.pixelSize: Style.bodySize
    Accessible.name: text

    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Style.touchTarget
        radius: 6
        color: !root.enabled ? Style.disabledSurface : root.down ? Style.brandDeep : Style.controlAccent
        border.width: root.visualFocus ? 3 : 0
        border.color: Style.ember
    }

    // No ids inside: contentItem is a deferred property. The empty items either side
    // centre the spinner and text.
    contentItem: RowLayout {
        spacing: Style.spacingS

        Item {
            Layout.fillWidth: true
        }

        QQC2.BusyIndicator {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            padding: 0
            visible: root.busy
            running: root.busy
            Material.accent: Style.brandText
        }

        QQC2.Label {
            text: root.text
            font: root.font
            color: root.enabled ? Style.brandText : Style.mutedText
        }

        Item {
            Layout.fillWidth: true
        }
    }
}
