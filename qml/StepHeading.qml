import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// The title of a wizard step or of a group within it, announced as a heading.
QQC2.Label {
    id: root

    property bool major: true

    Layout.fillWidth: true
    Layout.topMargin: major ? 0 : Style.spacingM
    font.pixelSize: major ? Style.headingSize : Style.titleSize
    font.bold: true
    // A single word wider than a phone at the largest text breaks rather than spill.
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
