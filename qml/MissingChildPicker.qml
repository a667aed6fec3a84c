import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Which young person went missing: typing searches the caseload and one tap picks them. An
// episode is about a young person the practitioner already works with, so there is no "not on
// this tablet" here (that is for the concern log).
ColumnLayout {
    id: root

    required property YoungPersonRecord episode
    property bool searching: root.episode.childName.length === 0

    signal childChosen

    spacing: Style.spacingS
    Component.onCompleted: {
        if (root.searching)
            searchField.forceActiveFocus();
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Which young person?")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
    }

    // Side by side while the name has room; at large text the button goes under the name.
    GridLayout {
        Layout.fillWidth: true
        visible: !root.searching
        columns: root.width > 30 * Style.bodySize ? 2 : 1
        columnSpacing: Style.spacingS

        QQC2.Label {
            objectName: "missingChildName"
            Layout.fillWidth: true
            text: root.episode.childName
            font.pixelSize: Style.entrySize
            font.bold: true
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        }

        SecondaryButton {
            objectName: "missingChangeChild"
            // Its words stay whole; the name or label beside it wraps instead.
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

        objectName: "missingChildSearch"
        Layout.fillWidth: true
        visible: root.searching
        placeholderText: qsTr("Type the young person's name")
        placeholderTextColor: Style.placeholderText
        font.pixelSize: Style.bodySize
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Search for the young person")
        onTextEdited: Workspace.caseload.query = text
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified
    ListView {
        id: results

        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 4 * (Style.touchTarget + Style.spacingXS))
        visible: root.searching && searchField.text.length > 0
        clip: true
        spacing: Style.spacingXS
        model: Workspace.caseload
        boundsBehavior: Flickable.StopAtBounds

        delegate: QQC2.ItemDelegate {
            required property string childId
            required property string name
            required property string details

            objectName: "missingChild:" + name
            width: results.width
            height: Math.max(Style.touchTarget, implicitHeight)
            text: name + (details.length > 0 ? " · " + details : "")
            font.pixelSize: Style.bodySize
            onClicked: {
                if (root.episode.chooseChild(childId)) {
                    root.searching = false;
                    Workspace.caseload.query = "";
                    root.childChosen();
                }
            }
        }
    }
}
