import QtQuick
import QtQuick.Layouts
import Hearth.App

// Step 4: the child's lived experience. The prompts come from the content pack for the
// child's age band; the child's own words have their own box so they stay verbatim.
ColumnLayout {
    id: root

    required property VisitController visit

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("The child's lived experience")
    }

    Repeater {
        model: root.visit.livedPrompts

        delegate: ColumnLayout {
            id: prompt

            required property string promptId
            required property string label
            required property string hint
            required property string kind

            Layout.fillWidth: true
            spacing: Style.spacingS

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.LivedNote
                item: prompt.promptId
                label: prompt.label
                hint: prompt.hint
            }

            TextBlock {
                Layout.fillWidth: true
                Layout.leftMargin: Style.spacingL
                visible: prompt.kind !== "observe"
                visit: root.visit
                field: VisitField.ChildsWords
                item: prompt.promptId
                quote: true
                label: qsTr("The child's own words, exactly as said")
                hint: qsTr("Kept as a quote, word for word, and shown as the child's words.")
                singleLine: true
            }
        }
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.ObservedBehaviour
        label: root.visit.question("observedBehaviour") || qsTr("What did the child do?")
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.BehaviourChanges
        label: root.visit.question("behaviourChanges") || qsTr("Has the child's behaviour changed?")
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.ContextDifferences
        label: root.visit.question("contextDifferences") || qsTr("Is the child different in other places?")
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.DayInTheLife
        label: root.visit.question("dayInTheLife") || qsTr("What is a day like for this child?")
        required: true
    }

    CheckField {
        id: sexualised

        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.SexualisedBehaviour
        label: qsTr("Sexualised behaviour was seen or reported")
    }

    Callout {
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: sexualised.current ? qsTr("Sexualised behaviour is always a red flag. Describe exactly what was seen or heard and follow local safeguarding procedure.") : ""
    }

    TextBlock {
        Layout.fillWidth: true
        visible: sexualised.current
        visit: root.visit
        field: VisitField.SexualisedBehaviourDescription
        label: qsTr("What was seen or heard, exactly")
        required: true
    }
}
