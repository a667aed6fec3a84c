import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A whole number of the open visit (appointments offered and kept), with large - and + .
ColumnLayout {
    id: root

    required property VisitController visit
    required property string path
    required property string label

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.SpinBox {
        objectName: root.path
        Layout.preferredHeight: Style.touchTarget + 8
        from: 0
        to: 99
        value: root.visit.value(root.path) ?? 0
        editable: true
        font.pixelSize: Style.bodySize
        Accessible.name: root.label
        onValueModified: root.visit.setValue(root.path, value)
    }
}
