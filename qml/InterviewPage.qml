import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// A return home interview after a going-missing episode: which episode it follows and the 72
// hours it is due in, whether it was done, declined or not offered (and why), when it was
// offered and by whom, what the young person said in their own words, what adults learnt that
// may point to exploitation (observations, never blame), and what happens next. Everything
// autosaves as it changes; the field that still stops signing is outlined.
QQC2.Page {
    id: root

    required property InterviewController interview
    readonly property bool childChosen: root.interview.childName.length > 0
    readonly property bool offered: root.interview.status === "done" || root.interview.status === "declined"

    // Scrolls so `item` is in view (a chip in the tests, which cannot swipe).
    function reveal(item) {
        const top = item.mapToItem(scroll.contentItem, 0, 0).y;
        if (top >= scroll.contentY && top + item.height <= scroll.contentY + scroll.height)
            return;
        scroll.contentY = Math.max(0, Math.min(top - Style.spacingL, scroll.contentHeight - scroll.height));
    }

    objectName: "interviewPage"
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, headerRow.implicitHeight + 2 * Style.spacingS)
        background: Rectangle {
            color: Style.brand
        }

        RowLayout {
            id: headerRow

            anchors.fill: parent
            anchors.leftMargin: Style.spacingL
            anchors.rightMargin: Style.spacingS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Return home interview")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                id: closeButton

                objectName: "interviewCloseButton"
                Layout.maximumWidth: headerRow.width / 2
                text: qsTr("Save and close")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                onClicked: Workspace.closeInterview()

                contentItem: QQC2.Label {
                    text: closeButton.text
                    font: closeButton.font
                    color: Style.brandText
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        contentWidth: width
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: form

            x: Math.max(Style.spacingL, (scroll.width - width) / 2)
            width: Math.min(Style.contentMaxWidth, scroll.width - 2 * Style.spacingL)
            spacing: Style.spacingM
            enabled: !Workspace.signing

            Item {
                Layout.preferredHeight: Style.spacingS
            }

            MissingChildPicker {
                Layout.fillWidth: true
                episode: root.interview
            }

            InterviewEpisodes {
                Layout.fillWidth: true
                visible: root.childChosen
                interview: root.interview
            }

            Callout {
                objectName: "interviewDeadline"
                Layout.fillWidth: true
                visible: text.length > 0
                kind: root.interview.late ? Callout.Kind.Notice : Callout.Kind.Info
                text: root.interview.deadline
            }

            ConcernChoices {
                objectName: "interviewStatus"
                Layout.fillWidth: true
                enabled: root.interview.episodeId.length > 0
                label: qsTr("What became of the interview?")
                prefix: "interviewStatus:"
                options: [{
                        "id": "done",
                        "label": qsTr("Done")
                    }, {
                        "id": "declined",
                        "label": qsTr("Offered, and the young person declined")
                    }, {
                        "id": "not-offered",
                        "label": qsTr("Not offered")
                    }]
                chosen: root.interview.status
                onPicked: id => root.interview.status = id
            }

            MissingMoment {
                objectName: "interviewOffered"
                Layout.fillWidth: true
                visible: root.offered
                label: qsTr("When was it offered?")
                flagged: root.interview.missingField === "offeredAt"
                today: root.interview.today
                date: root.interview.offeredDate
                time: root.interview.offeredTime
                onChosen: (date, time) => root.interview.setOffered(date, time)
            }

            MissingMoment {
                objectName: "interviewHeld"
                Layout.fillWidth: true
                visible: root.interview.status === "done"
                label: qsTr("When was it held?")
                flagged: root.interview.missingField === "heldAt"
                today: root.interview.today
                date: root.interview.heldDate
                time: root.interview.heldTime
                onChosen: (date, time) => root.interview.setHeld(date, time)
            }

            ConcernText {
                objectName: "interviewByRole"
                Layout.fillWidth: true
                visible: root.offered
                singleLine: true
                label: qsTr("Who offered it: their role")
                hint: qsTr("For example return home interview worker, youth worker.")
                text: root.interview.byRole
                flagged: root.interview.missingField === "byRole"
                onEdited: value => root.interview.byRole = value
            }

            ConcernText {
                objectName: "interviewByAgency"
                Layout.fillWidth: true
                visible: root.offered
                singleLine: true
                label: qsTr("Their agency")
                text: root.interview.byAgency
                flagged: root.interview.missingField === "byAgency"
                onEdited: value => root.interview.byAgency = value
            }

            ConcernChoices {
                objectName: "interviewIndependent"
                Layout.fillWidth: true
                visible: root.offered
                label: qsTr("Are they independent of the young person's case?")
                prefix: "interviewIndependent:"
                options: [{
                        "id": "yes",
                        "label": qsTr("Yes, independent")
                    }, {
                        "id": "no",
                        "label": qsTr("No")
                    }]
                chosen: root.interview.independent < 0 ? "" : (root.interview.independent === 1 ? "yes" : "no")
                onPicked: id => root.interview.independent = id === "yes" ? 1 : 0
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.offered
                text: qsTr("Statutory guidance asks for someone independent of the young person's case where possible: young people often say more to them.")
                color: root.interview.missingField === "independent" ? Style.errorText : Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            ConcernText {
                objectName: "interviewReason"
                Layout.fillWidth: true
                visible: root.interview.status === "not-offered" || root.interview.status === "declined"
                label: root.interview.status === "not-offered" ? qsTr("Why was it not offered?") : qsTr("Any reason they gave (if any)")
                hint: root.interview.status === "declined" ? qsTr("A young person owes no reason for declining.") : ""
                text: root.interview.reason
                flagged: root.interview.missingField === "reason"
                onEdited: value => root.interview.reason = value
            }

            ConcernText {
                objectName: "interviewChildsWords"
                Layout.fillWidth: true
                visible: root.offered
                quote: true
                label: qsTr("What the young person said (if anything)")
                hint: qsTr("Write it exactly as they said it.")
                text: root.interview.childsWords
                onEdited: value => root.interview.childsWords = value
            }

            MissingIndicators {
                Layout.fillWidth: true
                enabled: root.childChosen
                episode: root.interview
            }

            ConcernText {
                objectName: "interviewActions"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("What happens next")
                hint: qsTr("What the adults will do now: referrals, a safety plan, who follows up and when.")
                text: root.interview.actions
                flagged: root.interview.missingField === "actions"
                onEdited: value => root.interview.actions = value
            }
            YoungPersonSignBox {
                Layout.fillWidth: true
                record: root.interview
                prefix: "interview"
                signedAs: qsTr("Signed as: %1. After signing the interview cannot be changed; it goes to your agency the next time Hearth can reach it.").arg(Workspace.signerName)
                signLabel: qsTr("Sign the interview")
                onSubmitted: passcode => Workspace.signInterview(passcode)
            }

            Item {
                Layout.preferredHeight: Style.spacingL
            }
        }
    }
}
