import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Templates as T

// A check box's square at the size of its text (Material's is 18 px at every text size).
// Set as a CheckBox's indicator.
Rectangle {
    required property T.AbstractButton control

    x: control.leftPadding
    y: control.topPadding + (control.availableHeight - height) / 2
    implicitWidth: Style.iconSize
    implicitHeight: Style.iconSize
    radius: 3
    color: control.checked ? Style.controlAccent : "transparent"
    border.width: Math.max(2, Math.round(Style.iconSize / 12))
    border.color: control.checked ? Style.controlAccent : Style.fieldBorder

    QQC2.Label {
        anchors.centerIn: parent
        visible: parent.control.checked
        text: "\u2713"
        color: Style.brandText
        font.pixelSize: Style.smallSize
        font.bold: true
    }

    FocusRing {
        shown: parent.control.visualFocus
    }
}
