import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// The practitioner's start screen. Visits and the caseload come with later work; for now
// it says so plainly, and offers locking and changing the passcode.
QQC2.Page {
    id: root

    function openChangePasscode() {
        Session.clearErrors();
        changePasscodeDialog.open();
    }

    objectName: "homePage"
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: 64

        // Flat, without Material's shader-drawn shadow (see PrimaryButton).
        background: Rectangle {
            color: Style.brand
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Style.spacingL
            anchors.rightMargin: Style.spacingS
            spacing: Style.spacingS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Hearth")
                font.pixelSize: Style.titleSize
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                objectName: "changePasscodeButton"
                Layout.preferredHeight: Style.touchTarget
                text: qsTr("Change passcode")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: text
                onClicked: root.openChangePasscode()
            }

            QQC2.ToolButton {
                objectName: "lockButton"
                Layout.preferredHeight: Style.touchTarget
                Layout.minimumWidth: 96
                text: qsTr("Lock")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                font.bold: true
                Accessible.name: qsTr("Lock Hearth")
                onClicked: Session.lock()
            }
        }
    }

    Flickable {
        id: flickable

        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, emptyState.implicitHeight + 2 * Style.spacingXL)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: emptyState

            objectName: "emptyState"
            width: Math.min(Style.contentMaxWidth, flickable.width - 2 * Style.spacingL)
            x: Math.round((flickable.width - width) / 2)
            y: Math.max(Style.spacingXL, Math.round((flickable.height - implicitHeight) / 2.5))
            spacing: Style.spacingM

            HomeIllustration {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: Style.spacingS
            }

            QQC2.Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No visits yet")
                font.pixelSize: Style.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }

            QQC2.Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Visits you record on this tablet will be listed here. The children and families you work with will appear once this tablet is linked to your agency.")
                color: Style.mutedText
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }

            Callout {
                Layout.fillWidth: true
                Layout.topMargin: Style.spacingM
                kind: Callout.Kind.Info
                text: qsTr("Hearth locks itself after %n minute(s) without use and whenever you switch to another app. Your records stay encrypted on this tablet.", "", Math.round(Session.idleTimeoutSeconds / 60))
            }
        }
    }

    Rectangle {
        id: toast

        objectName: "passcodeChangedToast"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Style.spacingL
        width: Math.min(toastLabel.implicitWidth + 2 * Style.spacingL, root.width - 2 * Style.spacingL)
        height: Math.max(Style.touchTarget, toastLabel.implicitHeight + 2 * Style.spacingM)
        radius: 8
        color: Style.brandDeep
        visible: toastTimer.running
        Accessible.role: Accessible.AlertMessage
        Accessible.name: toastLabel.text

        QQC2.Label {
            id: toastLabel

            anchors.centerIn: parent
            width: Math.min(implicitWidth, toast.width - 2 * Style.spacingL)
            text: qsTr("Your passcode has been changed.")
            color: Style.brandText
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        Timer {
            id: toastTimer

            interval: 4000
        }
    }

    ChangePasscodeDialog {
        id: changePasscodeDialog
    }

    Connections {
        function onPasscodeChanged() {
            changePasscodeDialog.close();
            toastTimer.restart();
        }

        target: Session
    }
}
