import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A life event heard of on this page: what happened, on what day (often before today's visit),
// whether it touches the whole household or only this child, the adult it concerns, a note and
// who said so. It is signed at once as its own record (not with the household's changes), with
// the passcode given here, and shows in the chronology on the day it happened.
ColumnLayout {
    id: root

    required property HouseholdController household
    property string type
    property string happenedOn
    property bool wholeHousehold: true
    property string adultId

    function reset() {
        type = "";
        happenedOn = "";
        wholeHousehold = true;
        adultId = "";
        note.text = "";
        source.text = "";
        dateField.reset();
    }

    spacing: Style.spacingS

    Connections {
        target: Workspace

        function onLifeEventRecorded() {
            root.reset();
            recorded.visible = true;
        }
    }

    StepHeading {
        text: qsTr("Life events")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Something that has happened to the family: it is recorded now, on its own, and shows in the chronology on the day it happened.")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    ConcernChoices {
        Layout.fillWidth: true
        label: qsTr("What happened")
        prefix: "lifeEventType:"
        options: root.household.lifeEventTypes
        chosen: root.type
        onPicked: id => {
            root.type = id;
            recorded.visible = false;
        }
    }

    DateField {
        id: dateField

        objectName: "lifeEventDate"
        Layout.fillWidth: true
        label: qsTr("The day it happened")
        latest: Workspace.today()
        today: Workspace.today()
        held: root.happenedOn
        onChosen: iso => root.happenedOn = iso
    }

    QQC2.CheckBox {
        id: whole

        objectName: "lifeEventWholeHousehold"
        Layout.fillWidth: true
        text: qsTr("It touches the whole household (otherwise only %1)").arg(root.household.childName)
        checked: root.wholeHousehold
        font.pixelSize: Style.bodySize
        onToggled: root.wholeHousehold = checked
        contentItem: QQC2.Label {
            leftPadding: whole.indicator.width + whole.spacing
            text: whole.text
            font: whole.font
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
    }

    ConcernChoices {
        Layout.fillWidth: true
        label: qsTr("Who it concerns")
        prefix: "lifeEventAdult:"
        options: root.household.lifeEventAdults
        chosen: root.adultId
        onPicked: id => root.adultId = id
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("A short note")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.TextField {
        id: note

        objectName: "lifeEventNote"
        Layout.fillWidth: true
        font.pixelSize: Style.bodySize
        placeholderText: root.type === "other" ? qsTr("What happened (needed)") : qsTr("A short note (optional)")
        Accessible.name: placeholderText
        background: FieldLine {}
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Who told you")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.TextField {
        id: source

        objectName: "lifeEventSource"
        Layout.fillWidth: true
        font.pixelSize: Style.bodySize
        placeholderText: qsTr("Who told you, for example the mother or the school")
        Accessible.name: placeholderText
        background: FieldLine {}
    }

    PasscodeInput {
        id: passcode

        objectName: "lifeEventPasscode"
        Layout.fillWidth: true
        label: qsTr("Your passcode, to record it")
    }

    SecondaryButton {
        objectName: "lifeEventRecord"
        Layout.fillWidth: true
        enabled: root.type.length > 0 && !Workspace.signing
        text: qsTr("Record this life event")
        onClicked: {
            dateField.commit();
            // A refused date is not taken: the one held before it must not be used instead.
            if (dateField.error.length > 0)
                return;
            Workspace.recordLifeEvent(root.type, root.happenedOn, root.wholeHousehold, root.adultId, note.text, source.text, passcode.text);
            passcode.text = "";
        }
    }

    Callout {
        id: recorded

        objectName: "lifeEventRecorded"
        Layout.fillWidth: true
        visible: false
        kind: Callout.Kind.Notice
        text: qsTr("Recorded. It is in the chronology on the day it happened.")
    }
}
