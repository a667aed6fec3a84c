import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// A less prominent action (add a row, back, cancel): outlined, still a full touch target.
// In a layout it is as wide as its words on one line, and narrower, wrapping, only where the
// layout has less room.
QQC2.Button {
    id: root

    // From the words on one line, not from the wrapping label: in Qt 6.4 a wrapped label's
    // implicitWidth follows the width it was last given, so once squeezed it would stay narrow.
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset, Math.ceil(oneLine.advanceWidth) + leftPadding + rightPadding)
    implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    flat: true
    font.capitalization: Font.MixedCase
    font.pixelSize: Style.bodySize
    Layout.fillWidth: true
    Layout.maximumWidth: implicitWidth
    Accessible.name: text

    TextMetrics {
        id: oneLine

        font: root.font
        text: root.text
    }

    background: Rectangle {
        implicitWidth: Style.touchTarget * 2
        implicitHeight: Style.touchTarget
        radius: 6
        color: root.down ? Style.infoSurface : "transparent"
        border.width: 1
        border.color: Style.accentText

        FocusRing {
            shown: root.visualFocus
        }
    }

    // Wraps rather than run past the button's edge in a longer language.
    contentItem: QQC2.Label {
        text: root.text
        font: root.font
        color: root.enabled ? Style.text : Style.mutedText
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
