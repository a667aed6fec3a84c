import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A whole number of the open visit (appointments offered and kept), with large - and + .
ColumnLayout {
    id: root

    required property VisitController visit
    // Which value: a VisitField id, with the pack item id or the row when the field has one.
    required property int field
    property string item
    property int row: -1
    required property string label
    property int maximum: 99

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.SpinBox {
        objectName: root.visit.fieldName(root.field) + (root.item.length > 0 ? ":" + root.item : "") + (root.row >= 0 ? ":" + root.row : "")
        Layout.preferredHeight: Style.touchTarget + 8
        from: 0
        to: root.maximum
        value: root.visit.read(root.field, root.item, root.row) ?? 0
        editable: true
        font.pixelSize: Style.bodySize
        Accessible.name: root.label
        onValueModified: root.visit.write(root.field, root.item, root.row, value)
    }
}
