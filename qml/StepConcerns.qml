import QtQuick
import QtQuick.Layouts
import Hearth.App

// Step 8: immediate safety (what, action, who was told and when), concerns by category,
// professional differences and their escalation, and next steps as what / who / by when.
ColumnLayout {
    id: root

    required property VisitController visit

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Concerns and actions")
    }

    ChoiceField {
        id: immediate

        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.ImmediatePresent
        label: root.visit.question("immediateSafety") || qsTr("Is there an immediate safety concern?")
        options: [{
                "value": true,
                "label": qsTr("Yes")
            }, {
                "value": false,
                "label": qsTr("No")
            }]
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: immediate.current === true
        spacing: Style.spacingM

        TextBlock {
            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.ImmediateWhat
            label: qsTr("What is the concern?")
            required: true
        }

        TextBlock {
            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.ImmediateAction
            label: root.visit.question("immediateAction") || qsTr("Action taken under local procedure")
            required: true
        }

        TextBlock {
            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.ImmediateWhoTold
            label: qsTr("Who was told")
            singleLine: true
            required: true
        }

        TextBlock {
            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.ImmediateToldAt
            label: qsTr("When they were told (for example 2024-05-14 15:30)")
            singleLine: true
            required: true
        }
    }

    StepHeading {
        major: false
        text: qsTr("Concerns")
    }

    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        Repeater {
            model: root.visit.concernCategories

            delegate: SecondaryButton {
                required property string promptId
                required property string label

                objectName: "concernCategory:" + promptId
                text: "+ " + label
                Accessible.name: qsTr("Add a concern: %1").arg(label)
                onClicked: root.visit.addConcern(promptId)
            }
        }
    }

    Repeater {
        model: VisitRowsModel {
            visit: root.visit
            list: VisitField.Concerns
        }

        delegate: RowLayout {
            id: concern

            required property int index
            required property var item

            Layout.fillWidth: true
            spacing: Style.spacingS

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.ConcernDetail
                row: concern.index
                label: root.visit.categoryLabel(concern.item ? concern.item.category : "")
                hint: qsTr("What was seen, heard or said, and by whom.")
            }

            SecondaryButton {
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove this concern")
                onClicked: root.visit.removeRow(VisitField.Concerns, concern.index)
            }
        }
    }

    BodyMapSection {
        Layout.fillWidth: true
        visit: root.visit
    }

    RowsSection {
        Layout.fillWidth: true
        visit: root.visit
        list: VisitField.Differences
        name: "concerns.differences"
        title: qsTr("Professional differences")
        addText: qsTr("Add a professional difference")
        fields: [{
                "field": VisitField.DifferenceWith,
                "label": qsTr("With whom"),
                "singleLine": true
            }, {
                "field": VisitField.DifferenceAbout,
                "label": qsTr("About what")
            }, {
                "field": VisitField.DifferenceOutcome,
                "label": qsTr("Outcome")
            }, {
                "field": VisitField.DifferenceRationale,
                "label": qsTr("Rationale")
            }]
    }

    RowsSection {
        Layout.fillWidth: true
        visit: root.visit
        list: VisitField.NextSteps
        name: "concerns.nextSteps"
        title: qsTr("Next steps")
        addText: qsTr("Add a next step")
        emptyText: root.visit.question("nextSteps") || qsTr("What will happen next, who will do it, and by when.")
        fields: [{
                "field": VisitField.NextStepWhat,
                "label": qsTr("What"),
                "singleLine": true
            }, {
                "field": VisitField.NextStepWho,
                "label": qsTr("Who"),
                "singleLine": true
            }, {
                "field": VisitField.NextStepByWhen,
                "label": qsTr("By when (for example 2024-05-21)"),
                "singleLine": true
            }]
    }
}
