import QtQuick
import QtQuick.Controls as QQC2

// A less prominent action (add a row, back, cancel): outlined, still a full touch target.
QQC2.Button {
    id: root

    implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    flat: true
    font.capitalization: Font.MixedCase
    font.pixelSize: Style.bodySize
    Accessible.name: text

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
