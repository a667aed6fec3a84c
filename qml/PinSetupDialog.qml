import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Choose, change or turn off the quick re-entry PIN. The passcode proves it is the
// practitioner; the PIN is typed twice.
QQC2.Dialog {
    id: root

    function submit() {
        if (Session.busy)
            return;
        Session.setPin(passcodeInput.text, pinInput.text, confirmInput.text);
    }

    function clearFields() {
        passcodeInput.clear();
        pinInput.clear();
        confirmInput.clear();
    }

    objectName: "pinSetupDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingM)
    modal: true
    focus: true
    title: Session.pinSet ? qsTr("Change your PIN") : qsTr("Choose a PIN")
    onOpened: {
        Session.clearError();
        passcodeInput.forceActiveFocus();
    }
    onClosed: root.clearFields()

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
            spacing: Style.spacingM

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("When Hearth has not been touched for %1 min it hides your records, and this PIN brings them back. Three wrong PINs, 30 min hidden or leaving the app lock Hearth fully: then only your passcode opens it. Signing always needs your passcode.").arg(Math.max(1, Math.round(Session.idleTimeoutSeconds / 60)))
                color: Style.mutedText
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
            }

            PasscodeInput {
                id: passcodeInput

                objectName: "pinPasscodeField"
                Layout.fillWidth: true
                label: qsTr("Your passcode")
                focus: true
                onAccepted: pinInput.forceActiveFocus()
            }

            PasscodeInput {
                id: pinInput

                objectName: "pinNewField"
                Layout.fillWidth: true
                label: qsTr("New PIN (6 digits)")
                digits: true
                onAccepted: confirmInput.forceActiveFocus()
            }

            PasscodeInput {
                id: confirmInput

                objectName: "pinConfirmField"
                Layout.fillWidth: true
                label: qsTr("Type the new PIN again")
                digits: true
                onAccepted: root.submit()
            }

            Callout {
                objectName: "pinError"
                Layout.fillWidth: true
                kind: Callout.Kind.Error
                text: Session.errorText
            }

            SecondaryButton {
                objectName: "pinTurnOffButton"
                Layout.fillWidth: true
                Layout.maximumWidth: Infinity
                visible: Session.pinSet
                enabled: !Session.busy
                text: qsTr("Turn off the PIN (always ask for the passcode)")
                onClicked: {
                    Session.removePin();
                    root.close();
                }
            }
        }
    }

    footer: Item {
        implicitHeight: footerRow.implicitHeight + 2 * Style.spacingM

        // Side by side where both fit, one above the other on a phone at the largest text.
        GridLayout {
            id: footerRow

            readonly property real room: parent.width - 2 * Style.spacingL

            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, room)
            columns: cancelButton.implicitWidth + submitButton.implicitWidth + columnSpacing <= room ? 2 : 1
            columnSpacing: Style.spacingS
            rowSpacing: Style.spacingS

            QQC2.Button {
                id: cancelButton

                objectName: "pinCancelButton"
                Layout.fillWidth: footerRow.columns === 1
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
                id: submitButton

                objectName: "pinSubmitButton"
                Layout.fillWidth: true
                text: Session.busy ? qsTr("Checking…") : qsTr("Save PIN")
                busy: Session.busy
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                onClicked: root.submit()
            }
        }
    }

    Connections {
        function onPinChanged() {
            root.close();
        }

        target: Session
    }
}
