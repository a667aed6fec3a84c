import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Adds a signed amendment to a signed visit: what the record should now say and why.
QQC2.Dialog {
    id: root

    required property SignedVisit record

    objectName: "amendDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.contentMaxWidth, (parent ? parent.width : Style.contentMaxWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingL)
    modal: true
    focus: true
    title: qsTr("Amend this visit")
    onOpened: {
        root.record.clearError();
        correctionField.forceActiveFocus();
    }
    onClosed: {
        correctionField.clear();
        reasonField.clear();
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
            text: qsTr("The signed visit stays as it is. The amendment is signed as a new record that points to it.")
            color: Style.mutedText
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("What should the record now say?")
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        QQC2.TextArea {
            id: correctionField

            objectName: "amendCorrectionField"
            Layout.fillWidth: true
            Layout.minimumHeight: Style.touchTarget * 2
            wrapMode: TextEdit.Wrap
            font.pixelSize: Style.bodySize
            background: FieldLine {}
            Accessible.name: qsTr("What the record should now say")
            Keys.onTabPressed: event => reasonField.forceActiveFocus(Qt.TabFocusReason)
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Reason for the amendment")
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        QQC2.TextField {
            id: reasonField

            objectName: "amendReasonField"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Style.touchTarget + 8, implicitHeight)
            font.pixelSize: Style.bodySize
            background: FieldLine {}
            Accessible.name: qsTr("Reason for the amendment")
            onAccepted: amendConfirm.clicked()
        }

        Callout {
            objectName: "amendError"
            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: root.record.errorText
        }
    }

    footer: Item {
        implicitHeight: footerRow.implicitHeight + 2 * Style.spacingM

        // Side by side where both fit, one above the other on a phone at the largest text.
        GridLayout {
            id: footerRow

            readonly property real room: parent.width - 2 * Style.spacingL
            // The confirm button's width side by side, from its words and its wide padding: its
            // implicitWidth cannot decide, since its padding follows the number of columns.
            readonly property real confirmBesideWidth: Math.ceil(confirmLine.advanceWidth) + 2 * Style.spacingL

            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, room)
            columns: amendCancel.implicitWidth + confirmBesideWidth + columnSpacing <= room ? 2 : 1
            columnSpacing: Style.spacingS
            rowSpacing: Style.spacingS

            SecondaryButton {
                id: amendCancel

                Layout.fillWidth: footerRow.columns === 1
                Layout.maximumWidth: footerRow.columns === 1 ? footerRow.room : implicitWidth
                text: qsTr("Cancel")
                onClicked: root.reject()
            }

            TextMetrics {
                id: confirmLine

                font: amendConfirm.font
                text: amendConfirm.text
            }

            PrimaryButton {
                id: amendConfirm

                objectName: "amendConfirmButton"
                Layout.fillWidth: true
                // On a phone at the largest text a long word needs the padding's room.
                leftPadding: footerRow.columns === 1 ? Style.spacingS : Style.spacingL
                rightPadding: footerRow.columns === 1 ? Style.spacingS : Style.spacingL
                text: qsTr("Sign amendment")
                onClicked: {
                    if (root.record.amend(reasonField.text, correctionField.text))
                        root.close();
                }
            }
        }
    }
}
