import QtQuick
import QtQuick.Controls as QQC2
import Hearth.App

// A yes-or-no fact of the open visit that is simply ticked (flags, "spoken to").
QQC2.CheckBox {
    id: root

    required property VisitController visit
    required property string path
    required property string label
    property bool current: visit.value(path) === true

    objectName: root.path
    text: root.label
    checked: root.current
    font.pixelSize: Style.bodySize
    implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: root.label
    onClicked: root.visit.setValue(root.path, checked)

    contentItem: QQC2.Label {
        leftPadding: root.indicator.width + root.spacing
        text: root.text
        font: root.font
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }

    Connections {
        function onValueChanged(changed: string) {
            if (root.path === changed || root.path.startsWith(changed + "."))
                root.current = root.visit.value(root.path) === true;
        }

        target: root.visit
    }
}
