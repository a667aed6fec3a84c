import QtQuick
import QtQuick.Templates as T

// A radio button's circle at the size of its text: Material's is 20 px at every text size,
// a speck beside 34 px text. Set as a RadioButton's indicator.
Rectangle {
    required property T.AbstractButton control

    x: control.leftPadding
    y: control.topPadding + (control.availableHeight - height) / 2
    implicitWidth: Style.iconSize
    implicitHeight: Style.iconSize
    radius: width / 2
    color: "transparent"
    border.width: Math.max(2, Math.round(Style.iconSize / 12))
    border.color: control.checked ? Style.accentText : Style.fieldBorder

    Rectangle {
        anchors.centerIn: parent
        width: parent.width / 2
        height: width
        radius: width / 2
        color: Style.accentText
        visible: parent.control.checked
    }

    FocusRing {
        shown: parent.control.visualFocus
    }
}
