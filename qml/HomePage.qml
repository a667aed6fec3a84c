import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// The practitioner's start screen: visits in progress and signed visits beside the caseload,
// which can be searched and added to on the tablet. Starting a visit is one tap on a child.
QQC2.Page {
    id: root

    readonly property bool wide: availableWidth > availableHeight
    // A social worker's visits come before the caseload (left in landscape); a health visitor's
    // caseload stays first. The school nurse's concern log leads from RoleHome.
    readonly property bool visitsFirst: Workspace.roles.role === "social-worker"

    function openChangePasscode() {
        Session.clearError();
        changePasscodeDialog.open();
    }

    objectName: "homePage"
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, headerGrid.implicitHeight + 2 * Style.spacingS)

        // Flat, without Material's shader-drawn shadow (see PrimaryButton).
        background: Rectangle {
            color: Style.brand
        }

        // The actions sit beside the title while they fit, and wrap onto lines of their own
        // below it at large text sizes or in a longer language.
        GridLayout {
            id: headerGrid

            readonly property real actionsWidth: concernButton.implicitWidth + Style.spacingS + (resumeConcernButton.visible ? resumeConcernButton.implicitWidth + Style.spacingS : 0) + displayButton.implicitWidth + roleButton.implicitWidth + Style.spacingS + pinButton.implicitWidth + changePasscodeButton.implicitWidth + lockButton.width + 3 * Style.spacingS

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Style.spacingL
            anchors.rightMargin: Style.spacingS
            columns: titleLabel.implicitWidth + Style.spacingS + actionsWidth <= width ? 2 : 1
            columnSpacing: Style.spacingS
            rowSpacing: 0

            QQC2.Label {
                id: titleLabel

                Layout.fillWidth: true
                text: qsTr("Hearth")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }

            Flow {
                // Beside the title it takes exactly the actions' width (the check above says it
                // fits); below it, the whole width to wrap in.
                Layout.fillWidth: headerGrid.columns === 1
                Layout.preferredWidth: headerGrid.columns === 2 ? Math.ceil(headerGrid.actionsWidth) : -1
                Layout.minimumWidth: headerGrid.columns === 2 ? Math.ceil(headerGrid.actionsWidth) : 0
                Layout.alignment: Qt.AlignRight
                // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
                Layout.preferredHeight: childrenRect.height
                spacing: Style.spacingS

                // A concern is logged from here in one tap, whatever else is open on the screen.
                QQC2.ToolButton {
                    id: concernButton

                    objectName: "logConcernButton"
                    height: Style.touchTarget
                    text: qsTr("Log a concern")
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    Accessible.name: text
                    onClicked: Workspace.startConcern()
                }

                QQC2.ToolButton {
                    id: resumeConcernButton

                    objectName: "resumeConcernButton"
                    // Wraps on a phone at the largest text rather than be cut short.
                    implicitWidth: Math.ceil(resumeLine.advanceWidth) + leftPadding + rightPadding
                    width: Math.min(implicitWidth, parent.width)
                    visible: Workspace.openConcerns > 0
                    height: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    text: qsTr("Unsigned concerns: %1").arg(Workspace.openConcerns)
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    Accessible.name: qsTr("Continue an unsigned concern")
                    onClicked: Workspace.resumeConcern()

                    // Material's ripple sizes itself from the one-line width, past a phone's edge.
                    background: Rectangle {
                        radius: 6
                        color: resumeConcernButton.down ? Style.brandDeep : "transparent"

                        FocusRing {
                            shown: resumeConcernButton.visualFocus
                            border.color: Style.brandText
                        }
                    }

                    contentItem: QQC2.Label {
                        text: resumeConcernButton.text
                        font: resumeConcernButton.font
                        color: Style.brandText
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }

                    TextMetrics {
                        id: resumeLine

                        font: resumeConcernButton.font
                        text: resumeConcernButton.text
                    }
                }

                QQC2.ToolButton {
                    id: displayButton

                    objectName: "displayButton"
                    height: Style.touchTarget
                    text: qsTr("Text size")
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    Accessible.name: qsTr("Text size and colours")
                    onClicked: displayDialog.open()
                }

                QQC2.ToolButton {
                    id: roleButton

                    objectName: "roleButton"
                    height: Style.touchTarget
                    text: qsTr("Role")
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    Accessible.name: qsTr("Your role")
                    onClicked: roleDialog.open()
                }

                QQC2.ToolButton {
                    id: pinButton

                    objectName: "pinButton"
                    height: Style.touchTarget
                    text: qsTr("PIN")
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    Accessible.name: qsTr("Quick re-entry PIN")
                    onClicked: pinSetupDialog.open()
                }

                QQC2.ToolButton {
                    id: changePasscodeButton

                    objectName: "changePasscodeButton"
                    height: Style.touchTarget
                    text: qsTr("Change passcode")
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    Accessible.name: text
                    onClicked: root.openChangePasscode()
                }

                QQC2.ToolButton {
                    id: lockButton

                    objectName: "lockButton"
                    height: Style.touchTarget
                    width: Math.max(implicitWidth, Style.touchTarget)
                    text: qsTr("Lock")
                    font.capitalization: Font.MixedCase
                    font.pixelSize: Style.bodySize
                    font.bold: true
                    Accessible.name: qsTr("Lock Hearth")
                    onClicked: Session.lock()
                }
            }
        }
    }

    RoleHome {
        id: roleHome

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Style.spacingS
        wide: root.wide
    }

    // The area below the header and the role's own lead; Page's own width and height include
    // the header.
    Item {
        id: body

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: roleHome.bottom
        anchors.topMargin: Style.spacingS

        VisitsPane {
            id: visitsPane

            objectName: "visitsPane"
            x: root.wide && !root.visitsFirst ? caseloadPane.width : 0
            y: 0
            width: root.wide ? body.width - caseloadPane.width : body.width
            // In portrait the visits share the height with the caseload; larger text needs a
            // larger share for the headings and a row or two to still fit, but never so much
            // that the caseload's search and first children are pushed off a small screen.
            height: root.wide ? body.height : Math.round(Math.min(body.height * Math.min(0.6, 0.42 * Math.sqrt(Style.textScale)), Math.max(body.height * 0.3, body.height - caseloadPane.usefulHeight)))
            onDiscardRequested: (draftId, childName) => discardDialog.ask(draftId, childName)
        }

        CaseloadPane {
            id: caseloadPane

            objectName: "caseloadPane"
            x: root.wide && root.visitsFirst ? visitsPane.width : 0
            y: root.wide ? 0 : visitsPane.height
            width: root.wide ? Math.round(body.width * 0.5) : body.width
            height: root.wide ? body.height : body.height - visitsPane.height
            onAddChildRequested: addChildDialog.open()
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

    DisplayDialog {
        id: displayDialog
    }

    AddChildDialog {
        id: addChildDialog
    }

    PinSetupDialog {
        id: pinSetupDialog
    }

    RoleDialog {
        id: roleDialog
    }

    ConfirmDialog {
        id: discardDialog

        property string draftId

        function ask(id: string, childName: string) {
            draftId = id;
            message = qsTr("Discard the visit draft for %1? What was recorded in it will be deleted from this tablet and cannot be brought back.").arg(childName);
            open();
        }

        objectName: "discardDialog"
        title: qsTr("Discard this draft?")
        confirmText: qsTr("Discard draft")
        onAccepted: Workspace.discardDraft(draftId)
    }

    Connections {
        function onConcernSigned() {
            toastLabel.text = qsTr("The concern is signed. It goes to your agency the next time Hearth can reach it.");
            toastTimer.restart();
        }

        function onMissingSigned() {
            toastLabel.text = qsTr("The episode is signed. It goes to your agency the next time Hearth can reach it.");
            toastTimer.restart();
        }

        target: Workspace
    }

    Connections {
        function onPasscodeChanged() {
            changePasscodeDialog.close();
            toastLabel.text = qsTr("Your passcode has been changed.");
            toastTimer.restart();
        }

        target: Session
    }
}
