import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Visits in progress (resume, discard) and signed visits (open read-only).
Rectangle {
    id: root

    signal discardRequested(string draftId, string childName)

    color: Style.infoSurface

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Style.spacingL
            width: scroll.availableWidth - 2 * Style.spacingL
            spacing: Style.spacingS

            Item {
                implicitHeight: Style.spacingS
            }

            StepHeading {
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

            Repeater {
                model: Workspace.drafts

                delegate: Rectangle {
                    id: draft

                    required property string recordId
                    required property string childName
                    required property string when
                    required property string detail

                    Layout.fillWidth: true
                    implicitHeight: draftRow.implicitHeight + 2 * Style.spacingS
                    radius: 6
                    color: "white"
                    border.width: 1
                    border.color: Style.disabledSurface

                    RowLayout {
                        id: draftRow

                        anchors.fill: parent
                        anchors.leftMargin: Style.spacingM
                        anchors.rightMargin: Style.spacingS
                        spacing: Style.spacingS

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: draft.childName
                                font.pixelSize: Style.bodySize
                                font.bold: true
                                elide: Text.ElideRight
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 · changed %2").arg(draft.detail).arg(draft.when)
                                color: Style.mutedText
                                font.pixelSize: Style.smallSize
                                wrapMode: Text.WordWrap
                            }
                        }

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

            StepHeading {
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

            Repeater {
                model: Workspace.signedVisits

                delegate: QQC2.ItemDelegate {
                    id: signedRow

                    required property string recordId
                    required property string childName
                    required property string when
                    required property string detail

                    objectName: "signedVisit:" + childName
                    Layout.fillWidth: true
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
                            elide: Text.ElideRight
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("%1 · %2").arg(signedRow.detail).arg(signedRow.when)
                            color: Style.mutedText
                            font.pixelSize: Style.smallSize
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            Callout {
                Layout.fillWidth: true
                Layout.topMargin: Style.spacingM
                kind: Callout.Kind.Error
                text: Workspace.problem
            }

            Item {
                implicitHeight: Style.spacingM
            }
        }
    }
}
