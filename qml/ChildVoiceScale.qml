import QtQuick
import QtQuick.Layouts
import Hearth.App

// A 0 to 10 scaling question: the question as asked, the child's number in one tap and, in
// the child's own words, why that number. The texts are read once when the entry is made.
ColumnLayout {
    id: root

    required property ChildVoiceController session
    required property int index
    required property var modelData
    property int number: root.modelData.number

    spacing: Style.spacingXS

    ConcernText {
        objectName: "childVoiceScaleQuestion" + root.index
        Layout.fillWidth: true
        singleLine: true
        label: qsTr("The question you asked")
        hint: qsTr("For example “If 10 is safe and 0 is not safe at all, where are you at home?”")
        text: root.modelData.question
        onEdited: value => root.session.setScaleQuestion(root.index, value)
    }

    // 0 to 10, as the choices the child's number is picked from.
    function numbers() {
        const out = [];
        for (let n = 0; n <= 10; ++n)
            out.push({ "id": String(n), "label": String(n) });
        return out;
    }

    ConcernChoices {
        objectName: "childVoiceScaleNumbers" + root.index
        Layout.fillWidth: true
        label: qsTr("The child's number")
        prefix: "childVoiceScale" + root.index + ":"
        options: root.numbers()
        chosen: root.number < 0 ? "" : String(root.number)
        onPicked: id => {
            if (root.session.setScaleNumber(root.index, Number(id)))
                root.number = Number(id);
        }
    }

    ConcernText {
        objectName: "childVoiceScaleReason" + root.index
        Layout.fillWidth: true
        quote: true
        label: qsTr("Why that number, in the child's words")
        text: root.modelData.reason
        onEdited: value => root.session.setScaleReason(root.index, value)
    }

    SecondaryButton {
        objectName: "childVoiceRemoveScale" + root.index
        text: qsTr("Remove this question")
        onClicked: root.session.removeScale(root.index)
    }
}
