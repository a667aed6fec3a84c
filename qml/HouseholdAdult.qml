import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// One adult of the household as the editor shows them: who they are to the child, where they
// live, parental responsibility and care, whether seen, their strengths and their known risks,
// each risk with where it is known from and its date (recordable for an adult not here today).
Rectangle {
    id: root

    required property HouseholdController household
    required property int row
    // {id, name, relationship, living, parentalResponsibility, caresForChild, seenOn,
    //  strengths, risks}
    required property var adult
    property string riskKind
    property string riskDate

    implicitHeight: column.implicitHeight + 2 * Style.spacingM
    radius: 6
    color: "transparent"
    border.width: 1
    border.color: Style.mutedText

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    ColumnLayout {
        id: column

        x: Style.spacingM
        y: Style.spacingM
        width: root.width - 2 * Style.spacingM
        spacing: Style.spacingS

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Name")
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
        }

        QQC2.TextField {
            objectName: "householdAdultName" + root.row
            Layout.fillWidth: true
            text: root.adult.name
            font.pixelSize: Style.bodySize
            Accessible.name: qsTr("Name")
            background: FieldLine {}
            onTextEdited: root.household.setAdultName(root.row, text)
        }

        ConcernChoices {
            Layout.fillWidth: true
            label: qsTr("Who they are to %1").arg(root.household.childName)
            prefix: "householdRelationship" + root.row + ":"
            options: root.household.relationships
            chosen: root.adult.relationship
            onPicked: id => root.household.setAdultRelationship(root.row, id)
        }

        ConcernChoices {
            Layout.fillWidth: true
            label: qsTr("Where they live")
            prefix: "householdLiving" + root.row + ":"
            options: root.household.livingArrangements
            chosen: root.adult.living
            onPicked: id => root.household.setAdultLiving(root.row, id)
        }

        QQC2.CheckBox {
            objectName: "householdResponsibility" + root.row
            Layout.fillWidth: true
            text: qsTr("Has parental responsibility")
            checked: root.adult.parentalResponsibility
            onClicked: root.household.setParentalResponsibility(root.row, !root.adult.parentalResponsibility)
        }

        QQC2.CheckBox {
            objectName: "householdCares" + root.row
            Layout.fillWidth: true
            text: qsTr("Cares for the child")
            checked: root.adult.caresForChild
            onClicked: root.household.setCaresForChild(root.row, !root.adult.caresForChild)
        }

        QQC2.CheckBox {
            objectName: "householdSeen" + root.row
            Layout.fillWidth: true
            text: root.adult.seenOn.length > 0 ? qsTr("Seen or spoken to (%1)").arg(DateText.showDate(root.adult.seenOn)) : qsTr("Seen or spoken to today")
            checked: root.adult.seenOn.length > 0
            onClicked: root.household.setSeenToday(root.row, root.adult.seenOn.length === 0)
        }

        StepHeading {
            major: false
            text: qsTr("Known strengths")
        }

        Repeater {
            model: root.adult.strengths

            delegate: RowLayout {
                required property string modelData
                required property int index

                Layout.fillWidth: true

                QQC2.Label {
                    Layout.fillWidth: true
                    text: "• " + modelData
                    wrapMode: Text.WordWrap
                    font.pixelSize: Style.bodySize
                }

                SecondaryButton {
                    text: qsTr("Remove")
                    onClicked: root.household.removeStrength(root.row, index)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true

            QQC2.TextField {
                id: strength

                objectName: "householdStrength" + root.row
                Layout.fillWidth: true
                placeholderText: qsTr("A strength, for example “takes the baby to clinic”")
                font.pixelSize: Style.bodySize
                background: FieldLine {}
            }

            SecondaryButton {
                objectName: "householdAddStrength" + root.row
                text: qsTr("Add")
                onClicked: {
                    if (root.household.addStrength(root.row, strength.text))
                        strength.text = "";
                }
            }
        }

        StepHeading {
            major: false
            text: qsTr("Known risks")
        }

        Repeater {
            model: root.adult.risks

            delegate: RowLayout {
                required property var modelData
                required property int index

                Layout.fillWidth: true

                QQC2.Label {
                    objectName: "householdRisk" + root.row + "." + index
                    Layout.fillWidth: true
                    text: qsTr("%1, from %2 (%3)").arg(root.household.riskKinds.find(k => k.id === modelData.kind).label).arg(modelData.source).arg(DateText.showDate(modelData.date)) + (modelData.detail.length > 0 ? ": " + modelData.detail : "")
                    wrapMode: Text.WordWrap
                    font.pixelSize: Style.bodySize
                }

                SecondaryButton {
                    text: qsTr("Remove")
                    onClicked: root.household.removeRisk(root.row, index)
                }
            }
        }

        ConcernChoices {
            Layout.fillWidth: true
            label: qsTr("Add a known risk")
            prefix: "householdRiskKind" + root.row + ":"
            options: root.household.riskKinds
            chosen: root.riskKind
            onPicked: id => root.riskKind = id
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Known from: where it is known from, for example a police notification or what the mother said")
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        QQC2.TextField {
            id: riskSource

            objectName: "householdRiskSource" + root.row
            Layout.fillWidth: true
            font.pixelSize: Style.bodySize
            Accessible.name: qsTr("Known from")
            background: FieldLine {}
        }

        DateField {
            id: riskDateField

            objectName: "householdRiskDate" + root.row
            Layout.fillWidth: true
            label: qsTr("Date")
            latest: Workspace.today()
            today: Workspace.today()
            held: root.riskDate
            onChosen: iso => root.riskDate = iso
        }

        QQC2.TextField {
            id: riskDetail

            objectName: "householdRiskDetail" + root.row
            Layout.fillWidth: true
            font.pixelSize: Style.bodySize
            placeholderText: root.riskKind === "other" ? qsTr("What the risk is (needed)") : qsTr("More detail (optional)")
            Accessible.name: placeholderText
            background: FieldLine {}
        }

        SecondaryButton {
            objectName: "householdAddRisk" + root.row
            text: qsTr("Add this risk")
            onClicked: {
                riskDateField.commit();
                // A refused date is not taken: the one held before it must not be used instead.
                if (riskDateField.error.length > 0)
                    return;
                if (root.household.addRisk(root.row, root.riskKind, riskSource.text, root.riskDate, riskDetail.text)) {
                    root.riskKind = "";
                    root.riskDate = "";
                    riskSource.text = "";
                    riskDetail.text = "";
                    riskDateField.reset();
                }
            }
        }

        SecondaryButton {
            objectName: "householdRemoveAdult" + root.row
            text: qsTr("Remove this adult")
            onClicked: root.household.removeAdult(root.row)
        }
    }
}
