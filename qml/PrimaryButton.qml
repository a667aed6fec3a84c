import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// The main action of a page: full width, tall enough to hit with a thumb, with a spinner
// while the work it started is running. It draws its own flat background: Material's
// elevation shadow is a shader effect that the software renderer (used on devices without
// a GPU driver and for the screenshots) silently drops, leaving an invisible button.
QQC2.Button {
    id: root

    property bool busy: false

    // From the words on one line, not from the wrapping label: in Qt 6.4 a wrapped label's
    // implicitWidth follows the width it was last given, so once squeezed it would stay narrow.
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset, Math.ceil(oneLine.advanceWidth) + leftPadding + rightPadding + (busy ? Style.iconSize + Style.spacingS : 0))
    highlighted: true
    implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    topInset: 0
    bottomInset: 0
    font.pixelSize: Style.bodySize
    Accessible.name: text

    TextMetrics {
        id: oneLine

        font: root.font
        text: root.text
    }

    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Style.touchTarget
        radius: 6
        color: !root.enabled ? Style.disabledSurface : root.down ? Style.brandDeep : Style.controlAccent

        FocusRing {
            shown: root.visualFocus
        }
    }

    // No ids inside: contentItem is a deferred property. The text wraps rather than run past
    // the button's edge; while busy, the spinner sits just before it.
    contentItem: QQC2.Label {
        leftPadding: root.busy ? Style.iconSize + Style.spacingS : 0
        text: root.text
        font: root.font
        color: root.enabled ? Style.brandText : Style.mutedText
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter

        QQC2.BusyIndicator {
            x: parent.leftPadding + (parent.width - parent.leftPadding - parent.contentWidth) / 2 - width - Style.spacingS
            anchors.verticalCenter: parent.verticalCenter
            width: Style.iconSize
            height: Style.iconSize
            padding: 0
            visible: root.busy
            running: root.busy
            Material.accent: Style.brandText
        }
    }
}
