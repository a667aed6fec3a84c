import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The practitioner's role, changeable here until the agency gives one at enrolment; from then on
// the agency's role is used and the choices are shown but cannot be changed, and the dialog
// says why. A choice applies at once.
QQC2.Dialog {
    id: root

    readonly property RoleSettings roles: Workspace.roles

    objectName: "roleDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingM)
    modal: true
    focus: true
    title: qsTr("Your role")

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

    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Style.spacingS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Your role decides what the home screen shows first and which reminders appear. Whatever the role, you can record every kind of visit and concern.")
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
            }

            Callout {
                objectName: "roleSetByAgency"
                Layout.fillWidth: true
                kind: Callout.Kind.Notice
                text: root.roles.setByAgency ? qsTr("Your agency has set your role as %1. It is used instead of a choice made on this tablet; ask your agency if it is wrong.").arg(choices.nameOf(root.roles.role)) : ""
            }

            RoleChoices {
                id: choices

                Layout.fillWidth: true
                enabled: !root.roles.setByAgency
                selected: root.roles.role
                onChosen: role => root.roles.choose(role)
            }

            Callout {
                Layout.fillWidth: true
                kind: Callout.Kind.Error
                text: root.roles.errorText
            }
        }
    }

    footer: Item {
        implicitHeight: doneButton.implicitHeight + 2 * Style.spacingM

        PrimaryButton {
            id: doneButton

            objectName: "roleDoneButton"
            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, parent.width - 2 * Style.spacingL)
            leftPadding: Style.spacingL
            rightPadding: Style.spacingL
            text: qsTr("Done")
            onClicked: root.close()
        }
    }
}
