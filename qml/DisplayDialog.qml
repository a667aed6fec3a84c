import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Text size and light or dark colours, for this tablet. Reachable before unlocking, because
// whoever needs large text needs it to type the passcode; each choice applies at once.
QQC2.Dialog {
    id: root

    objectName: "displayDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 2 * Style.spacingM)
    modal: true
    focus: true
    title: qsTr("Text size and colours")

    background: Rectangle {
        radius: 8
        color: Style.surfaceRaised
        border.width: 1
        border.color: Style.divider
    }

    header: QQC2.Label {
        text: root.title
        topPadding: Style.spacingL
        leftPadding: Style.spacingL
        rightPadding: Style.spacingL
        font.pixelSize: Style.titleSize
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this file.
    // qmllint disable unqualified
    QQC2.ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Style.spacingXS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Text size")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Compared with the tablet’s own text size.")
                color: Style.mutedText
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }

            Flow {
                Layout.fillWidth: true
                // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
                Layout.preferredHeight: childrenRect.height
                spacing: Style.spacingS

                Repeater {
                    model: Display.textScales

                    delegate: QQC2.RadioButton {
                        id: scaleOption

                        required property int modelData

                        objectName: "textScale" + modelData
                        height: Math.max(Style.touchTarget, implicitHeight)
                        indicator: RadioMark {
                            control: scaleOption
                        }
                        text: qsTr("%1%").arg(modelData)
                        checked: Display.textScale === modelData
                        Accessible.name: qsTr("Text size %1 percent").arg(modelData)
                        onClicked: Display.setTextScale(modelData)
                    }
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                Layout.topMargin: Style.spacingM
                text: qsTr("Colours")
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            Repeater {
                model: [
                    {
                        "theme": Display.System,
                        "name": "themeSystem",
                        "label": qsTr("As the tablet is set")
                    },
                    {
                        "theme": Display.Light,
                        "name": "themeLight",
                        "label": qsTr("Light: dark text on a light page")
                    },
                    {
                        "theme": Display.Dark,
                        "name": "themeDark",
                        "label": qsTr("Dark: light text on a dark page")
                    }
                ]

                delegate: QQC2.RadioButton {
                    id: themeOption

                    required property var modelData

                    objectName: modelData.name
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    text: modelData.label
                    checked: Display.theme === modelData.theme
                    Accessible.name: text
                    onClicked: Display.theme = modelData.theme

                    indicator: RadioMark {
                        control: themeOption
                    }

                    contentItem: QQC2.Label {
                        leftPadding: themeOption.indicator.width + themeOption.spacing
                        text: themeOption.text
                        font: themeOption.font
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
        }
    }
    // qmllint enable unqualified

    footer: Item {
        implicitHeight: doneButton.implicitHeight + 2 * Style.spacingM

        PrimaryButton {
            id: doneButton

            objectName: "displayDoneButton"
            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, parent.width - 2 * Style.spacingL)
            leftPadding: Style.spacingL
            rightPadding: Style.spacingL
            text: qsTr("Done")
            onClicked: root.close()
        }
    }
}
