import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Change the passcode: the current one proves it is the practitioner, then the new one
// twice. Only the key file is rewritten; the records are not touched.
QQC2.Dialog {
    id: root

    function submit() {
        if (Session.busy)
            return;
        Session.changePasscode(oldInput.text, newInput.text, confirmInput.text);
    }

    function clearFields() {
        oldInput.clear();
        newInput.clear();
        confirmInput.clear();
    }

    objectName: "changePasscodeDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingM)
    modal: true
    focus: true
    title: qsTr("Change passcode")
    onOpened: oldInput.forceActiveFocus()

    // Drawn without Material's shader-drawn shadow (see PrimaryButton).
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
    onClosed: root.clearFields()

    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Style.spacingM

            PasscodeInput {
                id: oldInput

                objectName: "changeOldField"
                Layout.fillWidth: true
                label: qsTr("Current passcode")
                focus: true
                onAccepted: newInput.forceActiveFocus()
            }

            PasscodeInput {
                id: newInput

                objectName: "changeNewField"
                Layout.fillWidth: true
                label: qsTr("New passcode")
                onTextChanged: rules.evaluate(text)
                onAccepted: confirmInput.forceActiveFocus()
            }

            RuleChecklist {
                id: rules

                Layout.fillWidth: true
            }

            PasscodeInput {
                id: confirmInput

                objectName: "changeConfirmField"
                Layout.fillWidth: true
                label: qsTr("Type the new passcode again")
                onAccepted: root.submit()
            }

            Callout {
                objectName: "changeError"
                Layout.fillWidth: true
                kind: Callout.Kind.Error
                text: Session.errorText
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

            QQC2.Button {
                objectName: "changeCancelButton"
                Layout.preferredHeight: Style.touchTarget + 8
                text: qsTr("Cancel")
                flat: true
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                enabled: !Session.busy
                Accessible.name: text
                onClicked: root.reject()
            }

            PrimaryButton {
                objectName: "changeSubmitButton"
                text: Session.busy ? qsTr("Changing…") : qsTr("Change passcode")
                busy: Session.busy
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                onClicked: root.submit()
            }
        }
    }
}
