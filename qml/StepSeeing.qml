import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 3: was the child seen, seen alone, where (the bedroom, where they sleep), how they
// communicate, and who interpreted. A child or family member interpreting is a concern.
ColumnLayout {
    id: root

    required property VisitController visit
    // As a JavaScript array, so it can be filtered here.
    readonly property var flags: visit.flags
    readonly property var yesNo: [{
            "value": true,
            "label": qsTr("Yes")
        }, {
            "value": false,
            "label": qsTr("No")
        }]

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    StepHeading {
        text: qsTr("Seeing the child")
    }

    ChoiceField {
        id: seen

        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.Seen
        label: qsTr("Was the child seen?")
        hint: root.visit.childIsUnborn ? qsTr("For an unborn child, record whether the mother was seen.") : qsTr("A baby or a child who does not speak yet is seen and observed too.")
        options: root.yesNo
    }

    TextBlock {
        Layout.fillWidth: true
        visible: seen.current === false
        visit: root.visit
        field: VisitField.NotSeenReason
        label: qsTr("Why was the child not seen?")
    }

    ChoiceField {
        id: alone

        Layout.fillWidth: true
        visible: seen.current === true
        visit: root.visit
        field: VisitField.SeenAlone
        label: qsTr("Was the child seen alone?")
        options: root.yesNo
    }

    TextBlock {
        Layout.fillWidth: true
        visible: seen.current === true && alone.current === false
        visit: root.visit
        field: VisitField.NotSeenAloneReason
        label: qsTr("Why was the child not seen alone?")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Rooms you saw (separate them with commas)")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.TextField {
        objectName: "seeing.rooms"
        Layout.fillWidth: true
        Layout.preferredHeight: Style.touchTarget + 8
        text: (root.visit.read(VisitField.Rooms) || []).join(", ")
        placeholderText: qsTr("e.g. kitchen, living room, child's bedroom")
        placeholderTextColor: Style.placeholderText
        background: FieldLine {}
        font.pixelSize: Style.bodySize
        Accessible.name: qsTr("Rooms you saw")
        onTextEdited: root.visit.write(VisitField.Rooms, "", -1, text.split(",").map(room => room.trim()).filter(room => room.length > 0))
    }

    ChoiceField {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.BedroomSeen
        label: qsTr("Did you see where the child sleeps?")
        options: root.yesNo
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.SleepingPlace
        label: qsTr("Where does the child sleep?")
        hint: qsTr("As seen, or as you were told. Say which.")
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.Communication
        label: qsTr("How does the child communicate?")
        hint: qsTr("Words, signs, pictures, behaviour; first language; any communication needs.")
    }

    CheckField {
        id: interpreter

        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.InterpreterUsed
        label: qsTr("Someone interpreted")
    }

    TextBlock {
        Layout.fillWidth: true
        visible: interpreter.current
        visit: root.visit
        field: VisitField.InterpreterWho
        label: qsTr("Who interpreted?")
        singleLine: true
    }

    ChoiceField {
        Layout.fillWidth: true
        visible: interpreter.current
        visit: root.visit
        field: VisitField.InterpreterRelation
        label: qsTr("Who is the interpreter to the child?")
        options: [{
                "value": "professional",
                "label": qsTr("Professional interpreter")
            }, {
                "value": "telephone-service",
                "label": qsTr("Telephone service")
            }, {
                "value": "family-member",
                "label": qsTr("Family member")
            }, {
                "value": "child",
                "label": qsTr("A child")
            }, {
                "value": "friend-or-neighbour",
                "label": qsTr("Friend or neighbour")
            }, {
                "value": "other",
                "label": qsTr("Someone else")
            }]
    }

    Repeater {
        model: root.flags.filter(flag => flag.id.startsWith("interpreter"))

        delegate: Callout {
            required property var modelData

            Layout.fillWidth: true
            kind: Callout.Kind.Error
            text: modelData.text
        }
    }
}
