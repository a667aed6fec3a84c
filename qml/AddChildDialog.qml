import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Adds a child to the caseload on this tablet, until the agency's caseload arrives by sync.
// An unborn child is recorded with the expected date instead of a date of birth.
QQC2.Dialog {
    id: root

    function submit() {
        dateField.commit();
        if (dateField.error.length > 0)
            return;
        const id = Workspace.addChild(givenField.text, familyField.text, unborn.checked ? "" : dateField.iso, unborn.checked ? dateField.iso : "");
        if (id.length > 0)
            root.close();
    }

    objectName: "addChildDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingM)
    modal: true
    focus: true
    title: qsTr("Add a child")
    onOpened: givenField.forceActiveFocus()
    onClosed: {
        givenField.clear();
        familyField.clear();
        dateField.iso = "";
        dateField.reset();
        unborn.checked = false;
    }

    background: Rectangle {
        radius: 8
        color: Style.surfaceRaised
        border.width: 1
        border.color: Style.divider
    }

    header: QQC2.Label {
        text: root.title
        topPadding: Style.spacingL
        leftPadding: Style.spacingL
        rightPadding: Style.spacingL
        font.pixelSize: Style.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Style.spacingS

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Given name")
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        QQC2.TextField {
            id: givenField

            objectName: "childGivenField"
            Layout.fillWidth: true
            Layout.preferredHeight: Style.touchTarget + 8
            font.pixelSize: Style.bodySize
            background: FieldLine {}
            Accessible.name: qsTr("Child's given name")
            onAccepted: familyField.forceActiveFocus()
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Family name")
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        QQC2.TextField {
            id: familyField

            objectName: "childFamilyField"
            Layout.fillWidth: true
            Layout.preferredHeight: Style.touchTarget + 8
            font.pixelSize: Style.bodySize
            background: FieldLine {}
            Accessible.name: qsTr("Child's family name")
            onAccepted: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        }

        QQC2.CheckBox {
            id: unborn

            objectName: "childUnbornCheck"
            text: qsTr("Unborn child")
            font.pixelSize: Style.bodySize
            indicator: CheckMark {
                control: unborn
            }
            Accessible.name: text
        }

        DateField {
            id: dateField

            property string iso

            objectName: "childDateField"
            Layout.fillWidth: true
            today: Workspace.today()
            label: unborn.checked ? qsTr("Expected date") : qsTr("Date of birth")
            value: iso
            onChosen: date => iso = date
        }

        Callout {
            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: root.opened ? Workspace.errorText : ""
        }
    }

    footer: Item {
        implicitHeight: footerRow.implicitHeight + 2 * Style.spacingM

        RowLayout {
            id: footerRow

            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            spacing: Style.spacingS

            SecondaryButton {
                text: qsTr("Cancel")
                onClicked: root.reject()
            }

            PrimaryButton {
                objectName: "childAddButton"
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                text: qsTr("Add child")
                onClicked: root.submit()
            }
        }
    }
}
