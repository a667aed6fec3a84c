import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Acknowledging a flag: what the practitioner made of it, signed after the passcode like a
// visit. The flag stays on the chronology, marked acknowledged, and returns if new records add
// to it.
QQC2.Dialog {
    id: root

    property string childId
    property string ruleId

    function ask(child: string, rule: string, about: string, words: string) {
        childId = child;
        ruleId = rule;
        choice.load(child, rule, about, words);
        open();
    }

    function submit() {
        if (Workspace.signing)
            return;
        Workspace.acknowledgeFlag(root.childId, root.ruleId, choice.subject, noteField.text, passcodeInput.text);
        passcodeInput.clear();
    }

    objectName: "acknowledgeDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : 720) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 2 * Style.spacingL)
    modal: true
    focus: true
    title: qsTr("Acknowledge a flag")
    onOpened: {
        Workspace.clearSignError();
        noteField.forceActiveFocus();
    }
    onClosed: {
        noteField.clear();
        passcodeInput.clear();
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

    Connections {
        function onFlagAcknowledged() {
            root.close();
        }

        target: Workspace
    }

    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Style.spacingM

            QQC2.Label {
                objectName: "acknowledgeText"
                Layout.fillWidth: true
                text: choice.text
                font.pixelSize: Style.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
            }

            FlagChoice {
                id: choice

                objectName: "acknowledgeChoice"
                Layout.fillWidth: true
                shown: root.opened
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Your note is signed with your name and kept with the child's records. The flag is not removed: it stays here, marked acknowledged, and comes back if new records add to it.")
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
            }

            QQC2.Label {
                text: qsTr("What you made of it, and what you will do")
                font.pixelSize: Style.bodySize
            }

            QQC2.TextArea {
                id: noteField

                objectName: "acknowledgeNote"
                Layout.fillWidth: true
                Layout.minimumHeight: 3 * Style.touchTarget
                font.pixelSize: Style.entrySize
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("What you made of it, and what you will do")
            }

            PasscodeInput {
                id: passcodeInput

                objectName: "acknowledgePasscode"
                Layout.fillWidth: true
                label: qsTr("Type your passcode to sign")
                onAccepted: root.submit()
            }

            Callout {
                objectName: "acknowledgeError"
                Layout.fillWidth: true
                kind: Callout.Kind.Error
                text: Workspace.signError
            }
        }
    }

    footer: Item {
        implicitHeight: footerRow.implicitHeight + 2 * Style.spacingM

        Flow {
            id: footerRow

            anchors.right: parent.right
            anchors.left: parent.left
            anchors.leftMargin: Style.spacingL
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            layoutDirection: Qt.RightToLeft
            spacing: Style.spacingS

            PrimaryButton {
                objectName: "acknowledgeConfirm"
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                text: Workspace.signing ? qsTr("Signing…") : qsTr("Sign the acknowledgement")
                busy: Workspace.signing
                onClicked: root.submit()
            }

            SecondaryButton {
                text: qsTr("Cancel")
                enabled: !Workspace.signing
                onClicked: root.reject()
            }
        }
    }
}
