import QtQuick
import QtQuick.Controls as QQC2
import Hearth.App

// One thing the child put in a house: a picture, or their own words in quotation marks.
QQC2.AbstractButton {
    id: root

    property string picture
    property string words

    implicitWidth: picture !== "" ? Style.touchTarget * 1.3 : Style.touchTarget * 4
    implicitHeight: Style.touchTarget * 1.3
    Accessible.name: picture !== "" ? picture : words

    background: Rectangle {
        radius: 8
        color: "#FFF3E0"
    }

    contentItem: Item {
        ChildPicture {
            anchors.fill: parent
            visible: root.picture !== ""
            picture: root.picture
        }

        QQC2.Label {
            anchors.fill: parent
            visible: root.words !== ""
            text: "\u201C" + root.words + "\u201D"
            font.pixelSize: Style.bodySize
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
    }
}
