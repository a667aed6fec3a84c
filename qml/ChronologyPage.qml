import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Dialogs
import Hearth.App

// One child's chronology, newest first: the flags at the top in plain words, each leading to
// the records behind it; a filter by kind; every entry with its date, what it is, who recorded
// it and its signature status. Only the rows on screen have delegates (a ListView over the
// model), so a child with thousands of records scrolls like one with ten. "Export PDF" writes
// what is shown, for a conference, to a file the practitioner chooses.
QQC2.Page {
    id: root

    required property ChronologyModel chronology
    // The first entry on screen, kept when the tablet turns so the practitioner keeps her place.
    property int anchorRow: -1

    function rememberPlace() {
        const header = entryList.headerItem ? entryList.headerItem.height : 0;
        anchorRow = entryList.contentY - entryList.originY > header ? entryList.indexAt(entryList.width / 2, entryList.contentY + 1) : -1;
    }

    objectName: "chronologyPage"
    onWidthChanged: {
        if (anchorRow >= 0) {
            placeTimer.row = anchorRow;
            placeTimer.restart();
        }
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, headerFlow.implicitHeight + 2 * Style.spacingS)

        background: Rectangle {
            color: Style.brand
        }

        Flow {
            id: headerFlow

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Style.spacingS
            anchors.rightMargin: Style.spacingM
            spacing: Style.spacingS

            QQC2.ToolButton {
                objectName: "closeChronologyButton"
                height: Style.touchTarget
                text: qsTr("‹ Back")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Close the chronology")
                onClicked: Workspace.closeChronology()
            }

            QQC2.Label {
                height: Style.touchTarget
                width: Math.min(implicitWidth, headerFlow.width)
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Chronology: %1").arg(root.chronology.childName)
                font.pixelSize: Style.titleSize
                font.bold: true
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                objectName: "exportPdfButton"
                height: Style.touchTarget
                enabled: !root.chronology.loading && root.chronology.errorText.length === 0
                text: qsTr("Export PDF…")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                font.bold: true
                Accessible.name: qsTr("Save this chronology as a PDF for a conference")
                onClicked: saveDialog.open()
            }
        }
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save the chronology as a PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        selectedFile: currentFolder + "/" + root.chronology.suggestedFileName()
        onAccepted: root.chronology.exportPdf(selectedFile)
    }

    ListView {
        id: entryList

        objectName: "chronologyList"
        anchors.fill: parent
        anchors.leftMargin: Math.max(Style.spacingM, Math.round((parent.width - Style.pageMaxWidth) / 2))
        anchors.rightMargin: anchors.leftMargin
        clip: true
        spacing: Style.spacingS
        model: root.chronology
        boundsBehavior: Flickable.StopAtBounds
        onContentYChanged: root.rememberPlace()

        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        header: ChronologyHeader {
            width: entryList.width
            chronology: root.chronology
            onAcknowledgeRequested: (rule, subject, text) => acknowledgeDialog.ask(root.chronology.childId, rule, subject, text)
        }

        delegate: ChronologyEntryCard {
            width: entryList.width
            onInterviewRequested: record => Workspace.startInterview(root.chronology.childId, record)
        }

        footer: Item {
            width: entryList.width
            implicitHeight: Style.spacingL
        }
    }

    // A new filter resets the model, and a ListView then shows its first row at the top, past
    // the header: the practitioner stays where she was (the flag she tapped). A freshly read
    // chronology starts at the top, flags first.
    Connections {
        property real keptY: 0

        function onModelAboutToBeReset() {
            keptY = entryList.contentY;
        }

        function onModelReset() {
            placeTimer.row = -1;
            placeTimer.y = keptY;
            placeTimer.restart();
        }

        function onLoaded() {
            topTimer.onlyWithinHeader = false;
            topTimer.restart();
        }

        target: root.chronology
    }

    // The flags are laid out after the first rows: while the practitioner is still within the
    // header, it stays in view from its top as it grows.
    Connections {
        function onHeightChanged() {
            topTimer.onlyWithinHeader = true;
            topTimer.restart();
        }

        target: entryList.headerItem
    }

    // Both act once the list has laid itself out again (interval 0: the next turn of the loop).
    Timer {
        id: placeTimer

        property int row: -1
        property real y: 0

        interval: 0
        onTriggered: {
            if (row >= 0)
                entryList.positionViewAtIndex(row, ListView.Beginning);
            else
                entryList.contentY = y;
        }
    }

    Timer {
        id: topTimer

        property bool onlyWithinHeader: false

        interval: 0
        onTriggered: {
            if (!onlyWithinHeader || root.anchorRow < 0)
                entryList.positionViewAtBeginning();
        }
    }

    ChronologyAcknowledgeDialog {
        id: acknowledgeDialog
    }
}
