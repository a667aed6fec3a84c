import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Visits in progress (resume, discard) and signed visits (open read-only). Both are ListViews
// over paged models: a year of signed visits makes only the delegates on screen.
Rectangle {
    id: root

    signal discardRequested(string draftId, string childName)

    color: Style.infoSurface
    // At the largest text sizes the pane's content can be taller than the pane: it must
    // not draw over the caseload below it.
    clip: true

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Style.spacingL
        anchors.rightMargin: Style.spacingL
        anchors.topMargin: 2 * Style.spacingS
        anchors.bottomMargin: Style.spacingS
        spacing: Style.spacingS

        StepHeading {
            Layout.fillWidth: true
            text: qsTr("Visits in progress")
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: Workspace.drafts.count === 0
            text: qsTr("None. Start a visit from the list of children; it is saved as you go.")
            color: Style.mutedText
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        // Direct work with a child outside a visit; a social worker, or anyone with a session
        // not yet signed, has it first, above.
        SecondaryButton {
            objectName: "childVoiceButton"
            visible: Workspace.roles.role !== "social-worker" && Workspace.openChildVoiceSessions === 0
            text: qsTr("Session with a child")
            onClicked: Workspace.startChildVoice()
        }

        ListView {
            id: draftList

            objectName: "draftList"
            Layout.fillWidth: true
            // Drafts take what they need, up to half the pane; the rest is for signed visits.
            Layout.preferredHeight: Math.min(contentHeight, root.height * 0.5)
            visible: Workspace.drafts.count > 0
            clip: true
            spacing: Style.spacingS
            boundsBehavior: Flickable.StopAtBounds
            model: Workspace.drafts

            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: Rectangle {
                id: draft

                required property string recordId
                required property string childName
                required property string when
                required property string detail

                width: draftList.width
                implicitHeight: draftRow.implicitHeight + 2 * Style.spacingS
                radius: 6
                color: Style.surfaceRaised
                border.width: 1
                border.color: Style.divider

                // The buttons go below the name when the text is too large to share the row.
                GridLayout {
                    id: draftRow

                    anchors.fill: parent
                    anchors.leftMargin: Style.spacingM
                    anchors.rightMargin: Style.spacingS
                    anchors.topMargin: Style.spacingS
                    anchors.bottomMargin: Style.spacingS
                    columns: draft.width > Style.touchTarget * 10 ? 2 : 1
                    columnSpacing: Style.spacingS
                    rowSpacing: Style.spacingXS

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: draft.childName
                            font.pixelSize: Style.bodySize
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · changed %2").arg(draft.detail).arg(draft.when)
                            color: Style.mutedText
                            font.pixelSize: Style.smallSize
                            wrapMode: Text.WordWrap
                        }
                    }

                    RowLayout {
                        Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                        spacing: Style.spacingS

                        SecondaryButton {
                            objectName: "discardDraft:" + draft.childName
                            text: qsTr("Discard")
                            Accessible.name: qsTr("Discard the draft for %1").arg(draft.childName)
                            onClicked: root.discardRequested(draft.recordId, draft.childName)
                        }

                        PrimaryButton {
                            objectName: "resumeDraft:" + draft.childName
                            implicitHeight: Style.touchTarget
                            leftPadding: Style.spacingM
                            rightPadding: Style.spacingM
                            text: qsTr("Resume")
                            Accessible.name: qsTr("Resume the visit for %1").arg(draft.childName)
                            onClicked: Workspace.openDraft(draft.recordId)
                        }
                    }
                }
            }
        }

        StepHeading {
            Layout.fillWidth: true
            major: false
            text: qsTr("Signed visits")
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: Workspace.signedVisits.count === 0
            text: qsTr("None yet.")
            color: Style.mutedText
            font.pixelSize: Style.bodySize
        }

        ListView {
            id: signedList

            objectName: "signedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Workspace.signedVisits

            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            delegate: QQC2.ItemDelegate {
                id: signedRow

                required property string recordId
                required property string childName
                required property string when
                required property string detail

                objectName: "signedVisit:" + childName
                width: signedList.width
                implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
                Accessible.name: qsTr("Signed visit for %1, %2").arg(childName).arg(when)
                onClicked: Workspace.openSigned(recordId)

                contentItem: ColumnLayout {
                    spacing: 2

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: signedRow.childName
                        font.pixelSize: Style.bodySize
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(signedRow.detail).arg(signedRow.when)
                        color: Style.mutedText
                        font.pixelSize: Style.smallSize
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }

        Callout {
            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: Workspace.errorText
        }
    }
}
