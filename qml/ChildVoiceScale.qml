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

    ConcernChoices {
        objectName: "childVoiceScaleNumbers" + root.index
        Layout.fillWidth: true
        label: qsTr("The child's number")
        prefix: "childVoiceScale" + root.index + ":"
        options: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(n => ({
                    "id": String(n),
                    "label": String(n)
                }))
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
