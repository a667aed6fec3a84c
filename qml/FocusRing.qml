import QtQuick

// The keyboard focus ring, drawn just outside its control so that it lies on the page, the
// one colour it is guaranteed to stand out from (3:1, WCAG 2.2 non-text contrast), whatever
// the control's own fill. Put it inside a control's background.
Rectangle {
    required property bool shown

    anchors.fill: parent
    anchors.margins: -(Style.focusWidth + 1)
    radius: 8
    color: "transparent"
    border.width: Style.focusWidth
    border.color: Style.focusRing
    visible: shown
}
