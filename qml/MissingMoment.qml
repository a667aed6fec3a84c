import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// A moment of an episode as a date and a time side by side (one above the other when narrow or
// at large text). Both are handed on together, whichever changed; the episode keeps each half
// as typed until the other is there.
ColumnLayout {
    id: root

    required property string label
    property string date
    property string time
    property string today
    property bool flagged: false

    signal chosen(string date, string time)

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        color: root.flagged ? Style.errorText : Style.text
        wrapMode: Text.WordWrap
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 24 * Style.bodySize ? 2 : 1
        columnSpacing: Style.spacingM

        DateField {
            objectName: root.objectName + "Date"
            Layout.fillWidth: true
            label: qsTr("Date")
            latest: root.today
            today: root.today
            value: root.date
            onChosen: iso => root.chosen(iso, root.time)
        }

        TimeField {
            objectName: root.objectName + "Time"
            Layout.fillWidth: true
            label: qsTr("Time (24-hour)")
            value: root.time
            onChosen: time => root.chosen(root.date, time)
        }
    }
}
