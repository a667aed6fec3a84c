import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The paper and the pens: nine colours, three widths, undo and a fresh page. Side by side in
// landscape, the pens under the paper in portrait.
GridLayout {
    id: root

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified

    required property ChildModeController mode
    property bool wide: false
    // Undo and New page: room for two lines of their words.
    readonly property real tileHeight: Style.bodySize * 2.6 + 2 * Style.spacingXS
    // A pen button: as big as a touch target and a fifth where there is room, else as big as
    // fits. Beside the paper, four rows of pens and the two tiles share the panel's height; under
    // it, nine pens share the width (a phone at the largest text has no room for nine targets)
    // and Undo and New page share the row of widths.
    readonly property real penSize: Math.max(Style.touchTarget * 0.5, Math.min(Style.touchTarget * 1.2, wide ? (height - 2 * tileHeight - 5 * Style.spacingS) / 4 : (width - 8 * Style.spacingS) / 9))

    columns: root.wide ? 2 : 1
    rowSpacing: Style.spacingM
    columnSpacing: Style.spacingM

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: "transparent"

        Rectangle {
            id: paper

            anchors.centerIn: parent
            width: Math.min(parent.width, parent.height)
            height: width
            radius: 8
            color: "#FFFFFF"
            border.width: 2
            border.color: "#CFD8DC"

            ChildCanvas {
                id: canvas

                objectName: "childCanvas"
                anchors.fill: parent
                drawing: root.mode.drawing
                Accessible.name: qsTr("Drawing paper")
            }
        }
    }

    GridLayout {
        Layout.fillWidth: !root.wide
        Layout.alignment: Qt.AlignTop
        columns: root.wide ? 3 : 9
        rowSpacing: Style.spacingS
        columnSpacing: Style.spacingS

        Repeater {
            model: canvas.colours

            delegate: QQC2.AbstractButton {
                id: swatch

                required property color modelData
                required property int index

                objectName: "childPen" + index
                implicitWidth: root.penSize
                implicitHeight: root.penSize
                Accessible.name: qsTr("Pen colour %1").arg(index + 1)
                onClicked: canvas.colour = index

                background: Rectangle {
                    radius: width / 2
                    color: swatch.modelData
                    border.width: canvas.colour === swatch.index ? 6 : 2
                    border.color: canvas.colour === swatch.index ? "#263238" : "#FFFFFF"
                }
            }
        }

        Repeater {
            model: canvas.widths

            delegate: QQC2.AbstractButton {
                id: pen

                required property int modelData
                required property int index

                objectName: "childPenWidth" + index
                implicitWidth: root.penSize
                implicitHeight: root.penSize
                Accessible.name: [qsTr("Thin"), qsTr("Medium"), qsTr("Thick")][index]
                onClicked: canvas.penWidth = modelData

                background: Rectangle {
                    radius: 12
                    color: canvas.penWidth === pen.modelData ? "#FFE0B2" : "#FFFFFF"
                    border.width: 2
                    border.color: "#CFD8DC"

                    Rectangle {
                        anchors.centerIn: parent
                        width: 6 + pen.index * 10
                        height: width
                        radius: width / 2
                        color: canvas.colours[canvas.colour]
                    }
                }
            }
        }

        ChildTile {
            objectName: "childUndo"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(root.penSize, root.tileHeight)
            label: qsTr("Undo")
            enabled: root.mode.drawing.strokeCount > 0
            onClicked: root.mode.drawing.undo()
        }

        ChildTile {
            objectName: "childClear"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(root.penSize, root.tileHeight)
            label: qsTr("New page")
            enabled: root.mode.drawing.strokeCount > 0
            onClicked: root.mode.drawing.clear()
        }

        QQC2.Label {
            Layout.columnSpan: root.wide ? 3 : 9
            Layout.fillWidth: true
            visible: root.mode.drawing.full
            text: qsTr("The paper is full.")
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
        }
    }
}
