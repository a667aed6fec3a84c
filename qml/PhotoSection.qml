import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtMultimedia
import Hearth.App

// Step 8's photographs: taken with the camera where the device has one, or chosen from a file.
// Each is kept only inside Hearth's encrypted vault (never the gallery), scaled, with its
// location and device details removed, and shown from the vault with no image cache. A photo
// can say which body-map mark it shows.
ColumnLayout {
    id: root

    required property VisitController visit

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this file.
    // qmllint disable unqualified
    StepHeading {
        major: false
        text: qsTr("Photographs")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Photos stay inside Hearth’s locked store on this tablet, never in the gallery. Hearth removes the location and device details.")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    PhotoCamera {
        id: camera

        visit: root.visit
        videoOutput: viewfinder
    }

    QQC2.Label {
        objectName: "photoCameraProblem"
        Layout.fillWidth: true
        visible: text.length > 0
        text: camera.available ? camera.problem : qsTr("This device has no camera: choose a photo from a file.")
        color: Style.noticeText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    VideoOutput {
        id: viewfinder

        Layout.fillWidth: true
        Layout.preferredHeight: camera.active ? width * 3 / 4 : 0
        visible: camera.active
    }

    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        SecondaryButton {
            width: Math.min(implicitWidth, parent.width)
            objectName: "photoCamera"
            visible: camera.available
            text: camera.active ? qsTr("Take the photo") : qsTr("Use the camera")
            onClicked: camera.active ? camera.capture() : camera.start()
        }

        SecondaryButton {
            visible: camera.active
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Close the camera")
            onClicked: camera.stop()
        }

        SecondaryButton {
            objectName: "photoFromFile"
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Choose a photo from a file")
            onClicked: fileDialog.open()
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: root.visit.addPhotoFromFile(selectedFile)
    }

    Repeater {
        model: VisitRowsModel {
            visit: root.visit
            list: VisitField.Photos
        }

        delegate: PhotoEntry {
            id: entry

            required property int index
            required property var item

            Layout.fillWidth: true
            visit: root.visit
            row: entry.index
            hash: entry.item && entry.item.hash ? entry.item.hash : ""
            mark: entry.item && entry.item.mark ? entry.item.mark : 0
        }
    }
}
