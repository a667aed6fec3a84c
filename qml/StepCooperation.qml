import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 6: the family's co-operation on the five-level scale, the evidence for it, and the
// patterns reviews warn about (disguised compliance, selective hostility).
ColumnLayout {
    id: root

    required property VisitController visit
    property var current: visit.read(VisitField.CooperationLevel)

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    Connections {
        function onValueChanged(changed: int) {
            if (changed === VisitField.CooperationLevel || changed < 0)
                root.current = root.visit.read(VisitField.CooperationLevel);
        }

        target: root.visit
    }

    StepHeading {
        text: qsTr("Co-operation of the family")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Say what happened rather than using labels such as “non-engagement”. The pattern over time matters more than one rating.")
        color: Style.mutedText
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
    }

    Repeater {
        model: root.visit.cooperationLevels

        delegate: QQC2.RadioButton {
            id: level

            required property string promptId
            required property string label
            required property string hint

            objectName: "cooperation.level:" + level.promptId
            Layout.fillWidth: true
            // The text also puts Material's indicator at the start instead of the middle.
            text: level.promptId + ". " + level.label
            indicator: RadioMark { control: level }
            checked: String(root.current) === level.promptId
            Accessible.name: level.promptId + ". " + level.label
            onClicked: root.visit.write(VisitField.CooperationLevel, "", -1, Number(level.promptId))

            contentItem: ColumnLayout {
                spacing: 2

                QQC2.Label {
                    Layout.fillWidth: true
                    leftPadding: level.indicator.width + level.spacing
                    text: level.text
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    wrapMode: Text.WordWrap
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    leftPadding: level.indicator.width + level.spacing
                    text: level.hint
                    color: Style.mutedText
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.CooperationEvidence
        label: qsTr("What is this rating based on?")
        required: true
    }

    CheckField {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.DisguisedCompliance
        label: qsTr("Possible disguised compliance: agreeing, but nothing changes for the child")
    }

    CheckField {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.SelectiveHostility
        label: qsTr("Hostile to some professionals, welcoming to others")
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 640 ? 2 : 1
        columnSpacing: Style.spacingL

        NumberField {
            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.AppointmentsOffered
            label: qsTr("Appointments offered since the last visit")
        }

        NumberField {
            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.AppointmentsKept
            label: qsTr("Appointments kept")
        }
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.Reluctance
        label: qsTr("Why might the family be reluctant?")
        hint: qsTr("In their terms, as far as you know them.")
    }
}
