import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// A child-voice session: direct work with a child outside a home visit, written on one page
// from top to bottom. First the setting (which child, where, who else, seen alone), then the
// child's own words and answers (quotes, the three houses, scaling questions, who they trust,
// what would make things better, their view of their plan), then what the practitioner will do
// with it and what the child was told, then signing. Everything autosaves as it changes.
QQC2.Page {
    id: root

    required property ChildVoiceController session
    readonly property bool childChosen: root.session.childName.length > 0

    objectName: "childVoicePage"
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
                text: qsTr("Session with a child")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                id: closeButton

                objectName: "childVoiceCloseButton"
                Layout.maximumWidth: headerRow.width / 2
                text: qsTr("Save and close")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                onClicked: Workspace.closeChildVoice()

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

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    Flickable {
        id: scroll

        objectName: "childVoiceScroll"
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
                target: root.session
            }

            ConcernChoices {
                objectName: "childVoicePlaces"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Where did you see the child?")
                prefix: "childVoicePlace:"
                options: root.session.places
                chosen: root.session.place
                onPicked: id => root.session.place = id
            }

            ConcernText {
                objectName: "childVoicePlaceDetail"
                Layout.fillWidth: true
                enabled: root.childChosen
                singleLine: true
                label: root.session.place === "other" ? qsTr("Where was it? (needed)") : qsTr("Which room or place (if it helps)")
                text: root.session.placeDetail
                onEdited: value => root.session.placeDetail = value
            }

            ConcernText {
                objectName: "childVoiceOthers"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Who else was there?")
                hint: qsTr("One person on each line, with their role. Leave empty if nobody else was there.")
                text: root.session.othersPresent
                onEdited: value => root.session.othersPresent = value
            }

            ConcernChoices {
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("Did you see the child alone?")
                prefix: "childVoiceAlone:"
                options: [{
                        "id": "yes",
                        "label": qsTr("Yes")
                    }, {
                        "id": "no",
                        "label": qsTr("No")
                    }]
                chosen: root.session.seenAlone < 0 ? "" : (root.session.seenAlone === 1 ? "yes" : "no")
                onPicked: id => root.session.seenAlone = id === "yes" ? 1 : 0
            }

            ConcernText {
                objectName: "childVoiceNotAlone"
                Layout.fillWidth: true
                visible: root.session.seenAlone === 0
                label: qsTr("Why not alone? (needed)")
                text: root.session.notSeenAloneReason
                onEdited: value => root.session.notSeenAloneReason = value
            }

            StepHeading {
                Layout.fillWidth: true
                major: false
                text: qsTr("The child's words")
            }

            Repeater {
                model: root.session.quotes

                delegate: ChildVoiceQuote {
                    Layout.fillWidth: true
                    session: root.session
                }
            }

            SecondaryButton {
                objectName: "childVoiceAddQuote"
                enabled: root.childChosen
                text: qsTr("Add the child's words")
                onClicked: root.session.addQuote()
            }

            StepHeading {
                Layout.fillWidth: true
                major: false
                text: qsTr("Wishes and feelings")
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("The three houses: write each thing the child puts in a house on its own line, in the child's words.")
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            ConcernText {
                objectName: "childVoiceWorries"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("House of worries")
                text: root.session.worries
                onEdited: value => root.session.worries = value
            }

            ConcernText {
                objectName: "childVoiceGoodThings"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("House of good things")
                text: root.session.goodThings
                onEdited: value => root.session.goodThings = value
            }

            ConcernText {
                objectName: "childVoiceDreams"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("House of dreams")
                text: root.session.dreams
                onEdited: value => root.session.dreams = value
            }

            Repeater {
                model: root.session.scales

                delegate: ChildVoiceScale {
                    Layout.fillWidth: true
                    session: root.session
                }
            }

            SecondaryButton {
                objectName: "childVoiceAddScale"
                enabled: root.childChosen
                text: qsTr("Add a scaling question (0 to 10)")
                onClicked: root.session.addScale()
            }

            ConcernText {
                objectName: "childVoiceTrusts"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("Who does the child trust?")
                hint: qsTr("One person on each line, as the child names them.")
                text: root.session.trusts
                onEdited: value => root.session.trusts = value
            }

            ConcernText {
                objectName: "childVoiceBetterIf"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("What would make things better, in the child's words")
                text: root.session.betterIf
                onEdited: value => root.session.betterIf = value
            }

            ConcernText {
                objectName: "childVoiceViewOfPlan"
                Layout.fillWidth: true
                enabled: root.childChosen
                quote: true
                label: qsTr("What the child thinks of their plan")
                text: root.session.viewOfPlan
                onEdited: value => root.session.viewOfPlan = value
            }

            // Child mode, with the child's own answers above: what the child makes there is
            // kept apart from these words and shown back as theirs.
            StepHeading {
                Layout.fillWidth: true
                major: false
                text: qsTr("The child's own drawing and answers")
            }

            ChildVoiceMade {
                Layout.fillWidth: true
                visible: root.session.hasContribution
                session: root.session
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.childChosen && root.session.childId === ""
                text: qsTr("Child mode is for a child on your caseload.")
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            SecondaryButton {
                objectName: "childVoiceHandOver"
                enabled: root.childChosen && root.session.childId !== ""
                text: qsTr("Hand the tablet to the child")
                onClicked: Workspace.handChildVoiceToChild()
            }

            StepHeading {
                Layout.fillWidth: true
                major: false
                text: qsTr("What happens now")
            }

            ConcernText {
                objectName: "childVoiceWillDo"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("What will you do with what the child told you? (needed)")
                text: root.session.practitionerWillDo
                onEdited: value => root.session.practitionerWillDo = value
            }

            ConcernText {
                objectName: "childVoiceToldNext"
                Layout.fillWidth: true
                enabled: root.childChosen
                label: qsTr("What did you tell the child will happen next? (needed)")
                text: root.session.childToldNext
                onEdited: value => root.session.childToldNext = value
            }

            Repeater {
                model: root.session.nudges

                delegate: Callout {
                    required property var modelData

                    objectName: "childVoiceNudge"
                    Layout.fillWidth: true
                    kind: Callout.Kind.Notice
                    text: qsTr("“%1”: %2").arg(modelData.phrase).arg(modelData.nudge)
                }
            }

            ChildVoiceSignBox {
                Layout.fillWidth: true
                session: root.session
            }

            Item {
                Layout.preferredHeight: Style.spacingL
            }
        }
    }
}
