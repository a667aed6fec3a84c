import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// One closed choice of the open visit as a row of large radio buttons. `options` is a list
// of {value, label}; the stored word is the value, the practitioner sees the label.
ColumnLayout {
    id: root

    required property VisitController visit
    // Which value: a VisitField id, with the pack item id or the row when the field has one.
    required property int field
    property string item
    property int row: -1
    required property string label
    required property var options
    property string hint
    property var current: visit.read(field, item, row)

    spacing: Style.spacingXS

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    Connections {
        function onValueChanged(changed: int) {
            if (changed === root.field || changed < 0)
                root.current = root.visit.read(root.field, root.item, root.row);
        }

        target: root.visit
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        Repeater {
            model: root.options

            delegate: WrappingRadioButton {
                id: option

                required property var modelData

                objectName: root.visit.fieldName(root.field) + (root.item.length > 0 ? ":" + root.item : "") + ":" + option.modelData.value
                text: option.modelData.label
                checked: root.current === option.modelData.value
                Accessible.name: root.label + ": " + option.modelData.label
                // A click sets `checked` itself, ending the binding; it is put back so a value
                // changed elsewhere (an area marked "no concern", an undo) still shows.
                onClicked: {
                    root.visit.write(root.field, root.item, root.row, option.modelData.value);
                    checked = Qt.binding(() => root.current === option.modelData.value);
                }
            }
        }
    }
}
