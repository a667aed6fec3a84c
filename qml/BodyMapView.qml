import QtQuick
import QtQuick.Layouts

// The body map as recorded, read-only: both sides with numbered marks, numbered as the marks
// listed in words under "Concerns and actions". On the review, in the sign dialog and on a
// signed visit; hidden when no injury was marked.
ColumnLayout {
    id: root

    required property string outline
    required property var marks

    visible: marks.length > 0
    spacing: Style.spacingS

    // qmllint disable unqualified
    StepHeading {
        major: false
        text: qsTr("Body map")
    }

    RowLayout {
        Layout.bottomMargin: Style.spacingL
        spacing: Style.spacingM

        Repeater {
            model: ["front", "back"]

            delegate: BodyMapFigure {
                required property string modelData

                Layout.preferredWidth: Math.min(160, (root.width - Style.spacingM) / 2)
                Layout.preferredHeight: Layout.preferredWidth * 2
                outline: root.outline
                side: modelData
                marks: root.marks
            }
        }
    }
}
