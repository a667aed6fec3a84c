import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// One of the child's words in a session: exactly what the child said (shown and kept as a
// quote, never nudged), the time it was written down and, if it helps a reader, what was being
// talked about. The text is read once when the entry is made, so typing never rebuilds it.
ColumnLayout {
    id: root

    required property ChildVoiceController session
    required property int index
    required property var modelData

    spacing: Style.spacingXS

    ConcernText {
        objectName: "childVoiceQuote" + root.index
        Layout.fillWidth: true
        quote: true
        label: qsTr("The child's words, written down at %1").arg(root.modelData.time)
        hint: qsTr("Exactly as the child said them.")
        text: root.modelData.text
        onEdited: value => root.session.setQuoteText(root.index, value)
    }

    ConcernText {
        objectName: "childVoiceQuoteContext" + root.index
        Layout.fillWidth: true
        singleLine: true
        label: qsTr("What you were talking about (if it helps)")
        text: root.modelData.context
        onEdited: value => root.session.setQuoteContext(root.index, value)
    }

    SecondaryButton {
        objectName: "childVoiceRemoveQuote" + root.index
        text: qsTr("Remove these words")
        onClicked: root.session.removeQuote(root.index)
    }
}
