import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// One step of a visit summary: its title and what was recorded, as text a reader can follow.
// The child's own words stand apart as quotes: italic, set in, with a rule beside them.
ColumnLayout {
    id: root

    required property int step
    required property string title
    required property string body
    required property var quotes

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        Layout.topMargin: Style.spacingS
        text: qsTr("%1. %2").arg(root.step).arg(root.title)
        font.pixelSize: Style.bodySize + 1
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    Repeater {
        model: root.body.split("\n")

        delegate: QQC2.Label {
            id: line

            required property string modelData
            readonly property bool quote: root.quotes.indexOf(modelData) >= 0

            objectName: quote ? "childsWordsQuote" : ""
            Layout.fillWidth: true
            leftPadding: quote ? Style.spacingM : 0
            text: modelData
            font.pixelSize: Style.bodySize
            font.italic: quote
            wrapMode: Text.WordWrap
            lineHeight: 1.15

            Rectangle {
                visible: line.quote
                width: 3
                height: parent.height
                color: Style.accentText
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Style.spacingS
        implicitHeight: 1
        color: Style.divider
    }
}
