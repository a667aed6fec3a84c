import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The caseload: a search box that filters as the practitioner types (with a clear button), the
// sort and filter that plan the day, the children with their last contact and next due date,
// and adding a child on the tablet. Tapping "Start visit" opens the wizard on step 1. A child
// whose records show a pattern (issue 11) says so on its row, in the pack's plain words, and
// the flag can be acknowledged from there.
Item {
    id: root

    // The height that shows the search, the filters and a child or two: in portrait the
    // home screen gives the caseload at least this much.
    readonly property real usefulHeight: paneColumn.implicitHeight + (caseloadList.headerItem ? caseloadList.headerItem.implicitHeight : 0) + 2 * Style.spacingL + 2 * Style.touchTarget

    // Off where a tab above the pane already says "Children".
    property bool showHeading: true

    signal addChildRequested

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    ColumnLayout {
        id: paneColumn

        anchors.fill: parent
        anchors.margins: Style.spacingL
        spacing: Style.spacingM

        ListView {
            id: caseloadList

            objectName: "caseloadList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Style.spacingXS
            model: Workspace.caseload
            boundsBehavior: Flickable.StopAtBounds

            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            // The heading, the search and the filters scroll away with the children, so that on a
            // short screen for the text size (portrait, or landscape at 200 %) the list keeps its
            // room instead of sitting under them.
            header: Item {
                width: caseloadList.width
                implicitHeight: listControls.implicitHeight + Style.spacingM

                ColumnLayout {
                    id: listControls

                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Style.spacingM

                // The button goes below the heading where both do not fit on one line.
                Flow {
                    Layout.fillWidth: true
                    // Flow has no implicit height on Qt 6.4; without this the list would lie over it.
                    Layout.preferredHeight: childrenRect.height
                    spacing: Style.spacingM

                    StepHeading {
                        visible: root.showHeading
                        width: Math.min(implicitWidth, parent.width)
                        text: qsTr("Children")
                    }

                    SecondaryButton {
                        objectName: "addChildButton"
                        width: Math.min(implicitWidth, parent.width)
                        text: qsTr("Add a child")
                        onClicked: root.addChildRequested()
                    }
                }

                // A visible label: the placeholder goes as soon as a letter is typed.
                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Search the caseload")
                    font.pixelSize: Style.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }

                QQC2.TextField {
                    id: search

                    objectName: "caseloadSearch"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Style.touchTarget + Style.spacingS
                    // Starts with the filter in use, so coming back from a visit keeps the list as it was.
                    text: Workspace.caseload.query
                    placeholderText: qsTr("Search by name or postcode")
                    placeholderTextColor: Style.placeholderText
                    background: FieldLine {}
                    font.pixelSize: Style.bodySize
                    rightPadding: clearSearch.visible ? clearSearch.width + Style.spacingXS : Style.spacingS
                    inputMethodHints: Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Search the caseload")
                    onTextChanged: Workspace.caseload.query = text
                    onAccepted: Workspace.caseload.refresh()

                    QQC2.ToolButton {
                        id: clearSearch

                        objectName: "clearSearch"
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        width: Style.touchTarget
                        height: Style.touchTarget
                        visible: search.text.length > 0
                        text: "×"
                        font.pixelSize: Style.titleSize
                        Accessible.name: qsTr("Clear the search")
                        onClicked: {
                            search.text = "";
                            Workspace.caseload.refresh();
                            search.forceActiveFocus();
                        }
                    }
                }

                // Sort and filter wrap onto a second line when the pane is narrow (portrait, Welsh).
                Flow {
                    id: viewControls

                    Layout.fillWidth: true
                    spacing: Style.spacingS

                    QQC2.ComboBox {
                        objectName: "caseloadSort"
                        font.pixelSize: Style.smallSize
                        implicitHeight: Style.touchTarget
                        // Wide enough for its longest choice, never wider than the pane.
                        implicitContentWidthPolicy: QQC2.ComboBox.WidestText
                        width: Math.min(implicitWidth, viewControls.width)
                        model: [qsTr("Sort by name"), qsTr("Sort by next due"), qsTr("Sort by last contact (oldest first)")]
                        currentIndex: Workspace.caseload.sortOrder
                        Accessible.name: qsTr("Sort the caseload")
                        onActivated: index => Workspace.caseload.sortOrder = index
                    }

                    QQC2.ComboBox {
                        objectName: "caseloadFilter"
                        font.pixelSize: Style.smallSize
                        implicitHeight: Style.touchTarget
                        // Wide enough for its longest choice, never wider than the pane.
                        implicitContentWidthPolicy: QQC2.ComboBox.WidestText
                        width: Math.min(implicitWidth, viewControls.width)
                        model: [qsTr("All children"), qsTr("Due this week"), qsTr("Overdue"), qsTr("Not seen for…"), qsTr("Flagged")]
                        currentIndex: Workspace.caseload.filter
                        Accessible.name: qsTr("Show which children")
                        onActivated: index => Workspace.caseload.filter = index
                    }

                    QQC2.ComboBox {
                        id: weeks

                        readonly property var choices: [4, 8, 12]

                        objectName: "caseloadNotSeenWeeks"
                        visible: Workspace.caseload.filter === CaseloadListModel.NotSeen
                        font.pixelSize: Style.smallSize
                        implicitHeight: Style.touchTarget
                        // Wide enough for its longest choice, never wider than the pane.
                        implicitContentWidthPolicy: QQC2.ComboBox.WidestText
                        width: Math.min(implicitWidth, viewControls.width)
                        model: choices.map(n => qsTr("%1 weeks").arg(n))
                        currentIndex: Math.max(0, choices.indexOf(Workspace.caseload.notSeenWeeks))
                        Accessible.name: qsTr("Not seen for how many weeks")
                        onActivated: index => Workspace.caseload.notSeenWeeks = choices[index]
                    }
                }

                QQC2.Label {
                    objectName: "emptyState"
                    Layout.fillWidth: true
                    visible: Workspace.caseload.count === 0
                    text: Workspace.caseload.query.length > 0 ? qsTr("No child matches “%1”.").arg(Workspace.caseload.query) : Workspace.caseload.filter === CaseloadListModel.Flagged && !Workspace.caseload.flagsJudged ? qsTr("Looking for patterns in the children's records…") : Workspace.caseload.filter === CaseloadListModel.Flagged && Workspace.caseload.total > 0 ? qsTr("No child on your caseload has an open flag.") : Workspace.caseload.total > 0 ? qsTr("No child on your caseload matches this filter.") : qsTr("No children on this tablet yet. Your caseload arrives once the tablet is linked to your agency; until then you can add a child here.")
                    color: Style.mutedText
                    font.pixelSize: Style.bodySize
                    wrapMode: Text.WordWrap
                }
                }
            }

            delegate: Rectangle {
                id: row

                required property string childId
                required property string name
                required property string details
                required property bool onDevice
                required property bool removed
                required property string lastContact
                required property string nextDue
                required property bool overdue
                required property bool dueThisWeek
                required property int openFlags
                required property string firstFlag
                required property string firstFlagRule

                width: caseloadList.width
                implicitHeight: Math.max(72, rowLayout.implicitHeight + 2 * Style.spacingS)
                radius: 6
                color: Style.surfaceRaised
                border.width: 1
                border.color: Style.divider

                // On a phone at large text the button goes below the child's details, which
                // would otherwise be squeezed to a word a line.
                GridLayout {
                    id: rowLayout

                    anchors.fill: parent
                    anchors.leftMargin: Style.spacingM
                    anchors.rightMargin: Style.spacingS
                    anchors.topMargin: Style.spacingS
                    anchors.bottomMargin: Style.spacingS
                    columns: row.width < Style.touchTarget * 8 ? 1 : 2
                    rowSpacing: Style.spacingS
                    columnSpacing: Style.spacingS

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: Style.bodySize
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: row.removed ? qsTr("%1 · no longer on your caseload (changed by your agency)").arg(row.details) : row.onDevice ? qsTr("%1 · added on this tablet").arg(row.details) : row.details
                            color: row.removed ? Style.noticeText : Style.mutedText
                            wrapMode: Text.WordWrap
                            font.pixelSize: Style.smallSize
                        }

                        QQC2.Label {
                            Layout.fillWidth: true
                            text: row.lastContact
                            color: Style.mutedText
                            wrapMode: Text.WordWrap
                            font.pixelSize: Style.smallSize
                        }

                        QQC2.Label {
                            objectName: "nextDue:" + row.name
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: row.nextDue
                            // The words say "Overdue" too: colour is never the only sign.
                            color: row.overdue ? Style.errorText : row.dueThisWeek ? Style.noticeText : Style.mutedText
                            font.bold: row.overdue || row.dueThisWeek
                            wrapMode: Text.WordWrap
                            font.pixelSize: Style.smallSize
                        }

                        // The flag in words first; colour and the count only add to them.
                        QQC2.Label {
                            objectName: "flag:" + row.name
                            Layout.fillWidth: true
                            visible: row.openFlags > 0
                            text: row.openFlags > 1 ? qsTr("Flag: %1 (and %2 more)").arg(row.firstFlag).arg(row.openFlags - 1) : qsTr("Flag: %1").arg(row.firstFlag)
                            color: Style.noticeText
                            font.bold: true
                            wrapMode: Text.WordWrap
                            font.pixelSize: Style.smallSize
                        }

                        QQC2.Button {
                            objectName: "acknowledgeFlag:" + row.name
                            visible: row.openFlags > 0
                            flat: true
                            padding: 0
                            implicitHeight: Style.touchTarget
                            font.pixelSize: Style.smallSize
                            font.underline: true
                            // The style would set it in capitals, which read as shouting.
                            font.capitalization: Font.MixedCase
                            text: qsTr("Acknowledge this flag")
                            Accessible.name: qsTr("Acknowledge the flag for %1").arg(row.name)
                            onClicked: acknowledgeDialog.ask(row.childId, row.name, row.firstFlagRule, "", row.firstFlag)
                        }
                    }

                    SecondaryButton {
                        objectName: "household:" + row.name
                        visible: !row.removed
                        text: qsTr("Household")
                        Accessible.name: qsTr("Household and health of %1").arg(row.name)
                        onClicked: Workspace.openHousehold(row.childId)
                    }

                    SecondaryButton {
                        objectName: "chronology:" + row.name
                        implicitHeight: Style.touchTarget
                        text: qsTr("History")
                        Accessible.name: qsTr("Open the chronology of %1").arg(row.name)
                        onClicked: Workspace.openChronology(row.childId)
                    }

                    PrimaryButton {
                        objectName: "startVisit:" + row.name
                        Layout.fillWidth: true
                        Layout.maximumWidth: implicitWidth
                        visible: !row.removed
                        implicitHeight: Style.touchTarget
                        leftPadding: Style.spacingM
                        rightPadding: Style.spacingM
                        text: qsTr("Start visit")
                        Accessible.name: qsTr("Start a visit for %1").arg(row.name)
                        onClicked: Workspace.startVisit(row.childId)
                    }
                }
            }
        }
    }

    AcknowledgeFlagDialog {
        id: acknowledgeDialog
    }
}
