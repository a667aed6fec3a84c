import QtQuick
import QtQuick.Controls as QQC2

// A choice that is on or off, such as a concern category: filled with a tick when chosen,
// outlined with a plus when not, so the state never rests on colour alone, and announced as
// checked or not. Its text wraps when the chip is narrower than it (set its width), so a
// long Welsh label stays whole inside the column.
QQC2.AbstractButton {
    id: root

    property bool chosen: false

    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Style.spacingM
    rightPadding: Style.spacingM
    topPadding: Style.spacingS
    bottomPadding: Style.spacingS
    checked: root.chosen
    font.pixelSize: Style.bodySize
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: root.chosen
    Accessible.name: text

    // No id inside: contentItem is a deferred property.
    contentItem: QQC2.Label {
        text: (root.chosen ? "✓ " : "+ ") + root.text
        font: root.font
        color: root.chosen ? Style.brandText : Style.controlAccent
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: 6
        color: root.chosen ? (root.down ? Style.brandDeep : Style.controlAccent) : root.down ? Style.infoSurface : "transparent"
        border.width: root.visualFocus ? 3 : root.chosen ? 2 : 1
        border.color: root.visualFocus ? Style.ember : Style.controlAccent
    }
}
