import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 1: the child, the kind of visit, why, when and where. The position is asked for once
// and never waited on; the practitioner can type the place instead at any time.
ColumnLayout {
    id: root

    required property VisitController visit

    spacing: Style.spacingM

    StepHeading {
        text: qsTr("Start of the visit")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("%1 · %2").arg(root.visit.childName).arg(root.visit.childDetails)
        font.pixelSize: Style.titleSize
        wrapMode: Text.WordWrap
    }

    // The content pack's reminders for the practitioner's role (seeing the child alone...).
    Repeater {
        model: Workspace.roles.visitStartPrompts

        delegate: Callout {
            required property string modelData

            objectName: "roleVisitStartPrompt"
            Layout.fillWidth: true
            kind: Callout.Kind.Info
            text: modelData
        }
    }

    // Flags: what is new about the child since the practitioner's last visit (issue 11).
    SinceLastVisit {
        Layout.fillWidth: true
        childName: root.visit.childName
    }

    ChoiceField {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.Notice
        label: qsTr("Was the visit announced?")
        options: [{
                "value": "announced",
                "label": qsTr("Announced")
            }, {
                "value": "unannounced",
                "label": qsTr("Unannounced")
            }]
    }

    ChoiceField {
        id: place

        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.Place
        label: qsTr("Where did it take place?")
        options: [{
                "value": "home",
                "label": qsTr("Home")
            }, {
                "value": "school",
                "label": qsTr("School")
            }, {
                "value": "clinic",
                "label": qsTr("Clinic")
            }, {
                "value": "other",
                "label": qsTr("Somewhere else")
            }]
    }

    TextBlock {
        Layout.fillWidth: true
        visible: place.current === "other"
        visit: root.visit
        field: VisitField.PlaceOther
        label: qsTr("Where was it?")
        singleLine: true
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.Purpose
        label: qsTr("Purpose of the visit")
    }

    // The arrival: now with one tap, or a time already past typed or chosen (24-hour clock).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Style.spacingXS

        QQC2.Label {
            objectName: "arrivalHeading"
            Layout.fillWidth: true
            text: qsTr("Arrival time")
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            objectName: "arrivalText"
            Layout.fillWidth: true
            text: root.visit.arrivalText.length > 0 ? root.visit.arrivalText : qsTr("Not recorded")
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        Flow {
            Layout.fillWidth: true
            // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
            Layout.preferredHeight: childrenRect.height
            spacing: Style.spacingM

            TimeField {
                objectName: "arrivalTime"
                clock: root.visit
                value: root.visit.arrivalTime
                onChosen: time => arrivalProblem.text = time.length > 0 ? root.visit.setArrivalAt(root.visit.arrivalDate || root.visit.today, time) : ""
            }

            SecondaryButton {
                objectName: "arrivalNowButton"
                width: Math.min(implicitWidth, parent.width)
                text: qsTr("Use the time now")
                onClicked: {
                    arrivalProblem.text = "";
                    root.visit.setArrivalNow();
                }
            }
        }

        QQC2.Label {
            id: arrivalProblem

            objectName: "arrivalProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Style.errorText
            font.pixelSize: Style.smallSize
            wrapMode: Text.WordWrap
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Location")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
    }

    // The button goes below the position on a phone at large text, which would otherwise
    // squeeze both to a word a line.
    GridLayout {
        Layout.fillWidth: true
        columns: width < Style.touchTarget * 8 ? 1 : 3
        rowSpacing: Style.spacingS
        columnSpacing: Style.spacingM

        QQC2.BusyIndicator {
            Layout.preferredWidth: Style.touchTarget
            Layout.preferredHeight: Style.touchTarget
            visible: root.visit.locating
            running: root.visit.locating
        }

        QQC2.Label {
            objectName: "locationText"
            Layout.fillWidth: true
            text: root.visit.locating ? qsTr("Finding the position… You can carry on meanwhile.") : root.visit.locationText.length > 0 ? root.visit.locationText : qsTr("Not recorded yet")
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        SecondaryButton {
            objectName: "locateButton"
            text: qsTr("Find position")
            enabled: !root.visit.locating
            onClicked: root.visit.locate()
        }
    }

    Callout {
        Layout.fillWidth: true
        kind: Callout.Kind.Info
        text: root.visit.locationProblem.length > 0 ? qsTr("%1 You can describe where you are instead; the visit does not need a position.").arg(root.visit.locationProblem) : ""
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Or describe the place")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Style.spacingM

        QQC2.TextField {
            id: manualPlace

            objectName: "manualLocationField"
            Layout.fillWidth: true
            Layout.preferredHeight: Style.touchTarget + 8
            placeholderText: qsTr("For example, the family home, 12 Mill Lane")
            placeholderTextColor: Style.placeholderText
            background: FieldLine {}
            font.pixelSize: Style.bodySize
            Accessible.name: qsTr("Describe the place by hand")
            onAccepted: root.visit.setManualLocation(text)
        }

        SecondaryButton {
            objectName: "manualLocationButton"
            text: qsTr("Use this")
            enabled: manualPlace.text.trim().length > 0
            onClicked: root.visit.setManualLocation(manualPlace.text)
        }
    }
}
