import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A list of records in the open visit (appointments not brought to, next steps, ...): each
// row is a card of fields from `fields` ([{field, label, singleLine}], field a VisitField id),
// with remove, and an add button below. Dates are typed as written (e.g. 2024-05-14).
ColumnLayout {
    id: root

    required property VisitController visit
    // Which list: a VisitField list id (VisitField.NextSteps).
    required property int list
    // Names the add and remove buttons for tests and scripted walks ("concerns.nextSteps").
    required property string name
    required property string title
    required property string addText
    required property var fields
    property string emptyText

    spacing: Style.spacingS

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        major: false
        text: root.title
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: rows.count === 0 && root.emptyText.length > 0
        text: root.emptyText
        color: Style.mutedText
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
    }

    Repeater {
        model: VisitRowsModel {
            id: rows

            visit: root.visit
            list: root.list
        }

        delegate: Rectangle {
            id: card

            required property int index

            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Style.spacingM
            radius: 8
            color: Style.surfaceRaised
            border.width: 1
            border.color: Style.divider

            ColumnLayout {
                id: cardColumn

                x: Style.spacingM
                y: Style.spacingM
                width: card.width - 2 * Style.spacingM
                spacing: Style.spacingS

                Repeater {
                    model: root.fields

                    delegate: TextBlock {
                        id: field

                        required property var modelData

                        Layout.fillWidth: true
                        visit: root.visit
                        field: field.modelData.field
                        row: card.index
                        label: field.modelData.label
                        singleLine: field.modelData.singleLine === true
                    }
                }

                SecondaryButton {
                    objectName: root.name + ".remove." + card.index
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove this entry")
                    onClicked: root.visit.removeRow(root.list, card.index)
                }
            }
        }
    }

    SecondaryButton {
        objectName: root.name + ".add"
        text: root.addText
        onClicked: root.visit.addRow(root.list)
    }
}
