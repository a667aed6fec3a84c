import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 9: the whole visit as a readable summary, what still needs recording (each item
// takes the practitioner to its step), the plain-language nudges, and "what does this mean
// for the child?", which must be answered before signing.
ColumnLayout {
    id: root

    required property VisitController visit

    // A nudge was tapped: open step `step` (1-9) at the field named `target`.
    signal goTo(int step, string target)

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Review")
    }

    Repeater {
        model: root.visit.flags

        delegate: Callout {
            required property var modelData

            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: modelData.text
        }
    }

    TextBlock {
        objectName: "whatItMeansBlock"
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.WhatItMeans
        label: root.visit.question("whatItMeans") || qsTr("What does this mean for the child?")
        hint: qsTr("In your own words: what is life like for this child now, and what does today's visit change?")
        required: true
    }

    StepHeading {
        major: false
        visible: root.visit.missing.length > 0
        text: qsTr("Still to record before signing")
    }

    Repeater {
        model: root.visit.missing

        delegate: QQC2.ItemDelegate {
            id: missingItem

            required property var modelData

            objectName: "missingItem"
            Layout.fillWidth: true
            implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            text: qsTr("Step %1: %2").arg(modelData.step).arg(modelData.text)
            font.pixelSize: Style.bodySize
            Accessible.name: text
            onClicked: root.visit.step = missingItem.modelData.step - 1

            contentItem: QQC2.Label {
                text: missingItem.text
                font: missingItem.font
                color: Style.errorText
                wrapMode: Text.WordWrap
            }
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: !root.visit.canFinish
        text: qsTr("“Sign and finish”, at the foot of the screen, becomes possible once everything above is recorded. Your draft is kept safe meanwhile.")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    StepHeading {
        major: false
        visible: nudgeList.count > 0
        text: qsTr("Could these be more specific?")
    }

    Repeater {
        id: nudgeList

        model: root.visit.reviewNudges

        delegate: QQC2.ItemDelegate {
            id: nudgeItem

            required property var modelData

            objectName: "reviewNudge"
            Layout.fillWidth: true
            padding: 0
            text: qsTr("Step %1, “%2”: %3").arg(modelData.step).arg(modelData.phrase).arg(modelData.nudge)
            Accessible.name: text
            Accessible.description: qsTr("Opens the answer on its step")
            onClicked: root.goTo(nudgeItem.modelData.step, nudgeItem.modelData.target)

            contentItem: Callout {
                kind: Callout.Kind.Notice
                text: nudgeItem.text + " ›"
            }

            background: Item {
            }
        }
    }

    StepHeading {
        major: false
        text: qsTr("Summary")
    }

    Repeater {
        model: root.visit.summary

        delegate: SummarySection {
            Layout.fillWidth: true
        }
    }

    BodyMapView {
        Layout.fillWidth: true
        outline: root.visit.bodyOutline
        marks: root.visit.bodyMarks
    }

    PhotoGallery {
        Layout.fillWidth: true
        photos: root.visit.photos
    }
}
