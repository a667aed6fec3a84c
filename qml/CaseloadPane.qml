import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The caseload: a search box that filters as the practitioner types, the children, and
// adding a child on the tablet. Tapping "Start visit" opens the wizard on step 1.
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

        QQC2.TextField {
            id: search

            objectName: "caseloadSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: Style.touchTarget + 8
            // Starts with the filter in use, so coming back from a visit keeps the list as it was.
            text: Workspace.caseload.query
            placeholderText: qsTr("Search by name or postcode")
            placeholderTextColor: Style.placeholderText
            background: FieldLine {}
            font.pixelSize: Style.bodySize
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search the caseload")
            onTextChanged: Workspace.caseload.query = text
            onAccepted: Workspace.caseload.refresh()
        }

        QQC2.Label {
            objectName: "emptyState"
            Layout.fillWidth: true
            visible: Workspace.caseload.count === 0
            text: Workspace.caseload.query.length > 0 ? qsTr("No child matches “%1”.").arg(Workspace.caseload.query) : qsTr("No children on this tablet yet. Your caseload arrives once the tablet is linked to your agency; until then you can add a child here.")
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
                            maximumLineCount: 2
                            font.pixelSize: Style.smallSize
                            elide: Text.ElideRight
                        }
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
