import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 2: every adult and child here, adults who live here but were not seen, and the
// questions about fathers, partners and other men (who were "invisible" in so many reviews).
ColumnLayout {
    id: root

    required property VisitController visit
    // Adults new to the household and not yet seen or spoken to ({subject, firstKnown}): each
    // one's card below is open, so seeing or speaking to them today can be recorded there.
    readonly property var adultsToMeet: Workspace.sinceLastVisit.adultsToMeet
    property string newPeople: root.visit.read(VisitField.NewPeople, "", -1) || ""

    function meetingFor(adultId: string, name: string): var {
        for (const adult of root.adultsToMeet)
            if (adult.subject === adultId || adult.subject.toLowerCase() === name.toLowerCase())
                return adult;
        return null;
    }

    spacing: Style.spacingM

    Connections {
        function onValueChanged(changed: int) {
            if (changed === VisitField.NewPeople || changed < 0)
                root.newPeople = root.visit.read(VisitField.NewPeople, "", -1) || "";
        }

        target: root.visit
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Who is here")
    }

    // The household profile: the other children are considered at every visit, and an adult
    // recorded but never seen is asked about.
    ColumnLayout {
        id: household

        readonly property var known: Workspace.householdAtVisit(root.visit.childId)

        Layout.fillWidth: true
        spacing: Style.spacingXS

        QQC2.Label {
            objectName: "whoOtherChildren"
            Layout.fillWidth: true
            text: household.known.otherChildren.length > 0 ? qsTr("Other children in the household: %1. How are they?").arg(household.known.otherChildren.join(", ")) : qsTr("No other children are recorded in this household.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

        Callout {
            objectName: "whoAdultsNotSeen"
            Layout.fillWidth: true
            visible: household.known.adultsNotSeen.length > 0
            kind: Callout.Kind.Notice
            text: qsTr("Not yet seen or spoken to: %1. Who are they to the child, and can you meet them?").arg(household.known.adultsNotSeen.join(", "))
        }

        SecondaryButton {
            objectName: "whoHouseholdButton"
            text: qsTr("Household and health")
            onClicked: Workspace.openHousehold(root.visit.childId)
        }
    }

    // Asked at every visit, as a practitioner would: a new partner or visitor is how adults
    // stayed invisible in the reviews. The answer is signed, "no" included.
    ChoiceField {
        objectName: "whoNewPeople"
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.NewPeople
        label: qsTr("Since the last visit, has anyone new come to live in the home or started to visit it regularly?")
        hint: qsTr("A new partner, a lodger, a relative or friend who stays or calls often: anyone the child now lives with or sees at home.")
        options: [{
                "value": "yes",
                "label": qsTr("Yes")
            }, {
                "value": "no",
                "label": qsTr("No")
            }]
    }

    Callout {
        objectName: "whoNewPeopleYes"
        Layout.fillWidth: true
        visible: root.newPeople === "yes"
        kind: Callout.Kind.Notice
        text: qsTr("Find them in the list below, or add them with \u201cAdd an adult who is not listed\u201d, and record whether you saw or spoke to them.")
    }

    StepHeading {
        major: false
        text: qsTr("Adults known to be in the child's life")
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.visit.knownAdults.count === 0
        text: qsTr("No adults are recorded for this child yet. Add everyone you meet below.")
        color: Style.mutedText
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
    }

    Repeater {
        model: root.visit.knownAdults

        // An adult new to the household and not yet seen gets an open card: what is known,
        // where they were today and, once here, whether they were spoken to.
        delegate: Rectangle {
            id: adult

            required property string promptId
            required property string label
            required property string hint
            property string presence: root.visit.adultPresence(adult.promptId)
            property int presentRow: root.visit.adultPresentRow(adult.promptId)
            readonly property var meeting: root.meetingFor(adult.promptId, adult.label)

            objectName: "knownAdult:" + adult.promptId
            Layout.fillWidth: true
            implicitHeight: card.implicitHeight + 2 * card.anchors.margins
            radius: 8
            color: adult.meeting ? Style.noticeSurface : "transparent"
            border.width: adult.meeting ? 1 : 0
            border.color: Style.notice

            Connections {
                function onListChanged() {
                    adult.presence = root.visit.adultPresence(adult.promptId);
                    adult.presentRow = root.visit.adultPresentRow(adult.promptId);
                }

                target: root.visit
            }

            ColumnLayout {
                id: card

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: adult.meeting ? Style.spacingS : 0
                spacing: Style.spacingXS

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 (%2)").arg(adult.label).arg(adult.hint)
                    font.pixelSize: Style.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }

                QQC2.Label {
                    objectName: "adultToMeet:" + adult.promptId
                    Layout.fillWidth: true
                    visible: adult.meeting !== null
                    text: adult.meeting ? qsTr("New to the household (first recorded %1) and not yet seen or spoken to. If you see or speak to them today, record it here.").arg(adult.meeting.firstKnown) : ""
                    color: Style.noticeText
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.WordWrap
                }

                Flow {
                    Layout.fillWidth: true
                    // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
                    Layout.preferredHeight: childrenRect.height
                    spacing: Style.spacingS

                    Repeater {
                        model: [{
                                "value": "present",
                                "label": qsTr("Here")
                            }, {
                                "value": "not-seen",
                                "label": qsTr("Lives here, not seen")
                            }, {
                                "value": "",
                                "label": qsTr("Not here")
                            }]

                        delegate: QQC2.RadioButton {
                            id: option

                            required property var modelData

                            objectName: "adult:" + adult.promptId + ":" + option.modelData.value
                            height: Math.max(Style.touchTarget, implicitHeight)
                            text: option.modelData.label
                            font.pixelSize: Style.bodySize
                            indicator: RadioMark {
                                control: option
                            }
                            checked: adult.presence === option.modelData.value
                            Accessible.name: adult.label + ": " + option.modelData.label
                            onClicked: root.visit.setAdultPresence(adult.promptId, adult.label, option.modelData.value)
                        }
                    }
                }

                CheckField {
                    objectName: "adultSpokenToToday:" + adult.promptId
                    Layout.fillWidth: true
                    visible: adult.meeting !== null && adult.presentRow >= 0
                    visit: root.visit
                    field: VisitField.AdultSpokenTo
                    row: adult.presentRow
                    label: qsTr("Spoken to today")
                }
            }
        }
    }

    StepHeading {
        major: false
        text: qsTr("Adults here")
    }

    Repeater {
        model: VisitRowsModel {
            visit: root.visit
            list: VisitField.AdultsPresent
        }

        delegate: ColumnLayout {
            id: present

            required property int index
            required property var item

            Layout.fillWidth: true
            spacing: Style.spacingXS

            QQC2.Label {
                Layout.fillWidth: true
                text: present.item ? present.item.name : ""
                font.pixelSize: Style.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
            }

            CheckField {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.AdultSpokenTo
                row: present.index
                label: qsTr("Spoken to on this visit")
            }

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.AdultStrengths
                row: present.index
                label: qsTr("Known strengths")
                singleLine: true
            }

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.AdultRisks
                row: present.index
                label: qsTr("Known risks")
                singleLine: true
            }
        }
    }

    Repeater {
        model: VisitRowsModel {
            visit: root.visit
            list: VisitField.AdultsNotSeen
        }

        delegate: TextBlock {
            required property int index
            required property var item

            Layout.fillWidth: true
            visit: root.visit
            field: VisitField.AdultNotSeenNote
            row: index
            label: qsTr("Why was %1 not seen?").arg(item ? item.name : "")
            singleLine: true
            required: true
        }
    }

    NewAdultForm {
        Layout.fillWidth: true
        visit: root.visit
        open: root.newPeople === "yes"
    }

    StepHeading {
        major: false
        text: qsTr("Fathers, partners and other men")
    }

    Repeater {
        model: root.visit.menPrompts

        delegate: ColumnLayout {
            id: prompt

            required property string promptId
            required property string label

            Layout.fillWidth: true

            ChoiceField {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.MenAnswer
                item: prompt.promptId
                label: prompt.label
                options: [{
                        "value": "yes",
                        "label": qsTr("Yes")
                    }, {
                        "value": "no",
                        "label": qsTr("No")
                    }, {
                        "value": "not-known",
                        "label": qsTr("Not known")
                    }]
            }

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.MenNote
                item: prompt.promptId
                label: qsTr("Details")
                singleLine: true
            }
        }
    }

    StepHeading {
        major: false
        text: qsTr("Other children here")
    }

    Repeater {
        model: VisitRowsModel {
            visit: root.visit
            list: VisitField.ChildrenPresent
        }

        delegate: RowLayout {
            id: childRow

            required property int index

            Layout.fillWidth: true

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.ChildPresentName
                row: childRow.index
                label: qsTr("Child's name")
                singleLine: true
            }

            SecondaryButton {
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove this child")
                onClicked: root.visit.removeRow(VisitField.ChildrenPresent, childRow.index)
            }
        }
    }

    SecondaryButton {
        objectName: "addChildPresentButton"
        text: qsTr("Add a child who is here")
        onClicked: root.visit.addRow(VisitField.ChildrenPresent)
    }
}
