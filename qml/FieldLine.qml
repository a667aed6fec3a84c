import QtQuick

// The edge of a text box. Material draws its underline in the hint colour (2.6:1 on white),
// too faint to find the box by; this one meets the 3:1 that WCAG 2.2 asks of a field's
// boundary, and thickens with the focus. Set it as a TextField's background.
Rectangle {
    // The field it underlines (a background's parent is its control).
    readonly property Item control: parent

    implicitWidth: 120
    // Where Material puts its own line: 8 px into the field's bottom padding.
    y: control ? control.height - height - 8 : 0
    height: control && control.activeFocus ? 3 : 2
    color: control && control.activeFocus ? Style.accentText : Style.fieldBorder
}
