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
        implicitWidth: 96
        implicitHeight: Style.touchTarget
        radius: 6
        color: root.down ? Style.infoSurface : "transparent"
        border.width: root.visualFocus ? 3 : 1
        border.color: root.visualFocus ? Style.ember : Style.controlAccent
    }
}
