import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// "Sign and finish": shows exactly what will be signed and asks for the passcode again. Once
// signed the visit cannot be changed; corrections are amendments.
QQC2.Dialog {
    id: root

    required property VisitController visit

    function submit() {
        if (Workspace.signing)
            return;
        Workspace.sign(passcodeInput.text);
        passcodeInput.clear();
    }

    objectName: "signDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, (parent ? parent.width : 720) - 2 * Style.spacingL)
    height: (parent ? parent.height : 800) - 2 * Style.spacingL
    modal: true
    focus: true
    title: qsTr("Sign and finish")
    onOpened: {
        Workspace.clearSignError();
        passcodeInput.forceActiveFocus();
    }
    onClosed: passcodeInput.clear()

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
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

    // The summary scrolls; the passcode stays in view below it.
    ColumnLayout {
        anchors.fill: parent
        spacing: Style.spacingM

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("You are about to sign this visit record for %1. After signing it cannot be changed; any correction is added as a signed amendment that points to it.").arg(root.visit.childName)
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            objectName: "signSigner"
            Layout.fillWidth: true
            text: qsTr("Signed as: %1").arg(Workspace.signerName)
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            objectName: "signVisitId"
            Layout.fillWidth: true
            text: qsTr("Visit reference: %1").arg(root.visit.visitId)
            color: Style.mutedText
            font.pixelSize: Style.smallSize
            wrapMode: Text.WrapAnywhere
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160
            radius: 6
            color: Style.surface
            border.width: 1
            border.color: Style.divider

            QQC2.ScrollView {
                id: scroll

                objectName: "signSummary"
                anchors.fill: parent
                anchors.margins: Style.spacingS
                contentWidth: availableWidth
                clip: true

                ColumnLayout {
                    width: scroll.availableWidth - Style.spacingS
                    spacing: 0

                    Repeater {
                        model: root.visit.summary

                        delegate: SummarySection {
                            Layout.fillWidth: true
                        }
                    }

                    BodyMapView {
                        Layout.fillWidth: true
                        outline: root.visit.bodyOutline
                        marks: root.visit.bodyMarks
                    }
                }
            }
        }

        PasscodeInput {
            id: passcodeInput

            objectName: "signPasscodeField"
            Layout.fillWidth: true
            label: qsTr("Type your passcode to sign")
            onAccepted: root.submit()
        }

        Callout {
            objectName: "signError"
            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: Workspace.signError
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
                objectName: "signCancelButton"
                text: qsTr("Cancel")
                enabled: !Workspace.signing
                onClicked: root.reject()
            }

            PrimaryButton {
                objectName: "signConfirmButton"
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                text: Workspace.signing ? qsTr("Signing…") : qsTr("Sign")
                busy: Workspace.signing
                onClicked: root.submit()
            }
        }
    }
}
