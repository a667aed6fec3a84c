import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A list of records in the open visit (appointments not brought to, next steps, ...): each
// row is a card of fields from `fields` ([{field, label, singleLine, date, past}], field a
// VisitField id; `date` fields are DateFields, `past` ones no later than today), with remove,
// and an add button below.
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

                    delegate: Loader {
                        id: entry

                        required property var modelData
                        // Copied out: a row's delegates outlive their model data when the
                        // list changes, and the loaded field must not read a vanished spec.
                        readonly property int fieldId: modelData ? modelData.field : -1
                        readonly property string fieldLabel: modelData ? modelData.label : ""
                        readonly property bool singleLine: modelData ? modelData.singleLine === true : false
                        readonly property bool past: modelData ? modelData.past === true : false

                        Layout.fillWidth: true
                        sourceComponent: modelData && modelData.date === true ? dateComponent : textComponent

                        Component {
                            id: textComponent

                            TextBlock {
                                visit: root.visit
                                field: entry.fieldId
                                row: card.index
                                label: entry.fieldLabel
                                singleLine: entry.singleLine
                            }
                        }

                        Component {
                            id: dateComponent

                            DateField {
                                objectName: root.visit.fieldName(entry.fieldId) + ":" + card.index
                                label: entry.fieldLabel
                                latest: entry.past ? root.visit.today : ""
                                today: root.visit.today
                                value: root.visit.read(entry.fieldId, "", card.index) ?? ""
                                onChosen: iso => root.visit.write(entry.fieldId, "", card.index, iso)
                            }
                        }
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
