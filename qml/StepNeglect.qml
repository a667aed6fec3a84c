import QtQuick
import QtQuick.Layouts
import Hearth.App

// Step 5: the neglect checklist. Each item is rated; any concern needs what was seen, heard
// or smelt; the previous visit's rating sits beside each item so slow drift shows.
ColumnLayout {
    id: root

    required property VisitController visit

    function levelName(level: string): string {
        switch (level) {
        case "not-assessed":
            return qsTr("Not assessed");
        case "no-concern":
            return qsTr("No concern");
        case "some-concern":
            return qsTr("Some concern");
        case "significant-concern":
            return qsTr("Significant concern");
        }
        return "";
    }

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Neglect")
    }

    Repeater {
        model: root.visit.neglectItems

        delegate: ColumnLayout {
            id: neglectItem

            required property string promptId
            required property string label
            required property string hint
            required property string group
            required property string previous
            required property bool firstInGroup
            // The area (the pack's neglect domain) the item belongs to.
            required property string kind

            Layout.fillWidth: true
            spacing: Style.spacingXS

            StepHeading {
                major: false
                visible: neglectItem.firstInGroup
                text: neglectItem.group
            }

            // One tap for an area with nothing of concern: each item is still rated (and
            // recorded) on its own, an item already rated a concern is never overwritten,
            // and the tap can be undone.
            Flow {
                Layout.fillWidth: true
                // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
                Layout.preferredHeight: childrenRect.height
                visible: neglectItem.firstInGroup
                spacing: Style.spacingS

                SecondaryButton {
                    objectName: "noConcernArea:" + neglectItem.kind
                    width: Math.min(implicitWidth, parent.width)
                    text: qsTr("No concerns in this area")
                    Accessible.name: qsTr("No concerns in %1").arg(neglectItem.group)
                    onClicked: {
                        const result = root.visit.markAreaNoConcern(neglectItem.kind);
                        areaNote.text = result.kept && result.kept.length > 0 ? qsTr("Left as they were, because you rated them a concern: %1.").arg(result.kept.join(", ")) : "";
                    }
                }

                SecondaryButton {
                    objectName: "undoArea:" + neglectItem.kind
                    width: Math.min(implicitWidth, parent.width)
                    visible: root.visit.undoableAreas.includes(neglectItem.kind)
                    text: qsTr("Undo")
                    Accessible.name: qsTr("Undo no concerns in %1").arg(neglectItem.group)
                    onClicked: {
                        root.visit.undoAreaNoConcern(neglectItem.kind);
                        areaNote.text = "";
                    }
                }
            }

            Callout {
                id: areaNote

                objectName: "areaNote:" + neglectItem.kind
                Layout.fillWidth: true
                kind: Callout.Kind.Info
                text: ""
            }

            ChoiceField {
                id: level

                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.NeglectLevel
                item: neglectItem.promptId
                label: neglectItem.label
                hint: neglectItem.previous.length > 0 ? qsTr("%1 — Last visit: %2").arg(neglectItem.hint).arg(root.levelName(neglectItem.previous)) : qsTr("%1 — No earlier visit to compare with.").arg(neglectItem.hint)
                options: [{
                        "value": "not-assessed",
                        "label": qsTr("Not assessed")
                    }, {
                        "value": "no-concern",
                        "label": qsTr("No concern")
                    }, {
                        "value": "some-concern",
                        "label": qsTr("Some concern")
                    }, {
                        "value": "significant-concern",
                        "label": qsTr("Significant concern")
                    }]
            }

            TextBlock {
                Layout.fillWidth: true
                visible: level.current === "some-concern" || level.current === "significant-concern"
                visit: root.visit
                field: VisitField.NeglectDescription
                item: neglectItem.promptId
                label: qsTr("What did you see, hear or smell?")
                required: true
            }
        }
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.PovertyContext
        label: qsTr("Poverty and other context")
        hint: qsTr("Context that shapes the parenting. It does not explain away what the child lives with.")
    }
}
