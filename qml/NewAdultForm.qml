import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Adds an adult met on the visit who is not on the caseload yet: recorded on the tablet,
// linked to the child and listed as here, so nobody in the home stays invisible.
ColumnLayout {
    id: root

    required property VisitController visit
    property bool open: false

    spacing: Style.spacingS

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    SecondaryButton {
        objectName: "newAdultButton"
        visible: !root.open
        text: qsTr("Add an adult who is not listed")
        onClicked: {
            root.open = true;
            givenField.forceActiveFocus();
        }
    }

    GridLayout {
        Layout.fillWidth: true
        visible: root.open
        columns: root.width > Math.round(700 * Style.textScale) ? 2 : 1
        columnSpacing: Style.spacingM
        rowSpacing: Style.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignBottom
            spacing: Style.spacingXS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Given name")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            QQC2.TextField {
                id: givenField

                objectName: "newAdultGiven"
                Layout.fillWidth: true
                Layout.preferredHeight: Style.touchTarget + 8
                font.pixelSize: Style.bodySize
                background: FieldLine {}
                Accessible.name: qsTr("Adult's given name")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignBottom
            spacing: Style.spacingXS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Family name")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            QQC2.TextField {
                id: familyField

                objectName: "newAdultFamily"
                Layout.fillWidth: true
                Layout.preferredHeight: Style.touchTarget + 8
                font.pixelSize: Style.bodySize
                background: FieldLine {}
                Accessible.name: qsTr("Adult's family name")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignBottom
            spacing: Style.spacingXS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Who they are to the child")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            QQC2.ComboBox {
                id: roleBox

                objectName: "newAdultRole"
                Layout.fillWidth: true
                Layout.preferredHeight: Style.touchTarget + 8
                textRole: "label"
                valueRole: "value"
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Who they are to the child")
                model: [{
                        "value": "father",
                        "label": qsTr("Father")
                    }, {
                        "value": "mother",
                        "label": qsTr("Mother")
                    }, {
                        "value": "partner",
                        "label": qsTr("Partner of a parent")
                    }, {
                        "value": "father-figure",
                        "label": qsTr("Father figure")
                    }, {
                        "value": "step-parent",
                        "label": qsTr("Step-parent")
                    }, {
                        "value": "grandparent",
                        "label": qsTr("Grandparent")
                    }, {
                        "value": "carer",
                        "label": qsTr("Carer")
                    }, {
                        "value": "visitor",
                        "label": qsTr("Visitor")
                    }, {
                        "value": "other",
                        "label": qsTr("Someone else")
                    }]
            }
        }

        QQC2.CheckBox {
            id: livesHere

            objectName: "newAdultLivesHere"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignBottom
            text: qsTr("Lives with the child")
            font.pixelSize: Style.bodySize
            indicator: CheckMark {
                control: livesHere
            }
            Accessible.name: text
        }
    }

    RowLayout {
        visible: root.open
        spacing: Style.spacingS

        PrimaryButton {
            objectName: "newAdultAdd"
            text: qsTr("Add adult")
            enabled: givenField.text.trim().length > 0 || familyField.text.trim().length > 0
            onClicked: {
                if (root.visit.addNewAdult(givenField.text, familyField.text, roleBox.currentValue, livesHere.checked)) {
                    givenField.clear();
                    familyField.clear();
                    livesHere.checked = false;
                    root.open = false;
                }
            }
        }

        SecondaryButton {
            text: qsTr("Cancel")
            onClicked: root.open = false
        }
    }
}
