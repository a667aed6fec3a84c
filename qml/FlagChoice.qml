import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Which flag an acknowledgement is for, when one pattern was seen more than once for the child
// (two new adults, two kinds of concern): each choice is the flag's own words, which name what
// it is about, and only the one chosen is signed for. With one flag there is nothing to choose.
ColumnLayout {
    id: root

    // [{subject, text}] from Workspace.openFlags()
    property var choices: []
    property string subject
    property string text
    // Off while the dialog holding it is closed: a closed dialog's content is still laid out,
    // at no width of the screen's, and long flag words would spill past it.
    property bool shown: true

    // Loads the open flags of `rule` and chooses the one about `about`, else the one whose words
    // are `words` (a caseload row knows only those), else the first.
    function load(child: string, rule: string, about: string, words: string) {
        choices = Workspace.openFlags(child, rule);
        subject = about;
        text = words;
        let chosen = null;
        for (const choice of choices)
            if (choice.subject === about)
                chosen = choice;
        for (const choice of choices)
            if (!chosen && choice.text === words)
                chosen = choice;
        if (!chosen && choices.length > 0)
            chosen = choices[0];
        if (chosen) {
            subject = chosen.subject;
            text = chosen.text;
        }
    }

    spacing: Style.spacingXS
    visible: root.shown && root.choices.length > 1

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("This pattern was seen %1 times for this child. Which one are you acknowledging? The others stay open.").arg(root.choices.length)
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    Repeater {
        model: root.choices

        delegate: WrappingRadioButton {
            id: option

            required property var modelData
            required property int index

            objectName: "flagChoice:" + option.index
            Layout.fillWidth: true
            text: option.modelData.text
            checked: root.subject === option.modelData.subject
            Accessible.name: option.modelData.text
            onClicked: {
                root.subject = option.modelData.subject;
                root.text = option.modelData.text;
                checked = Qt.binding(() => root.subject === option.modelData.subject);
            }
        }
    }
}
