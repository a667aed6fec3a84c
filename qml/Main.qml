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
    // Every control without a size of its own (dialog titles, menus, fields) inherits this.
    font.pixelSize: Style.bodySize

    Material.theme: Style.dark ? Material.Dark : Material.Light
    Material.primary: Style.brand
    Material.accent: Style.accentText
    Material.foreground: Style.text
    Material.background: Style.surface

    AppShell {
        anchors.fill: parent
        focus: true
    }
}
