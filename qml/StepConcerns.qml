import QtQuick
import QtQuick.Layouts
import Hearth.App

// Step 8: immediate safety (what, action, who was told and when), concerns by category,
// professional differences and their escalation, and next steps as what / who / by when.
ColumnLayout {
    id: root

    required property VisitController visit

    // Adds the category's concern or removes it; asks first when its row holds text.
    function toggleConcern(categoryId: string, label: string) {
        const row = root.visit.concernRow(categoryId);
        const written = row >= 0 ? (root.visit.read(VisitField.ConcernDetail, "", row) ?? "") : "";
        if (written.trim().length > 0) {
            removeDialog.categoryId = categoryId;
            removeDialog.message = qsTr("What you wrote about “%1” will be removed from this visit.").arg(label);
            removeDialog.open();
            return;
        }
        root.visit.toggleConcern(categoryId);
    }

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Concerns and actions")
    }

    // An injury recorded for a baby who is not yet mobile: the local procedure, in the pack's
    // words, above the questions it makes mandatory.
    Callout {
        objectName: "safetyProcedure"
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: root.visit.safetyProcedure
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

        // Kept as one local ISO date-time ("2026-05-14T15:30"); text written before dates
        // were picked is shown as it was.
        // Side by side when both fit, one above the other on a narrow screen or at large text.
        GridLayout {
            id: toldAt

            readonly property string stored: root.visit.read(VisitField.ImmediateToldAt) ?? ""
            readonly property bool iso: /^\d{4}-\d{2}-\d{2}/.test(stored)
            property string date: iso ? stored.slice(0, 10) : stored
            property string time: iso && stored.length >= 16 ? stored.slice(11, 16) : ""

            function store() {
                const day = /^\d{4}-\d{2}-\d{2}$/.test(toldAt.date) ? toldAt.date : "";
                root.visit.write(VisitField.ImmediateToldAt, "", -1, day.length > 0 && toldAt.time.length > 0 ? day + "T" + toldAt.time : day);
            }

            Layout.fillWidth: true
            columns: width >= toldDate.implicitWidth + toldTime.implicitWidth + columnSpacing ? 2 : 1
            columnSpacing: Style.spacingM
            rowSpacing: Style.spacingS

            DateField {
                id: toldDate

                objectName: "immediateToldDate"
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: toldAt.columns === 1
                label: qsTr("Date they were told")
                required: true
                latest: root.visit.today
                today: root.visit.today
                value: toldAt.date
                onChosen: iso => {
                    toldAt.date = iso;
                    toldAt.store();
                }
            }

            TimeField {
                id: toldTime

                objectName: "immediateToldTime"
                clock: root.visit
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: toldAt.columns === 1
                label: qsTr("Time")
                value: toldAt.time
                onChosen: time => {
                    toldAt.time = time;
                    toldAt.store();
                }
            }
        }
    }

    StepHeading {
        major: false
        text: qsTr("Concerns")
    }

    // Each category is on or off: a tap adds its concern, another removes it (asking first
    // when something was written in it). The chips wrap, so none is cut off or spills.
    Flow {
        id: categories

        objectName: "concernCategories"
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        Repeater {
            model: root.visit.concernCategories

            delegate: ToggleChip {
                required property string promptId
                required property string label

                objectName: "concernCategory:" + promptId
                width: Math.min(implicitWidth, categories.width)
                text: label
                chosen: root.visit.concernsChosen.includes(promptId)
                Accessible.description: chosen ? qsTr("Chosen: tap to remove this concern") : qsTr("Tap to add a concern of this kind")
                onClicked: root.toggleConcern(promptId, label)
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
                objectName: "removeConcern:" + (concern.item ? concern.item.category : "")
                Layout.alignment: Qt.AlignTop
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove this concern")
                onClicked: root.toggleConcern(concern.item.category, root.visit.categoryLabel(concern.item.category))
            }
        }
    }

    BodyMapSection {
        Layout.fillWidth: true
        visit: root.visit
    }

    PhotoSection {
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
                "label": qsTr("By when"),
                "date": true
            }]
    }

    ConfirmDialog {
        id: removeDialog

        property string categoryId

        objectName: "removeConcernDialog"
        title: qsTr("Remove this concern?")
        confirmText: qsTr("Remove")
        onAccepted: {
            const row = root.visit.concernRow(categoryId);
            if (row >= 0)
                root.visit.removeRow(VisitField.Concerns, row);
        }
    }
}
