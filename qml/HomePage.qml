import QtQuick
import QtQuick.Controls as QQC2
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

    header: HomeHeader {
        onDisplayRequested: displayDialog.open()
        onRoleRequested: roleDialog.open()
        onPinRequested: pinSetupDialog.open()
        onChangePasscodeRequested: root.openChangePasscode()
    }

    // The role's question and reminders scroll in an area of their own when they are taller
    // than their share of the screen (portrait, the largest text, Welsh), so the visits and the
    // caseload below always keep room for their lists. When the screen is short for the text
    // size (a landscape tablet at 200 %), the area takes a quarter in landscape too: at half,
    // a health visitor's caseload had no room left for a single child.
    Flickable {
        id: roleArea

        objectName: "roleArea"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: visible ? Style.spacingS : 0
        visible: roleHome.hasContent
        height: visible ? Math.min(contentHeight, Math.round(root.availableHeight * (root.wide ? (root.availableHeight < 10 * Style.touchTarget ? 0.25 : 0.5) : root.availableHeight < 16 * Style.touchTarget ? 0.25 : 0.35))) : 0
        contentWidth: width
        contentHeight: roleHome.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        // In the margin beside the area, so the text never runs under it. Always drawn while
        // there is more: the practitioner must see that the choices go on.
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {
            parent: roleArea.parent
            anchors.left: roleArea.right
            anchors.top: roleArea.top
            anchors.bottom: roleArea.bottom
            width: Style.spacingS
            visible: roleArea.contentHeight > roleArea.height + 1
            policy: QQC2.ScrollBar.AlwaysOn
        }

        RoleHome {
            id: roleHome

            width: roleArea.width
            wide: root.wide
        }
    }

    // The area below the header and the role's own lead; Page's own width and height include
    // the header.
    Item {
        id: body

        // In portrait, when the two panes cannot each have room for their heading and a few rows
        // (about seven touch targets, so at the largest text on a tablet or a phone), they take
        // turns under two tabs instead of each getting a sliver.
        readonly property bool tabbed: !root.wide && height < 14 * Style.touchTarget
        readonly property real paneTop: tabbed ? paneTabs.height : 0
        readonly property real paneHeight: height - paneTop

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: roleArea.visible ? roleArea.bottom : parent.top
        anchors.topMargin: roleArea.visible ? Style.spacingS : 0

        // Two tabs as a plain row of buttons: Qt 6.4's TabBar is a sideways list whose content
        // runs past the window on a phone.
        Row {
            id: paneTabs

            // 0: the caseload, 1: the visits. The role's main list first: a social worker's
            // visits, everyone else's caseload.
            property int currentIndex: root.visitsFirst ? 1 : 0

            objectName: "homeTabs"
            width: body.width
            visible: body.tabbed

            QQC2.TabButton {
                id: childrenTab

                objectName: "childrenTab"
                width: paneTabs.width / 2
                leftPadding: 0
                rightPadding: 0
                implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                checked: paneTabs.currentIndex === 0
                text: qsTr("Children")
                // Small text keeps a one-word label on one line in half a phone's width.
                font.pixelSize: Style.smallSize
                font.capitalization: Font.MixedCase
                onClicked: paneTabs.currentIndex = 0

                // Wraps rather than being cut short (half a phone's width, Welsh, 200 %).
                contentItem: QQC2.Label {
                    text: childrenTab.text
                    font.pixelSize: childrenTab.font.pixelSize
                    font.bold: childrenTab.checked
                    color: childrenTab.checked ? Style.accentText : Style.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }

                // The chosen tab is underlined and bold, not only coloured.
                background: Rectangle {
                    color: childrenTab.down ? Style.infoSurface : "transparent"

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: childrenTab.checked ? 3 : 1
                        color: childrenTab.checked ? Style.accentText : Style.divider
                    }

                    FocusRing {
                        shown: childrenTab.visualFocus
                    }
                }
            }

            QQC2.TabButton {
                id: visitsTab

                objectName: "visitsTab"
                width: paneTabs.width / 2
                leftPadding: 0
                rightPadding: 0
                implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                checked: paneTabs.currentIndex === 1
                // The visits in progress are counted, so none is forgotten behind the tab.
                text: Workspace.drafts.count > 0 ? qsTr("Visits (%1)").arg(Workspace.drafts.count) : qsTr("Visits")
                Accessible.name: Workspace.drafts.count > 0 ? qsTr("Visits: %1 in progress").arg(Workspace.drafts.count) : text
                // Small text keeps a one-word label on one line in half a phone's width.
                font.pixelSize: Style.smallSize
                font.capitalization: Font.MixedCase
                onClicked: paneTabs.currentIndex = 1

                contentItem: QQC2.Label {
                    text: visitsTab.text
                    font.pixelSize: visitsTab.font.pixelSize
                    font.bold: visitsTab.checked
                    color: visitsTab.checked ? Style.accentText : Style.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }

                // The chosen tab is underlined and bold, not only coloured.
                background: Rectangle {
                    color: visitsTab.down ? Style.infoSurface : "transparent"

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: visitsTab.checked ? 3 : 1
                        color: visitsTab.checked ? Style.accentText : Style.divider
                    }

                    FocusRing {
                        shown: visitsTab.visualFocus
                    }
                }
            }
        }

        VisitsPane {
            id: visitsPane

            objectName: "visitsPane"
            visible: !body.tabbed || paneTabs.currentIndex === 1
            x: root.wide && !root.visitsFirst ? caseloadPane.width : 0
            y: body.paneTop
            width: root.wide ? body.width - caseloadPane.width : body.width
            // In portrait the visits share the height with the caseload; larger text needs a
            // larger share for the headings and a row or two to still fit, but never so much
            // that the caseload's search and first children are pushed off a small screen.
            height: root.wide || body.tabbed ? body.paneHeight : Math.round(Math.min(body.height * Math.min(0.6, 0.42 * Math.sqrt(Style.textScale)), Math.max(body.height * 0.3, body.height - caseloadPane.usefulHeight)))
            onDiscardRequested: (draftId, childName) => discardDialog.ask(draftId, childName)
        }

        CaseloadPane {
            id: caseloadPane

            objectName: "caseloadPane"
            visible: !body.tabbed || paneTabs.currentIndex === 0
            // Under its tab the heading would only repeat the tab's word.
            showHeading: !body.tabbed
            x: root.wide && root.visitsFirst ? visitsPane.width : 0
            y: root.wide || body.tabbed ? body.paneTop : visitsPane.height
            width: root.wide ? Math.round(body.width * 0.5) : body.width
            height: root.wide || body.tabbed ? body.paneHeight : body.height - visitsPane.height
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
        function onChildVoiceSigned() {
            toastLabel.text = qsTr("The session is signed. It goes to your agency the next time Hearth can reach it.");
            toastTimer.restart();
        }

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
