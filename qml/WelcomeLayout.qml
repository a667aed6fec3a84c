import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// The frame of the first-run and unlock screens: a brand panel beside the form in
// landscape, above it in portrait, with the text size and colours at hand before anything is
// unlocked. Pages put their fields in as children.
FocusScope {
    id: root

    property string heading
    property string intro
    default property alias content: form.data
    readonly property bool wide: width > height

    Rectangle {
        id: brandPanel

        width: root.wide ? Math.round(root.width * 0.38) : root.width
        height: root.wide ? root.height : brandColumn.implicitHeight + 2 * Style.spacingXL
        gradient: Gradient {
            GradientStop {
                position: 0
                color: Style.brand
            }
            GradientStop {
                position: 1
                color: Style.brandDeep
            }
        }

        ColumnLayout {
            id: brandColumn

            x: Style.spacingXL
            width: brandPanel.width - 2 * Style.spacingXL
            anchors.verticalCenter: parent.verticalCenter
            spacing: Style.spacingS

            Rectangle {
                // A small ember: the hearth at the centre of the home.
                Layout.preferredWidth: 56
                Layout.preferredHeight: 8
                radius: 4
                color: Style.ember
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Hearth")
                color: Style.brandText
                font.pixelSize: Style.displaySize
                font.bold: true
                // One word: smaller on a phone at the largest text rather than spill.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Style.headingSize
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Home visit records, kept safe on this tablet.")
                color: Style.brandTextMuted
                font.pixelSize: Style.titleSize
                wrapMode: Text.WordWrap
            }

            QQC2.Button {
                id: displayButton

                objectName: "displayButton"
                Layout.topMargin: Style.spacingS
                Layout.maximumWidth: brandColumn.width
                implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                flat: true
                focusPolicy: Qt.StrongFocus
                text: qsTr("Text size and colours")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: text
                onClicked: displayDialog.open()

                background: Rectangle {
                    radius: 6
                    color: displayButton.down ? Style.brandDeep : "transparent"
                    border.width: 1
                    border.color: Style.brandTextMuted

                    FocusRing {
                        shown: displayButton.visualFocus
                        border.color: Style.brandText
                    }
                }

                contentItem: QQC2.Label {
                    text: displayButton.text
                    font: displayButton.font
                    color: Style.brandText
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    DisplayDialog {
        id: displayDialog
    }

    Flickable {
        id: flickable

        x: root.wide ? brandPanel.width : 0
        y: root.wide ? 0 : brandPanel.height
        width: root.width - x
        height: root.height - y
        contentWidth: width
        contentHeight: Math.max(height, formColumn.implicitHeight + 2 * Style.spacingXL)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: formColumn

            width: Math.min(Style.formMaxWidth, flickable.width - 2 * Style.spacingL)
            x: Math.round((flickable.width - width) / 2)
            // Centred in landscape; nearer the top in portrait, where the keyboard rises.
            y: Math.max(Style.spacingXL, Math.round((flickable.height - implicitHeight) / (root.wide ? 2 : 4)))
            spacing: Style.spacingM

            QQC2.Label {
                Layout.fillWidth: true
                text: root.heading
                font.pixelSize: Style.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: root.heading
            }

            QQC2.Label {
                Layout.fillWidth: true
                visible: root.intro.length > 0
                text: root.intro
                color: Style.mutedText
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }

            ColumnLayout {
                id: form

                Layout.fillWidth: true
                Layout.topMargin: Style.spacingS
                spacing: Style.spacingM
            }
        }
    }
}
