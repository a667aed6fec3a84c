import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A big picture button for child mode: a picture (or a face) with at most a word or two under
// it. The word is also its name for a screen reader.
QQC2.AbstractButton {
    id: root

    property string picture
    property int face: -1
    property string label
    property bool selected: false

    implicitWidth: Style.touchTarget * 2
    implicitHeight: Style.touchTarget * 2
    padding: Style.spacingXS
    focusPolicy: Qt.StrongFocus
    Accessible.name: label

    background: Rectangle {
        radius: 16
        color: root.selected ? "#FFE0B2" : "#FFFFFF"
        border.width: root.selected ? 4 : 2
        border.color: root.selected ? "#E65100" : (root.visualFocus ? Style.focusRing : "#CFD8DC")
    }

    contentItem: ColumnLayout {
        spacing: 2

        // A word-only tile (Undo, New page) gives its whole face to the word.
        ChildPicture {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Style.touchTarget / 2
            visible: root.picture !== "" || root.face >= 0
            picture: root.picture
            face: root.face
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.fillHeight: root.picture === "" && root.face < 0
            visible: root.label !== ""
            text: root.label
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Style.bodySize
            font.bold: true
            color: "#263238"
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            // A long word (Welsh "Dadwneud") in a narrow tile is made smaller rather than cut.
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(Style.bodySize * 0.6)
            elide: Text.ElideRight
        }
    }
}
