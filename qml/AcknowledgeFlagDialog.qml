import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Acknowledging a pattern flag: what the practitioner makes of it, then the passcode, and a
// signed record. The flag is never removed: it stays, marked acknowledged, and comes back when
// a new record adds to its evidence. Opened from a caseload row or the start of a visit.
QQC2.Dialog {
    id: root

    property string childId
    property string childName
    property string ruleId

    // `about` is the flag's subject when the caller knows it (the start of a visit); a caseload
    // row knows only the first flag's words.
    function ask(child: string, name: string, rule: string, about: string, words: string) {
        childId = child;
        childName = name;
        ruleId = rule;
        choice.load(child, rule, about, words);
        open();
    }

    function submit() {
        if (Workspace.signing)
            return;
        Workspace.acknowledgeFlag(childId, ruleId, choice.subject, noteField.text, passcodeInput.text);
        passcodeInput.clear();
    }

    objectName: "acknowledgeFlagDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingM)
    modal: true
    focus: true
    title: qsTr("Acknowledge this flag")
    onOpened: {
        Workspace.clearSignError();
        noteField.forceActiveFocus();
    }
    onClosed: {
        noteField.clear();
        passcodeInput.clear();
    }

    Connections {
        function onFlagAcknowledged() {
            root.close();
        }

        target: Workspace
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

    // Scrolls when the text is large or two flags are listed to choose from.
    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Style.spacingS

            QQC2.Label {
                objectName: "acknowledgeFlagText"
                Layout.fillWidth: true
                text: qsTr("%1: %2").arg(root.childName).arg(choice.text)
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
            }

            FlagChoice {
                id: choice

                objectName: "acknowledgeFlagChoice"
                Layout.fillWidth: true
                shown: root.opened
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("The flag stays on the record, marked acknowledged, and comes back if new evidence is recorded.")
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("What you make of it, and what you will do")
                font.pixelSize: Style.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            QQC2.TextArea {
                id: noteField

                objectName: "acknowledgeFlagNote"
                Layout.fillWidth: true
                Layout.preferredHeight: Style.touchTarget * 2
                font.pixelSize: Style.bodySize
                wrapMode: TextEdit.Wrap
                background: FieldLine {}
                Accessible.name: qsTr("What you make of this flag")
            }

            PasscodeInput {
                id: passcodeInput

                objectName: "acknowledgeFlagPasscode"
                Layout.fillWidth: true
                label: qsTr("Type your passcode to sign")
                onAccepted: root.submit()
            }

            Callout {
                objectName: "acknowledgeFlagError"
                Layout.fillWidth: true
                kind: Callout.Kind.Error
                text: root.opened ? Workspace.signError : ""
            }
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
                objectName: "acknowledgeFlagCancel"
                text: qsTr("Cancel")
                enabled: !Workspace.signing
                onClicked: root.reject()
            }

            PrimaryButton {
                objectName: "acknowledgeFlagSign"
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                text: Workspace.signing ? qsTr("Signing…") : qsTr("Sign")
                busy: Workspace.signing
                onClicked: root.submit()
            }
        }
    }
}
