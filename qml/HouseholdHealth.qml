import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The child's health context in the household editor: disability and special educational
// needs, long-term conditions, developmental reviews with what became of them, GP registration
// and, for a baby, whether they are yet mobile (a bruise on a baby who is not is always a
// safeguarding matter).
ColumnLayout {
    id: root

    required property HouseholdController household
    property string reviewStatus
    property string reviewDate
    // As a script array, so it can be searched.
    readonly property var conditions: root.household.conditions

    spacing: Style.spacingS

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Health")
    }

    ConcernText {
        objectName: "householdDisability"
        Layout.fillWidth: true
        singleLine: true
        label: qsTr("Disability (if any)")
        text: root.household.disability
        onEdited: value => root.household.disability = value
    }

    QQC2.CheckBox {
        objectName: "householdSpecialNeeds"
        Layout.fillWidth: true
        text: qsTr("Special educational needs")
        checked: root.household.specialNeeds
        onClicked: root.household.specialNeeds = !root.household.specialNeeds
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Long-term conditions")
        wrapMode: Text.WordWrap
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
    }

    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        Repeater {
            model: root.household.conditionKinds

            delegate: ToggleChip {
                required property var modelData

                objectName: "householdCondition:" + modelData.id
                width: Math.min(implicitWidth, root.width)
                text: modelData.label
                chosen: root.conditions.indexOf(modelData.id) >= 0
                onClicked: root.household.setCondition(modelData.id, !chosen)
            }
        }
    }

    ConcernText {
        objectName: "householdOtherCondition"
        Layout.fillWidth: true
        visible: root.conditions.indexOf("other") >= 0
        singleLine: true
        label: qsTr("Which other condition (needed)")
        text: root.household.otherCondition
        onEdited: value => root.household.otherCondition = value
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Developmental reviews and questionnaires")
        wrapMode: Text.WordWrap
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
    }

    Repeater {
        model: root.household.reviews

        delegate: RowLayout {
            required property var modelData
            required property int index

            Layout.fillWidth: true

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("%1: %2 (%3)").arg(modelData.name).arg(root.household.reviewStatuses.find(s => s.id === modelData.status).label).arg(DateText.showDate(modelData.date))
                wrapMode: Text.WordWrap
                font.pixelSize: Style.bodySize
            }

            SecondaryButton {
                text: qsTr("Remove")
                onClicked: root.household.removeReview(index)
            }
        }
    }

    QQC2.TextField {
        id: reviewName

        objectName: "householdReviewName"
        Layout.fillWidth: true
        placeholderText: qsTr("Review, for example the 2-2½ year review")
        Accessible.name: placeholderText
        font.pixelSize: Style.bodySize
        background: FieldLine {}
    }

    ConcernChoices {
        Layout.fillWidth: true
        label: qsTr("What became of it")
        prefix: "householdReviewStatus:"
        options: root.household.reviewStatuses
        chosen: root.reviewStatus
        onPicked: id => root.reviewStatus = id
    }

    DateField {
        id: reviewDateField

        objectName: "householdReviewDate"
        Layout.fillWidth: true
        label: qsTr("Date")
        latest: Workspace.today()
        today: Workspace.today()
        held: root.reviewDate
        onChosen: iso => root.reviewDate = iso
    }

    SecondaryButton {
        objectName: "householdAddReview"
        text: qsTr("Add this review")
        onClicked: {
            reviewDateField.commit();
            // A refused date is not taken: the one held before it must not be used instead.
            if (reviewDateField.error.length > 0)
                return;
            if (root.household.addReview(reviewName.text, root.reviewStatus, root.reviewDate)) {
                reviewName.text = "";
                root.reviewStatus = "";
                root.reviewDate = "";
                reviewDateField.reset();
            }
        }
    }

    ConcernChoices {
        Layout.fillWidth: true
        label: qsTr("Registered with a GP?")
        prefix: "householdGp:"
        options: [{
                "id": "yes",
                "label": qsTr("Yes")
            }, {
                "id": "no",
                "label": qsTr("No")
            }]
        chosen: root.household.gpRegistered < 0 ? "" : (root.household.gpRegistered === 1 ? "yes" : "no")
        onPicked: id => root.household.gpRegistered = id === "yes" ? 1 : 0
    }

    ConcernText {
        objectName: "householdGpPractice"
        Layout.fillWidth: true
        visible: root.household.gpRegistered === 1
        singleLine: true
        label: qsTr("GP practice (needed)")
        text: root.household.gpPractice
        onEdited: value => root.household.gpPractice = value
    }

    ConcernChoices {
        Layout.fillWidth: true
        label: qsTr("Is the baby mobile yet (rolling, crawling, walking)?")
        prefix: "householdMobility:"
        options: root.household.mobilityChoices
        chosen: root.household.mobility
        onPicked: id => root.household.mobility = id
    }
}
