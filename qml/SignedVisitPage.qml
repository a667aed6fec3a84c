import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// A signed visit, read-only: exactly what was signed, by whom and when, its amendments, and
// "Amend", which adds a signed correction with a reason rather than changing anything.
QQC2.Page {
    id: root

    required property SignedVisit record

    objectName: "signedVisitPage"
    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, headerGrid.implicitHeight + 2 * Style.spacingS)

        background: Rectangle {
            color: Style.brand
        }

        // The title goes below the buttons when the three do not fit on one line, and Amend
        // below the title when even the two buttons do not (a phone at the largest text).
        GridLayout {
            id: headerGrid

            readonly property bool oneRow: closeButton.implicitWidth + titleLabel.implicitWidth + amendButton.implicitWidth + 2 * columnSpacing <= width
            readonly property bool buttonsFit: closeButton.implicitWidth + amendButton.implicitWidth + columnSpacing <= width

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Style.spacingS
            anchors.rightMargin: Style.spacingM
            columnSpacing: Style.spacingS
            rowSpacing: 0

            QQC2.ToolButton {
                id: closeButton

                objectName: "closeSignedButton"
                Layout.row: 0
                Layout.column: 0
                Layout.preferredHeight: Style.touchTarget
                text: qsTr("‹ Visits")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Back to the list of visits")
                onClicked: Workspace.closeSigned()
            }

            QQC2.Label {
                id: titleLabel

                Layout.row: headerGrid.oneRow ? 0 : 1
                Layout.column: headerGrid.oneRow ? 1 : 0
                Layout.columnSpan: headerGrid.oneRow ? 1 : 3
                // Spanning the row below, it asks for no width of its own, which would
                // otherwise be taken from the buttons above it.
                Layout.preferredWidth: headerGrid.oneRow ? -1 : 0
                Layout.fillWidth: true
                Layout.leftMargin: headerGrid.oneRow ? 0 : Style.spacingS
                text: qsTr("Signed visit: %1").arg(root.record.childName)
                font.pixelSize: Style.titleSize
                font.bold: true
                // A long double-barrelled name breaks anywhere rather than spill on a phone.
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.ToolButton {
                id: amendButton

                objectName: "amendButton"
                Layout.row: headerGrid.buttonsFit ? 0 : 2
                Layout.column: headerGrid.buttonsFit ? 2 : 0
                Layout.alignment: headerGrid.buttonsFit ? Qt.AlignRight : Qt.AlignLeft
                Layout.preferredHeight: Style.touchTarget
                text: qsTr("Amend")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                font.bold: true
                Accessible.name: qsTr("Add an amendment to this signed visit")
                onClicked: amendDialog.open()
            }
        }
    }

    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            x: Math.max(Style.spacingL, Math.round((scroll.availableWidth - width) / 2))
            width: Math.min(Style.pageMaxWidth, scroll.availableWidth - 2 * Style.spacingL)
            spacing: Style.spacingM

            Item {
                implicitHeight: Style.spacingS
            }

            Callout {
                objectName: "signedBanner"
                Layout.fillWidth: true
                kind: Callout.Kind.Info
                text: qsTr("%1. This record is signed and cannot be changed.").arg(root.record.signedText)
            }

            SecondaryButton {
                objectName: "openChronologyButton"
                implicitHeight: Style.touchTarget
                text: qsTr("%1's chronology").arg(root.record.childName)
                Accessible.name: qsTr("Open the chronology of %1").arg(root.record.childName)
                onClicked: Workspace.openChronology(root.record.childId)
            }

            QQC2.Label {
                objectName: "signedRecordId"
                Layout.fillWidth: true
                text: qsTr("Record: %1").arg(root.record.recordId)
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WrapAnywhere
            }

            Repeater {
                model: root.record.summary

                delegate: SummarySection {
                    Layout.fillWidth: true
                }
            }

            BodyMapView {
                Layout.fillWidth: true
                outline: root.record.bodyOutline
                marks: root.record.bodyMarks
            }

            PhotoGallery {
                Layout.fillWidth: true
                photos: root.record.photos
            }

            StepHeading {
                major: false
                visible: root.record.amendments.count > 0
                text: qsTr("Amendments")
            }

            Repeater {
                model: root.record.amendments

                delegate: Callout {
                    required property string label
                    required property string hint
                    required property string group

                    objectName: "amendmentEntry"
                    Layout.fillWidth: true
                    kind: Callout.Kind.Notice
                    text: qsTr("%1\nReason: %2\n%3").arg(group).arg(hint).arg(label)
                }
            }

            Item {
                implicitHeight: Style.spacingL
            }
        }
    }

    AmendDialog {
        id: amendDialog

        record: root.record
    }
}
