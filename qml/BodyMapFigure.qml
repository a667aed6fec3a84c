import QtQuick
import QtQuick.Shapes
import QtQuick.Controls as QQC2
import Hearth.App

// One side of the body map: the outline for the child's age drawn from BodyMapShapes (the
// same parts a tap's region is computed from), with the marks on this side as numbered
// circles. Always twice as tall as it is wide, so a mark sits on the same spot in portrait and
// landscape. When `interactive`, a tap reports where, 0-10000 across and down the box.
Item {
    id: root

    required property string outline
    required property string side // "front" or "back"
    property var marks: []
    property bool interactive: false
    property int highlighted: 0 // the number of a mark to show as chosen

    signal tapped(int x, int y)

    implicitWidth: 180
    implicitHeight: width * 2
    objectName: "bodyMap:" + side
    Accessible.role: root.interactive ? Accessible.Button : Accessible.Graphic
    Accessible.name: root.side === "back" ? qsTr("Back of the body") : qsTr("Front of the body")

    // qmllint disable unqualified
    Rectangle {
        anchors.fill: parent
        color: Style.surface
        border.color: Style.mutedText
        border.width: root.interactive ? 1 : 0
        radius: 6
    }

    Shape {
        width: BodyMapShapes.boxWidth
        height: BodyMapShapes.boxHeight
        scale: root.width / BodyMapShapes.boxWidth
        transformOrigin: Item.TopLeft

        // The parts overlap: a thick stroke under a plain fill leaves one clean silhouette.
        ShapePath {
            strokeColor: Style.mutedText
            strokeWidth: 9
            fillColor: Style.mutedText
            fillRule: ShapePath.WindingFill
            joinStyle: ShapePath.RoundJoin

            PathSvg {
                path: BodyMapShapes.outlinePath(root.outline)
            }
        }

        ShapePath {
            strokeColor: "transparent"
            fillColor: Style.infoSurface
            fillRule: ShapePath.WindingFill

            PathSvg {
                path: BodyMapShapes.outlinePath(root.outline)
            }
        }
    }

    // The child's right and left: facing us on the front, turned away on the back.
    QQC2.Label {
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Style.spacingXS
        text: root.side === "back" ? qsTr("Left") : qsTr("Right")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
    }

    QQC2.Label {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Style.spacingXS
        text: root.side === "back" ? qsTr("Right") : qsTr("Left")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
    }

    QQC2.Label {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: -height
        text: root.side === "back" ? qsTr("Back") : qsTr("Front")
        font.pixelSize: Style.smallSize
        font.weight: Font.DemiBold
    }

    Repeater {
        model: root.marks

        delegate: Rectangle {
            required property var modelData

            objectName: "bodyMark:" + modelData.number
            visible: modelData.side === root.side
            width: 26
            height: 26
            radius: 13
            x: modelData.x / 10000 * root.width - width / 2
            y: modelData.y / 10000 * root.height - height / 2
            color: modelData.number === root.highlighted ? Style.ember : Style.brand
            border.color: Style.brandText
            border.width: 2

            QQC2.Label {
                anchors.centerIn: parent
                text: parent.modelData.number
                color: Style.brandText
                font.pixelSize: Style.smallSize
                font.bold: true
            }
        }
    }

    TapHandler {
        enabled: root.interactive
        onTapped: eventPoint => root.tapped(Math.round(eventPoint.position.x / root.width * 10000), Math.round(eventPoint.position.y / root.height * 10000))
    }
}
