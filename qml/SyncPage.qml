import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// Sending to the agency: enrolment the first time (address and one-time code, then the
// server's fingerprint to compare before anything is sent), afterwards the state of the
// outbox, "sync now", what went wrong in plain words, and the history of attempts.
QQC2.Page {
    id: root

    readonly property bool enrolling: EnrolmentWizard.step === EnrolmentWizard.Probing || EnrolmentWizard.step === EnrolmentWizard.Enrolling

    objectName: "syncPage"
    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this file.
    // qmllint disable unqualified
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, headerGrid.implicitHeight + 2 * Style.spacingS)

        background: Rectangle {
            color: Style.brand
        }

        // The title goes below the Back button when the two do not fit on one line.
        GridLayout {
            id: headerGrid

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Style.spacingS
            anchors.rightMargin: Style.spacingM
            columns: backButton.implicitWidth + titleLabel.implicitWidth + columnSpacing <= width ? 2 : 1
            columnSpacing: Style.spacingS
            rowSpacing: 0

            QQC2.ToolButton {
                id: backButton

                objectName: "closeSyncButton"
                Layout.preferredHeight: Style.touchTarget
                text: qsTr("‹ Back")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Back to where you were")
                onClicked: SyncStatus.closeScreen()
            }

            QQC2.Label {
                id: titleLabel

                Layout.fillWidth: true
                Layout.leftMargin: headerGrid.columns === 1 ? Style.spacingS : 0
                text: qsTr("Sending to your agency")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
            }
        }
    }

    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Math.max(Style.spacingL, Math.round((scroll.availableWidth - width) / 2))
            width: Math.min(Style.pageMaxWidth, scroll.availableWidth - 2 * Style.spacingL)
            spacing: Style.spacingM

            Item {
                Layout.preferredHeight: Style.spacingS
            }

            // --- Enrolment -------------------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                visible: !SyncStatus.enrolled
                spacing: Style.spacingM

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Connect this tablet to your agency")
                    font.pixelSize: Style.headingSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Your agency gives you its server address and a one-time enrolment code, or a QR code whose text you can paste into the address box. Until the tablet is connected, everything you record stays encrypted on this tablet, and signed visits wait here to be sent.")
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.WordWrap
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Agency server address")
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }

                QQC2.TextField {
                    id: serverField

                    objectName: "enrolServerField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Style.touchTarget + 8, implicitHeight)
                    text: EnrolmentWizard.suggestedServer
                    enabled: EnrolmentWizard.step === EnrolmentWizard.Idle
                    placeholderText: qsTr("Server address, for example sync.youragency.gov.uk")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    font.pixelSize: Style.bodySize
                    placeholderTextColor: Style.placeholderText
                    background: FieldLine {}
                    Accessible.name: qsTr("Agency server address, or the text of the enrolment QR code")
                    onAccepted: codeField.forceActiveFocus()
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Enrolment code")
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }

                QQC2.TextField {
                    id: codeField

                    objectName: "enrolCodeField"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Style.touchTarget + 8, implicitHeight)
                    text: EnrolmentWizard.suggestedCode
                    enabled: EnrolmentWizard.step === EnrolmentWizard.Idle
                    placeholderText: qsTr("Enrolment code, for example 7KQ2-M9XD-4HTV-0BZC")
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                    font.pixelSize: Style.bodySize
                    placeholderTextColor: Style.placeholderText
                    background: FieldLine {}
                    Accessible.name: qsTr("Enrolment code")
                    onAccepted: connectButton.clicked()
                }

                Callout {
                    objectName: "enrolError"
                    Layout.fillWidth: true
                    text: EnrolmentWizard.errorText
                }

                PrimaryButton {
                    id: connectButton

                    objectName: "enrolConnectButton"
                    Layout.fillWidth: true
                    visible: EnrolmentWizard.step !== EnrolmentWizard.Confirm
                    enabled: EnrolmentWizard.step === EnrolmentWizard.Idle
                    busy: root.enrolling
                    text: EnrolmentWizard.step === EnrolmentWizard.Probing ? qsTr("Contacting the server…") : EnrolmentWizard.step === EnrolmentWizard.Enrolling ? qsTr("Enrolling…") : qsTr("Connect")
                    onClicked: EnrolmentWizard.begin(serverField.text, codeField.text)
                }

                Rectangle {
                    Layout.fillWidth: true
                    visible: EnrolmentWizard.step === EnrolmentWizard.Confirm
                    implicitHeight: confirmColumn.implicitHeight + 2 * Style.spacingL
                    radius: 8
                    color: Style.noticeSurface
                    border.color: Style.notice
                    border.width: 1

                    ColumnLayout {
                        id: confirmColumn

                        x: Style.spacingL
                        y: Style.spacingL
                        width: parent.width - 2 * Style.spacingL
                        spacing: Style.spacingM

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("Check the server's fingerprint")
                            font.pixelSize: Style.titleSize
                            font.bold: true
                            color: Style.noticeText
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.Heading
                        }

                        QQC2.Label {
                            objectName: "probedFingerprint"
                            Layout.fillWidth: true
                            text: EnrolmentWizard.probedFingerprint
                            font.family: "monospace"
                            font.pixelSize: Style.bodySize
                            wrapMode: Text.WrapAnywhere
                            Accessible.name: qsTr("Fingerprint: %1").arg(text)
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: qsTr("Compare it with the fingerprint your agency gave you. Continue only if every character matches: if it does not, another computer may be pretending to be your agency, and nothing should be sent to it.")
                            font.pixelSize: Style.bodySize
                            color: Style.noticeText
                            wrapMode: Text.WordWrap
                        }

                        GridLayout {
                            Layout.fillWidth: true
                            columns: root.width > Math.round(700 * Style.textScale) ? 2 : 1
                            columnSpacing: Style.spacingM
                            rowSpacing: Style.spacingS

                            PrimaryButton {
                                objectName: "fingerprintMatchesButton"
                                Layout.fillWidth: true
                                text: qsTr("It matches: enrol this tablet")
                                onClicked: EnrolmentWizard.confirmFingerprint()
                            }

                            SecondaryButton {
                                objectName: "fingerprintDiffersButton"
                                Layout.fillWidth: true
                                Layout.maximumWidth: Infinity
                                text: qsTr("It does not match")
                                onClicked: EnrolmentWizard.cancel()
                            }
                        }
                    }
                }
            }

            // --- Enrolled: state, sync now, history --------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                visible: SyncStatus.enrolled
                spacing: Style.spacingM

                QQC2.Label {
                    objectName: "syncPageStatus"
                    Layout.fillWidth: true
                    text: SyncStatus.statusText
                    font.pixelSize: Style.titleSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                }

                Callout {
                    objectName: "syncProblem"
                    Layout.fillWidth: true
                    kind: SyncStatus.tone === SyncTone.Error ? Callout.Kind.Error : Callout.Kind.Notice
                    text: SyncStatus.errorText
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: SyncStatus.errorDetail.length > 0
                    text: qsTr("Details for IT support: %1").arg(SyncStatus.errorDetail)
                    color: Style.mutedText
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.WordWrap
                }

                PrimaryButton {
                    objectName: "syncNowButton"
                    Layout.fillWidth: true
                    enabled: !SyncStatus.running && !SyncStatus.revoked
                    busy: SyncStatus.running
                    text: SyncStatus.running ? qsTr("Sending…") : qsTr("Sync now")
                    onClicked: SyncStatus.syncNow()
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: SyncStatus.nextAttempt.length > 0 && !SyncStatus.revoked
                    text: qsTr("Hearth also sends by itself after you unlock, after each signed visit and every few minutes. Next automatic try: %1.").arg(SyncStatus.nextAttempt)
                    color: Style.mutedText
                    font.pixelSize: Style.smallSize
                    wrapMode: Text.WordWrap
                }

                GridLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Style.spacingS
                    columns: 2
                    columnSpacing: Style.spacingL
                    rowSpacing: Style.spacingS

                    QQC2.Label {
                        text: qsTr("Practitioner")
                        color: Style.mutedText
                        font.pixelSize: Style.smallSize
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: SyncStatus.practitionerName
                        font.pixelSize: Style.bodySize
                        wrapMode: Text.WrapAnywhere
                    }

                    QQC2.Label {
                        text: qsTr("Agency server")
                        color: Style.mutedText
                        font.pixelSize: Style.smallSize
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: SyncStatus.serverAddress
                        font.pixelSize: Style.bodySize
                        wrapMode: Text.WrapAnywhere
                    }

                    QQC2.Label {
                        text: qsTr("This tablet")
                        color: Style.mutedText
                        font.pixelSize: Style.smallSize
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        text: SyncStatus.deviceId
                        font.pixelSize: Style.smallSize
                        wrapMode: Text.WrapAnywhere
                    }

                    QQC2.Label {
                        visible: SyncStatus.fingerprint.length > 0
                        text: qsTr("Server fingerprint")
                        color: Style.mutedText
                        font.pixelSize: Style.smallSize
                    }

                    QQC2.Label {
                        Layout.fillWidth: true
                        visible: SyncStatus.fingerprint.length > 0
                        text: SyncStatus.fingerprint
                        font.family: "monospace"
                        font.pixelSize: Style.smallSize
                        wrapMode: Text.WrapAnywhere
                    }
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Style.spacingM
                    text: qsTr("Recent attempts")
                    font.pixelSize: Style.titleSize
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    visible: historyRepeater.count === 0
                    text: qsTr("No attempts yet.")
                    color: Style.mutedText
                    font.pixelSize: Style.bodySize
                }

                Repeater {
                    id: historyRepeater

                    objectName: "syncHistory"
                    model: SyncStatus.history

                    delegate: Rectangle {
                        id: attempt

                        required property string when
                        required property string cause
                        required property string outcome
                        required property int tone
                        required property string counts
                        required property string detail

                        Layout.fillWidth: true
                        implicitHeight: attemptColumn.implicitHeight + 2 * Style.spacingM
                        radius: 6
                        color: Style.surfaceRaised
                        border.color: Style.divider
                        Accessible.role: Accessible.ListItem
                        Accessible.name: when + ", " + cause + ", " + outcome + (counts.length > 0 ? ", " + counts : "") + (detail.length > 0 ? ", " + detail : "")

                        ColumnLayout {
                            id: attemptColumn

                            x: Style.spacingM
                            y: Style.spacingM
                            width: parent.width - 2 * Style.spacingM
                            spacing: Style.spacingXS

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: qsTr("%1, %2").arg(attempt.when).arg(attempt.cause)
                                color: Style.mutedText
                                font.pixelSize: Style.smallSize
                                wrapMode: Text.WordWrap
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                text: attempt.outcome
                                color: attempt.tone === SyncTone.Error ? Style.errorText : attempt.tone === SyncTone.Attention ? Style.noticeText : Style.success
                                font.pixelSize: Style.bodySize
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: attempt.counts
                                font.pixelSize: Style.smallSize
                                wrapMode: Text.WordWrap
                            }

                            QQC2.Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: attempt.detail
                                color: Style.mutedText
                                font.pixelSize: Style.smallSize
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }

            Item {
                Layout.preferredHeight: Style.spacingL
            }
        }
    }
}
