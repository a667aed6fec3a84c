import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The nine steps, always visible: a column beside the step in landscape, a scrolling strip
// above it in portrait. Each shows how many things it still needs; any step can be opened.
QQC2.Pane {
    id: root

    required property VisitController visit
    property bool vertical: true

    padding: Style.spacingS
    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    background: Rectangle {
        color: Style.infoSurface
    }

    ListView {
        id: list

        anchors.fill: parent
        orientation: root.vertical ? ListView.Vertical : ListView.Horizontal
        spacing: Style.spacingXS
        clip: true
        model: root.visit.stepTitles
        currentIndex: root.visit.step
        boundsBehavior: Flickable.StopAtBounds
        keyNavigationEnabled: false
        onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)

        delegate: QQC2.ItemDelegate {
            id: stepButton

            required property int index
            required property string modelData
            readonly property int missingCount: root.visit.stepMissing[stepButton.index] || 0
            readonly property bool current: root.visit.step === stepButton.index

            objectName: "stepButton" + index
            width: root.vertical ? list.width : Math.max(implicitWidth, 150)
            height: root.vertical ? Math.max(Style.touchTarget + 8, implicitHeight) : list.height
            focusPolicy: Qt.StrongFocus
            Accessible.name: missingCount > 0 ? qsTr("Step %1 of 9, %2: %n thing(s) still to record", "", missingCount).arg(index + 1).arg(modelData) : qsTr("Step %1 of 9, %2").arg(index + 1).arg(modelData)
            onClicked: root.visit.step = stepButton.index

            background: Rectangle {
                radius: 6
                color: stepButton.current ? Style.brand : stepButton.down ? Style.disabledSurface : "transparent"
                border.width: stepButton.visualFocus ? 3 : 0
                border.color: Style.focusRing
            }

            contentItem: RowLayout {
                spacing: Style.spacingS

                Rectangle {
                    Layout.preferredWidth: Style.iconSize
                    Layout.preferredHeight: Style.iconSize
                    radius: Style.iconSize / 2
                    color: stepButton.current ? Style.brandText : stepButton.missingCount === 0 ? Style.success : Style.disabledSurface

                    QQC2.Label {
                        anchors.centerIn: parent
                        text: stepButton.missingCount === 0 && !stepButton.current ? "✓" : String(stepButton.index + 1)
                        color: stepButton.current ? Style.brand : stepButton.missingCount === 0 ? Style.successMark : Style.text
                        font.pixelSize: Style.smallSize
                        font.bold: true
                    }
                }

                QQC2.Label {
                    Layout.fillWidth: true
                    text: stepButton.modelData
                    color: stepButton.current ? Style.brandText : Style.text
                    font.pixelSize: Style.bodySize
                    font.bold: stepButton.current
                    // Welsh titles and large text run long: the column's rows grow to hold the
                    // whole title; the strip in portrait keeps each title on one line.
                    wrapMode: Text.WordWrap
                }

                QQC2.Label {
                    visible: stepButton.missingCount > 0 && !stepButton.current
                    text: String(stepButton.missingCount)
                    color: Style.noticeText
                    font.pixelSize: Style.smallSize
                    font.bold: true
                }
            }
        }
    }
}
