import QtQuick
import QtQuick.Controls as QQC2
import Hearth.App

// A yes-or-no fact of the open visit that is simply ticked (flags, "spoken to").
QQC2.CheckBox {
    id: root

    required property VisitController visit
    // Which value: a VisitField id, with the pack item id or the row when the field has one.
    required property int field
    property string item
    property int row: -1
    required property string label
    property bool current: visit.read(field, item, row) === true

    objectName: root.visit.fieldName(root.field) + (root.item.length > 0 ? ":" + root.item : "") + (root.row >= 0 ? ":" + root.row : "")
    text: root.label
    checked: root.current
    font.pixelSize: Style.bodySize
    indicator: CheckMark {
        control: root
    }
    implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: root.label
    onClicked: {
        if (!root.visit.write(root.field, root.item, root.row, checked))
            checked = root.current;
    }

    contentItem: QQC2.Label {
        leftPadding: root.indicator.width + root.spacing
        text: root.text
        font: root.font
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }

    Connections {
        function onValueChanged(changed: int) {
            if (changed === root.field || changed < 0)
                root.current = root.visit.read(root.field, root.item, root.row) === true;
        }

        target: root.visit
    }
}
