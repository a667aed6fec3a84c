import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// The household and child profile editor: every adult in the child's life with who they are to
// the child and what is known about them, the other children of the household, and the child's
// health context. Changes are kept as they are made (a lock or a rotation loses nothing);
// saving asks for the passcode and signs one profile-change record, so who was known when is
// itself evidence. Cancel drops the changes and signs nothing.
QQC2.Page {
    id: root

    required property HouseholdController household
    property string childBorn

    objectName: "householdPage"
    background: Rectangle {
        color: Style.surface
    }

    // Scrolls so `item` is in view (for the tests, which cannot swipe).
    function reveal(item) {
        const top = item.mapToItem(scroll.contentItem, 0, 0).y;
        if (top >= scroll.contentY && top + item.height <= scroll.contentY + scroll.height)
            return;
        scroll.contentY = Math.max(0, Math.min(top - Style.spacingL, scroll.contentHeight - scroll.height));
    }

    function submit() {
        if (Workspace.signing)
            return;
        Workspace.saveHousehold(passcodeInput.text);
        passcodeInput.text = "";
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, headerRow.implicitHeight + 2 * Style.spacingS)
        background: Rectangle {
            color: Style.brand
        }

        RowLayout {
            id: headerRow

            anchors.fill: parent
            anchors.leftMargin: Style.spacingL
            anchors.rightMargin: Style.spacingS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Household and health: %1").arg(root.household.childName)
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                objectName: "householdCancelButton"
                Layout.maximumWidth: headerRow.width / 2
                text: root.household.changed ? qsTr("Cancel changes") : qsTr("Close")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                onClicked: Workspace.closeHousehold()
            }
        }
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        contentWidth: width
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
        // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
        // qmllint disable unqualified
        ColumnLayout {
            id: form

            x: Math.max(Style.spacingL, (scroll.width - width) / 2)
            width: Math.min(Style.contentMaxWidth, scroll.width - 2 * Style.spacingL)
            spacing: Style.spacingM

            Item {
                Layout.preferredHeight: Style.spacingS
            }

            StepHeading {
                text: qsTr("Adults in %1's life").arg(root.household.childName)
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Everyone who lives here, stays, visits or cares for the child, including adults who are not here today.")
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            // Counted, not listed: a change to one adult updates the cards in place instead of
            // building them all again under the practitioner's finger.
            Repeater {
                model: root.household.adults.length

                delegate: HouseholdAdult {
                    required property int index

                    Layout.fillWidth: true
                    household: root.household
                    row: index
                    adult: root.household.adults[index] ?? ({})
                }
            }

            RowLayout {
                Layout.fillWidth: true

                QQC2.TextField {
                    id: newAdult

                    objectName: "householdNewAdultName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name of another adult")
                    Accessible.name: placeholderText
                    font.pixelSize: Style.bodySize
                    background: FieldLine {}
                }

                SecondaryButton {
                    objectName: "householdAddAdult"
                    text: qsTr("Add an adult")
                    onClicked: {
                        root.household.addAdult(newAdult.text);
                        newAdult.text = "";
                    }
                }
            }

            StepHeading {
                text: qsTr("Other children in the household")
            }

            Repeater {
                model: root.household.otherChildren

                delegate: RowLayout {
                    required property var modelData
                    required property int index

                    Layout.fillWidth: true

                    QQC2.Label {
                        objectName: "householdChild" + index
                        Layout.fillWidth: true
                        text: modelData.dateOfBirth.length > 0 ? qsTr("%1, born %2").arg(modelData.name).arg(DateText.showDate(modelData.dateOfBirth)) : modelData.name
                        wrapMode: Text.WordWrap
                        font.pixelSize: Style.bodySize
                    }

                    SecondaryButton {
                        text: qsTr("Remove")
                        onClicked: root.household.removeChild(index)
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 700 ? 2 : 1

                QQC2.TextField {
                    id: childGiven

                    objectName: "householdChildGiven"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Given name")
                    Accessible.name: placeholderText
                    font.pixelSize: Style.bodySize
                    background: FieldLine {}
                }

                QQC2.TextField {
                    id: childFamily

                    objectName: "householdChildFamily"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Family name")
                    Accessible.name: placeholderText
                    font.pixelSize: Style.bodySize
                    background: FieldLine {}
                }
            }

            DateField {
                id: childBornField

                objectName: "householdChildBorn"
                Layout.fillWidth: true
                label: qsTr("Date of birth")
                latest: Workspace.today()
                today: Workspace.today()
                held: root.childBorn
                onChosen: iso => root.childBorn = iso
            }

            SecondaryButton {
                objectName: "householdAddChild"
                text: qsTr("Add this child")
                onClicked: {
                    childBornField.commit();
                    // A refused date is not taken: the one held before it must not be used instead.
                    if (childBornField.error.length > 0)
                        return;
                    if (root.household.addChild(childGiven.text, childFamily.text, root.childBorn).length > 0) {
                        childGiven.text = "";
                        childFamily.text = "";
                        root.childBorn = "";
                        childBornField.reset();
                    }
                }
            }

            HouseholdHealth {
                Layout.fillWidth: true
                household: root.household
            }

            HouseholdLifeEvent {
                Layout.fillWidth: true
                household: root.household
            }

            Callout {
                objectName: "householdError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.household.errorText.length > 0 ? root.household.errorText : Workspace.signError
            }

            Callout {
                objectName: "householdMissing"
                Layout.fillWidth: true
                visible: root.household.missing.length > 0
                kind: Callout.Kind.Notice
                text: root.household.missing
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Saved as: %1. Saving signs these details as a record; later changes are new records, so the history of who was known when is kept.").arg(Workspace.signerName)
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            PasscodeInput {
                id: passcodeInput

                objectName: "householdPasscode"
                Layout.fillWidth: true
                label: qsTr("Your passcode, to save")
                onAccepted: root.submit()
            }

            PrimaryButton {
                objectName: "householdSaveButton"
                Layout.fillWidth: true
                enabled: root.household.missing.length === 0 && !Workspace.signing
                text: Workspace.signing ? qsTr("Saving…") : qsTr("Save the household")
                busy: Workspace.signing
                onClicked: root.submit()
            }

            Item {
                Layout.preferredHeight: Style.spacingL
            }
        }
    }
}
