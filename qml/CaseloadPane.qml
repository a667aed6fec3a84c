import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The caseload: a search box that filters as the practitioner types (with a clear button), the
// sort and filter that plan the day, the children with their last contact and next due date,
// and adding a child on the tablet. Tapping "Start visit" opens the wizard on step 1.
Item {
    id: root

    signal addChildRequested

    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Style.spacingL
        spacing: Style.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacingM

            StepHeading {
                text: qsTr("Children")
            }

            SecondaryButton {
                objectName: "addChildButton"
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
                model: [qsTr("All children"), qsTr("Due this week"), qsTr("Overdue"), qsTr("Not seen for…")]
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
            text: Workspace.caseload.query.length > 0 ? qsTr("No child matches “%1”.").arg(Workspace.caseload.query) : Workspace.caseload.total > 0 ? qsTr("No child on your caseload matches this filter.") : qsTr("No children on this tablet yet. Your caseload arrives once the tablet is linked to your agency; until then you can add a child here.")
            color: Style.mutedText
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }

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

                width: caseloadList.width
                implicitHeight: Math.max(72, rowLayout.implicitHeight + 2 * Style.spacingS)
                radius: 6
                color: Style.surfaceRaised
                border.width: 1
                border.color: Style.divider

                RowLayout {
                    id: rowLayout

                    anchors.fill: parent
                    anchors.leftMargin: Style.spacingM
                    anchors.rightMargin: Style.spacingS
                    spacing: Style.spacingS

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
}
