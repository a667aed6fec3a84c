import QtQuick
import QtQuick.Layouts

// A photograph shown from the vault (PhotoImageProvider): decoded in memory for this view
// only. cache: false so Qt keeps no copy of the pixels once the view is gone.
Image {
    id: root

    required property string hash

    source: root.hash.length > 0 ? "image://vaultphoto/" + root.hash : ""
    cache: false
    asynchronous: false
    fillMode: Image.PreserveAspectFit
    sourceSize.width: 1024
    Layout.preferredHeight: implicitHeight > 0 ? Math.min(320, width * implicitHeight / Math.max(1, implicitWidth)) : 0
    Layout.maximumWidth: 480
}
