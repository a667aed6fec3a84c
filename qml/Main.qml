import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

QQC2.ApplicationWindow {
    id: root

    width: 1280
    height: 800
    visible: true
    title: qsTr("Hearth")
    color: Style.surface

    Material.theme: Material.Light
    Material.primary: Style.brand
    Material.accent: Style.controlAccent
    Material.foreground: Style.text

    AppShell {
        anchors.fill: parent
        focus: true
    }
}
