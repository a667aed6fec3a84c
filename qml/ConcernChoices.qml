import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// One choice of the concern log as a row of chips that wraps: one tap chooses, and the chosen
// option's description (from the content pack) is shown under it.
ColumnLayout {
    id: root

    required property string label
    // [{id, label, descriptor}]
    required property var options
    property string chosen
    // Each chip's objectName is prefix + option id, for the tests.
    property string prefix

    signal picked(string id)

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        Repeater {
            model: root.options

            delegate: ToggleChip {
                required property var modelData

                objectName: root.prefix + modelData.id
                width: Math.min(implicitWidth, root.width)
                text: modelData.label
                chosen: root.chosen === modelData.id
                onClicked: root.picked(modelData.id)
            }
        }
    }

    QQC2.Label {
        readonly property var option: root.options.find(o => o.id === root.chosen)

        Layout.fillWidth: true
        visible: text.length > 0
        text: option && option.descriptor ? option.descriptor : ""
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }
}
