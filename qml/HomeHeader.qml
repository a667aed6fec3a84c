import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// The home screen's bar: the app's name, logging a concern in one tap whatever else is open,
// an unsigned concern to go back to, and the practitioner's own settings and the lock. The
// actions sit beside the name while they fit, on a line of their own below it while they fit
// there; where even that line would wrap (a phone or a portrait tablet at the largest text)
// the settings and the lock fold into one Menu, so the bar never takes the height the visits
// and the caseload need. Logging a concern never folds away; an unsigned concern folded into
// the Menu is counted on its button.
QQC2.ToolBar {
    id: root

    signal displayRequested
    signal roleRequested
    signal pinRequested
    signal changePasscodeRequested

    // The settings, the lock and an unsigned concern are in the Menu.
    readonly property bool folded: headerGrid.allWidth > root.width - Style.spacingL - Style.spacingS

    Material.foreground: Style.brandText
    implicitHeight: Math.max(Style.barHeight, headerGrid.implicitHeight + 2 * Style.spacingS)

    // Flat, without Material's shader-drawn shadow (see PrimaryButton).
    background: Rectangle {
        color: Style.brand
    }

    GridLayout {
        id: headerGrid

        // Every action on one line, and what shows when folded.
        readonly property real leadWidth: concernButton.implicitWidth + Style.spacingS
        // Without the unsigned concerns, which wrap onto a line of their own while the rest fit.
        readonly property real allWidth: leadWidth + displayButton.implicitWidth + roleButton.implicitWidth + pinButton.implicitWidth + changePasscodeButton.implicitWidth + lockButton.width + 4 * Style.spacingS
        readonly property real actionsWidth: root.folded ? leadWidth + menuButton.width : allWidth
        // Measured against the bar with the title's margins, not this grid's width (which
        // changes when the title goes), so the choice cannot feed back into itself.
        readonly property bool titleFits: titleLabel.implicitWidth + Style.spacingS + actionsWidth <= root.width - Style.spacingL - Style.spacingS

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: titleLabel.visible ? Style.spacingL : Style.spacingS
        anchors.rightMargin: Style.spacingS
        columns: titleFits ? 2 : 1
        columnSpacing: Style.spacingS
        rowSpacing: 0

        QQC2.Label {
            id: titleLabel

            Layout.fillWidth: true
            // The app's name is the one thing here a practitioner does not need: where it
            // would take a line of its own above the folded actions, it gives the line back.
            visible: headerGrid.titleFits || !root.folded
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
                visible: Workspace.openConcerns > 0 && !root.folded
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
                visible: !root.folded
                height: Style.touchTarget
                text: qsTr("Text size")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Text size and colours")
                onClicked: root.displayRequested()
            }

            QQC2.ToolButton {
                id: roleButton

                objectName: "roleButton"
                visible: !root.folded
                height: Style.touchTarget
                text: qsTr("Role")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Your role")
                onClicked: root.roleRequested()
            }

            QQC2.ToolButton {
                id: pinButton

                objectName: "pinButton"
                visible: !root.folded
                height: Style.touchTarget
                text: qsTr("PIN")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Quick re-entry PIN")
                onClicked: root.pinRequested()
            }

            QQC2.ToolButton {
                id: changePasscodeButton

                objectName: "changePasscodeButton"
                visible: !root.folded
                height: Style.touchTarget
                text: qsTr("Change passcode")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: text
                onClicked: root.changePasscodeRequested()
            }

            QQC2.ToolButton {
                id: lockButton

                objectName: "lockButton"
                visible: !root.folded
                height: Style.touchTarget
                width: Math.max(implicitWidth, Style.touchTarget)
                text: qsTr("Lock")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                font.bold: true
                Accessible.name: qsTr("Lock Hearth")
                onClicked: Session.lock()
            }

            QQC2.ToolButton {
                id: menuButton

                objectName: "homeMenuButton"
                visible: root.folded
                height: Style.touchTarget
                width: Math.max(implicitWidth, Style.touchTarget)
                // The word where it fits beside "Log a concern", else the usual three dots.
                text: headerGrid.leadWidth + Math.ceil(menuWord.advanceWidth) + leftPadding + rightPadding <= root.width - 2 * Style.spacingS ? menuWord.text : Workspace.openConcerns > 0 ? "⋮ " + Workspace.openConcerns : "⋮"
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: Workspace.openConcerns > 0 ? qsTr("Menu: unsigned concerns (%1), text size, role, PIN, passcode and lock").arg(Workspace.openConcerns) : qsTr("Menu: text size, role, PIN, passcode and lock")
                onClicked: actionsMenu.open()

                TextMetrics {
                    id: menuWord

                    font: menuButton.font
                    // An unsigned concern is counted on the button, so it is not forgotten.
                    text: Workspace.openConcerns > 0 ? qsTr("Menu (%1)").arg(Workspace.openConcerns) : qsTr("Menu")
                }

                QQC2.Menu {
                    id: actionsMenu

                    objectName: "homeMenu"
                    // Below the bar, inside the window, right-aligned with the button.
                    y: menuButton.height
                    x: Math.min(0, menuButton.width - width)
                    // As wide as its longest entry (Qt 6.4's Menu does not measure them).
                    width: Math.min(Math.max(implicitWidth, resumeEntry.implicitWidth, displayEntry.implicitWidth, roleEntry.implicitWidth, pinEntry.implicitWidth, passcodeEntry.implicitWidth, lockEntry.implicitWidth) + leftPadding + rightPadding, root.width - 2 * Style.spacingS)
                    // The bar's white text would be lost on the menu's own background.
                    Material.foreground: Style.text
                    Material.background: Style.surfaceRaised

                    HomeMenuItem {
                        id: resumeEntry

                        objectName: "resumeConcernMenuItem"
                        visible: Workspace.openConcerns > 0
                        height: visible ? implicitHeight : 0
                        text: qsTr("Unsigned concerns: %1").arg(Workspace.openConcerns)
                        font.bold: true
                        onTriggered: Workspace.resumeConcern()
                    }

                    HomeMenuItem {
                        id: displayEntry

                        objectName: "displayMenuItem"
                        text: qsTr("Text size")
                        onTriggered: root.displayRequested()
                    }

                    HomeMenuItem {
                        id: roleEntry

                        objectName: "roleMenuItem"
                        text: qsTr("Role")
                        onTriggered: root.roleRequested()
                    }

                    HomeMenuItem {
                        id: pinEntry

                        objectName: "pinMenuItem"
                        text: qsTr("PIN")
                        onTriggered: root.pinRequested()
                    }

                    HomeMenuItem {
                        id: passcodeEntry

                        objectName: "changePasscodeMenuItem"
                        text: qsTr("Change passcode")
                        onTriggered: root.changePasscodeRequested()
                    }

                    HomeMenuItem {
                        id: lockEntry

                        objectName: "lockMenuItem"
                        text: qsTr("Lock")
                        font.bold: true
                        onTriggered: Session.lock()
                    }
                }
            }
        }
    }
}
