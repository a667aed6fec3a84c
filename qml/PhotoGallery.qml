import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A visit's photographs, read-only (the review, the sign dialog, a signed visit): each image
// from the vault with its caption and the body-map mark it shows. Nothing shows when there
// are none.
ColumnLayout {
    id: root

    // PhotoList::forViews: [{row, hash, caption, mark}].
    required property var photos

    visible: root.photos.length > 0
    spacing: Style.spacingS

    StepHeading {
        major: false
        text: qsTr("Photographs")
    }

    Repeater {
        model: root.photos

        delegate: ColumnLayout {
            id: photo

            required property var modelData

            Layout.fillWidth: true
            spacing: Style.spacingXS

            PhotoImage {
                objectName: "photoShown:" + photo.modelData.row
                Layout.fillWidth: true
                hash: photo.modelData.hash
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: {
                    const number = qsTr("Photo %1").arg(photo.modelData.row + 1);
                    const caption = photo.modelData.caption.length > 0 ? qsTr("%1: %2").arg(number).arg(photo.modelData.caption) : number;
                    return photo.modelData.mark ? qsTr("%1 (shows mark %2)").arg(caption).arg(photo.modelData.mark) : caption;
                }
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
            }
        }
    }
}
