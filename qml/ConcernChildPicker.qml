import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Which child a concern or a child-voice session is about: typing searches the caseload at once
// and one tap picks a child; a child who is not on this tablet needs only a name and a school
// year (or a date of birth, which adds the child to the tablet as the home screen does).
ColumnLayout {
    id: root

    required property ChildPickTarget target
    property bool searching: root.target.childName.length === 0
    property bool describing: false

    signal childChosen

    function picked() {
        root.searching = false;
        root.describing = false;
        Workspace.caseload.query = "";
        root.childChosen();
    }

    function useNewChild() {
        const name = nameField.text.trim();
        birthField.commit();
        if (birthField.error.length > 0)
            return;
        if (birthField.iso.length > 0) {
            const words = name.split(/\s+/);
            const family = words.length > 1 ? words.pop() : "";
            const id = Workspace.addChild(words.join(" "), family, birthField.iso, "");
            if (id.length > 0 && root.target.chooseChild(id))
                root.picked();
        } else if (root.target.describeChild(name, yearField.text)) {
            root.picked();
        }
    }

    spacing: Style.spacingS
    Component.onCompleted: {
        if (root.searching)
            searchField.forceActiveFocus();
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Which child?")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }

    // The name and "Change" side by side where both fit on one line; on a narrow screen at large
    // text the button goes under the name, so neither is squeezed below its words.
    GridLayout {
        Layout.fillWidth: true
        visible: !root.searching
        columns: Math.ceil(nameLine.advanceWidth) + columnSpacing + changeButton.implicitWidth <= root.width ? 2 : 1
        columnSpacing: Style.spacingS
        rowSpacing: Style.spacingXS

        TextMetrics {
            id: nameLine

            font: chosenName.font
            text: chosenName.text
        }

        QQC2.Label {
            id: chosenName

            objectName: "concernChildName"
            Layout.fillWidth: true
            text: root.target.childName
            font.pixelSize: Style.entrySize
            font.bold: true
            wrapMode: Text.Wrap
        }

        SecondaryButton {
            id: changeButton

            objectName: "concernChangeChild"
            Layout.minimumWidth: implicitWidth
            text: qsTr("Change")
            onClicked: {
                root.searching = true;
                searchField.forceActiveFocus();
            }
        }
    }

    QQC2.TextField {
        id: searchField

        objectName: "concernChildSearch"
        Layout.fillWidth: true
        visible: root.searching && !root.describing
        placeholderText: qsTr("Type the child's name")
        placeholderTextColor: Style.placeholderText
        font.pixelSize: Style.bodySize
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Search for the child")
        onTextEdited: Workspace.caseload.query = text
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    ListView {
        id: results

        objectName: "concernChildResults"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 4 * (Style.touchTarget + Style.spacingXS))
        visible: root.searching && !root.describing && searchField.text.length > 0
        clip: true
        spacing: Style.spacingXS
        model: Workspace.caseload
        boundsBehavior: Flickable.StopAtBounds

        delegate: QQC2.ItemDelegate {
            required property string childId
            required property string name
            required property string details

            objectName: "concernChild:" + name
            width: results.width
            height: Math.max(Style.touchTarget, implicitHeight)
            text: name + (details.length > 0 ? " · " + details : "")
            font.pixelSize: Style.bodySize
            onClicked: {
                if (root.target.chooseChild(childId))
                    root.picked();
            }
        }
    }

    SecondaryButton {
        objectName: "concernNewChild"
        visible: root.searching && !root.describing
        text: qsTr("Not on this tablet")
        onClicked: {
            root.describing = true;
            nameField.text = searchField.text;
            nameField.forceActiveFocus();
        }
    }

    QQC2.TextField {
        id: nameField

        objectName: "concernNewName"
        Layout.fillWidth: true
        visible: root.describing
        placeholderText: qsTr("The child's name")
        placeholderTextColor: Style.placeholderText
        font.pixelSize: Style.bodySize
        Accessible.name: placeholderText
    }

    QQC2.TextField {
        id: yearField

        objectName: "concernNewYear"
        Layout.fillWidth: true
        visible: root.describing
        placeholderText: qsTr("School year, for example Year 8")
        placeholderTextColor: Style.placeholderText
        font.pixelSize: Style.bodySize
        Accessible.name: placeholderText
    }

    DateField {
        id: birthField

        property string iso

        objectName: "concernNewBirth"
        Layout.fillWidth: true
        visible: root.describing
        label: qsTr("Date of birth, if you know it")
        value: iso
        onChosen: date => iso = date
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.describing
        spacing: Style.spacingS

        SecondaryButton {
            text: qsTr("Back to search")
            onClicked: root.describing = false
        }

        PrimaryButton {
            objectName: "concernNewUse"
            Layout.fillWidth: true
            text: qsTr("Use this child")
            onClicked: root.useNewChild()
        }
    }

    Callout {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.target.errorText.length > 0 ? root.target.errorText : (root.describing ? Workspace.errorText : "")
    }
}
