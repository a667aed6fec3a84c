import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// A going-missing episode, written once the young person is back: when they went and came
// back, the police, where they were found, with whom and how they came back, what they said in
// their own words, and what adults noticed that may point to exploitation. Everything
// autosaves as it changes; the field that still stops signing is outlined.
QQC2.Page {
    id: root

    required property MissingController episode
    readonly property bool childChosen: root.episode.childName.length > 0

    // Scrolls so `item` is in view (a chip in the tests, which cannot swipe).
    function reveal(item) {
        const top = item.mapToItem(scroll.contentItem, 0, 0).y;
        if (top >= scroll.contentY && top + item.height <= scroll.contentY + scroll.height)
            return;
        scroll.contentY = Math.max(0, Math.min(top - Style.spacingL, scroll.contentHeight - scroll.height));
    }

    objectName: "missingPage"
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
                text: qsTr("Going missing")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                id: closeButton

                objectName: "missingCloseButton"
                Layout.maximumWidth: headerRow.width / 2
                text: qsTr("Save and close")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                onClicked: Workspace.closeMissing()

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
                episode: root.episode
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Record an episode once the young person is back. While they are still missing, follow the police missing-person procedure.")
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            MissingMoment {
                objectName: "missingFrom"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("When were they last seen, or found to be missing?")
                flagged: root.episode.missingField === "missingFrom"
                today: root.episode.today
                date: root.episode.missingFromDate
                time: root.episode.missingFromTime
                onChosen: (date, time) => root.episode.setMissingFrom(date, time)
            }

            MissingMoment {
                objectName: "missingReturned"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("When did they come back, or were they found?")
                flagged: root.episode.missingField === "returned"
                today: root.episode.today
                date: root.episode.returnedDate
                time: root.episode.returnedTime
                onChosen: (date, time) => root.episode.setReturned(date, time)
            }

            ConcernChoices {
                objectName: "missingPolice"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Were they reported missing to the police?")
                prefix: "missingPolice:"
                options: [{
                        "id": "yes",
                        "label": qsTr("Yes")
                    }, {
                        "id": "no",
                        "label": qsTr("No")
                    }]
                chosen: root.episode.reportedToPolice < 0 ? "" : (root.episode.reportedToPolice === 1 ? "yes" : "no")
                onPicked: id => root.episode.reportedToPolice = id === "yes" ? 1 : 0
            }

            ConcernText {
                objectName: "missingPoliceReference"
                Layout.fillWidth: true
                visible: root.episode.reportedToPolice === 1
                singleLine: true
                label: qsTr("Police reference")
                text: root.episode.policeReference
                flagged: root.episode.missingField === "policeReference"
                onEdited: value => root.episode.policeReference = value
            }

            ConcernText {
                objectName: "missingWhereFound"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Where were they found, or where did they come back from?")
                text: root.episode.whereFound
                flagged: root.episode.missingField === "whereFound"
                onEdited: value => root.episode.whereFound = value
            }

            ConcernText {
                objectName: "missingWhoWith"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Who were they with?")
                hint: qsTr("As far as anyone knows; “not known” is an answer.")
                text: root.episode.whoWith
                flagged: root.episode.missingField === "whoWith"
                onEdited: value => root.episode.whoWith = value
            }

            ConcernText {
                objectName: "missingHowReturned"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("How did they come back?")
                hint: qsTr("For example brought home by police, walked home, collected by a carer.")
                text: root.episode.howReturned
                flagged: root.episode.missingField === "howReturned"
                onEdited: value => root.episode.howReturned = value
            }

            ConcernText {
                objectName: "missingHarm"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Harm or injury an adult noticed (if any)")
                text: root.episode.harmNoticed
                onEdited: value => root.episode.harmNoticed = value
            }

            ConcernText {
                objectName: "missingChildsWords"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("What the young person said about it (if anything)")
                hint: qsTr("Write it exactly as they said it.")
                text: root.episode.childsWords
                onEdited: value => root.episode.childsWords = value
            }

            MissingIndicators {
                Layout.fillWidth: true
                enabled: root.childChosen
                episode: root.episode
            }

            YoungPersonSignBox {
                Layout.fillWidth: true
                record: root.episode
                prefix: "missing"
                signedAs: qsTr("Signed as: %1. After signing the episode cannot be changed; it goes to your agency the next time Hearth can reach it.").arg(Workspace.signerName)
                signLabel: qsTr("Sign the episode")
                onSubmitted: passcode => Workspace.signMissing(passcode)
            }

            Item {
                Layout.preferredHeight: Style.spacingL
            }
        }
    }
}
