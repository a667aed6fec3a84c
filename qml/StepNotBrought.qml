import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 7: appointments the child was not brought to. A child does not miss an appointment;
// the child was not brought. Each one has its follow-up; a pattern of them is a warning.
ColumnLayout {
    id: root

    required property VisitController visit
    // As a JavaScript array, so it can be filtered here.
    readonly property var flags: visit.flags

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Was not brought")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Record each health or other appointment the child was not brought to since the last visit, and what was done about it.")
        color: Style.mutedText
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
    }

    RowsSection {
        Layout.fillWidth: true
        visit: root.visit
        list: VisitField.MissedAppointments
        name: "missedAppointments"
        title: qsTr("Appointments")
        addText: qsTr("Add an appointment the child was not brought to")
        emptyText: qsTr("None recorded. If there were none, you can go on.")
        fields: [{
                "field": VisitField.MissedWhat,
                "label": qsTr("What appointment"),
                "singleLine": true
            }, {
                "field": VisitField.MissedWhen,
                "label": qsTr("When"),
                "date": true,
                "past": true
            }, {
                "field": VisitField.MissedArrangedBy,
                "label": qsTr("Who arranged it"),
                "singleLine": true
            }, {
                "field": VisitField.MissedFollowUp,
                "label": qsTr("Follow-up")
            }]
    }

    Repeater {
        model: root.flags.filter(flag => flag.id === "not-brought-pattern")

        delegate: Callout {
            required property var modelData

            Layout.fillWidth: true
            kind: Callout.Kind.Notice
            text: modelData.text
        }
    }
}
