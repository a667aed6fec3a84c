import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// One step of a visit summary: its title and what was recorded, as text a reader can follow.
ColumnLayout {
    id: root

    required property int step
    required property string title
    required property string body

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

    QQC2.Label {
        Layout.fillWidth: true
        text: root.body
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
        lineHeight: 1.15
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Style.spacingS
        implicitHeight: 1
        color: Style.disabledSurface
    }
}
