import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// The quick concern log: one page, written top to bottom in the minute after a pupil says
// something or a mark is noticed. Typing goes where the next answer is (the search first, then
// what was seen), so the taps are only for choices. Everything autosaves as it changes.
QQC2.Page {
    id: root

    required property ConcernController concern
    readonly property bool childChosen: root.concern.childName.length > 0
    readonly property bool tells: root.concern.action.length > 0 && root.concern.action !== "monitor"

    function chose(field) {
        field.focusText();
        reveal(field);
    }

    // Scrolls so `item` is in view (the next answer after a choice, or a chip in the tests,
    // which cannot swipe).
    function reveal(item) {
        const top = item.mapToItem(scroll.contentItem, 0, 0).y;
        if (top >= scroll.contentY && top + item.height <= scroll.contentY + scroll.height)
            return;
        scroll.contentY = Math.max(0, Math.min(top - Style.spacingL, scroll.contentHeight - scroll.height));
    }

    objectName: "concernPage"
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
                text: qsTr("Log a concern")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                id: closeButton

                objectName: "concernCloseButton"
                Layout.maximumWidth: headerRow.width / 2
                text: qsTr("Save and close")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                onClicked: Workspace.closeConcern()

                // Wraps in its half of the bar rather than be cut short.
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

            Item {
                Layout.preferredHeight: Style.spacingS
            }

            ConcernChildPicker {
                Layout.fillWidth: true
                target: root.concern
                onChildChosen: root.chose(seenArea)
            }

            ConcernText {
                id: seenArea

                objectName: "concernSeen"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("What did you see or hear?")
                hint: qsTr("Exactly what, where on the body, how big, and who said what. Not “a bruise” but “a purple bruise, 2 cm, on the left forearm”.")
                text: root.concern.seen
                onEdited: value => root.concern.seen = value
            }

            Repeater {
                model: root.concern.seenNudges

                delegate: Callout {
                    required property var modelData

                    objectName: "concernNudge"
                    Layout.fillWidth: true
                    kind: Callout.Kind.Notice
                    text: qsTr("“%1”: %2").arg(modelData.phrase).arg(modelData.nudge)
                }
            }

            ConcernText {
                objectName: "concernChildsWords"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("The child's own words (if they said anything)")
                hint: qsTr("Write them exactly as the child said them.")
                text: root.concern.childsWords
                onEdited: value => root.concern.childsWords = value
            }

            ConcernChoices {
                objectName: "concernCategories"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("What is it about?")
                prefix: "concernCategory:"
                options: root.concern.categories
                chosen: root.concern.category
                onPicked: id => root.concern.category = id
            }

            ConcernChoices {
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Is the child in danger now?")
                prefix: "concernSafety:"
                options: [{
                        "id": "yes",
                        "label": qsTr("Yes")
                    }, {
                        "id": "no",
                        "label": qsTr("No")
                    }]
                chosen: root.concern.immediateSafety < 0 ? "" : (root.concern.immediateSafety === 1 ? "yes" : "no")
                onPicked: id => {
                    root.concern.immediateSafety = id === "yes" ? 1 : 0;
                    if (id === "yes")
                        root.chose(nextStepArea);
                }
            }

            ConcernText {
                id: nextStepArea

                objectName: "concernNextStep"
                Layout.fillWidth: true
                visible: root.concern.immediateSafety === 1
                label: qsTr("The next step, under your local procedure (needed)")
                hint: qsTr("Who is acting now, and what they are doing to keep the child safe.")
                text: root.concern.nextStep
                onEdited: value => root.concern.nextStep = value
            }

            ConcernChoices {
                objectName: "concernActions"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("What did you do?")
                prefix: "concernAction:"
                options: root.concern.actions
                chosen: root.concern.action
                onPicked: id => {
                    root.concern.action = id;
                    if (id === "other")
                        root.chose(detailArea);
                    else if (id !== "monitor")
                        root.chose(toldField);
                }
            }

            ConcernText {
                id: detailArea

                objectName: "concernActionDetail"
                Layout.fillWidth: true
                visible: root.concern.action === "other"
                label: qsTr("What else did you do? (needed)")
                text: root.concern.actionDetail
                onEdited: value => root.concern.actionDetail = value
            }

            ConcernText {
                id: toldField

                objectName: "concernToldWho"
                Layout.fillWidth: true
                visible: root.tells
                singleLine: true
                label: qsTr("Who did you tell?")
                hint: qsTr("Their name and role, for example “Ms Jones, designated safeguarding lead”.")
                text: root.concern.toldWho
                onEdited: value => root.concern.toldWho = value
            }

            TimeField {
                objectName: "concernToldTime"
                Layout.fillWidth: true
                visible: root.tells
                label: qsTr("When did you tell them? (today)")
                value: root.concern.toldTime
                onChosen: time => root.concern.setToldTime(time)
            }

            ConcernChoices {
                objectName: "concernBases"
                Layout.fillWidth: true
                visible: root.tells
                label: qsTr("On what basis did you share it?")
                prefix: "concernBasis:"
                options: root.concern.sharingBases
                chosen: root.concern.sharingBasis
                onPicked: id => root.concern.sharingBasis = id
            }

            ConcernSignBox {
                Layout.fillWidth: true
                concern: root.concern
            }

            Item {
                Layout.preferredHeight: Style.spacingL
            }
        }
    }
}
