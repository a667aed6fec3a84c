import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The passcode rules, each ticked as soon as the passcode typed so far meets it.
ColumnLayout {
    id: root

    readonly property bool allMet: checklist.allMet

    function evaluate(passcode: string) {
        checklist.evaluate(passcode);
    }

    spacing: Style.spacingXS

    PasscodeChecklist {
        id: checklist
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Your passcode needs to be:")
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    Repeater {
        model: checklist

        delegate: RowLayout {
            id: rule

            required property string text
            required property bool met

            Layout.fillWidth: true
            spacing: Style.spacingS
            Accessible.role: Accessible.ListItem
            Accessible.name: met ? qsTr("Done: %1").arg(text) : qsTr("Not yet: %1").arg(text)

            Rectangle {
                Layout.preferredWidth: Style.iconSize
                Layout.preferredHeight: Style.iconSize
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 1
                radius: Style.iconSize / 2
                color: rule.met ? Style.success : "transparent"
                border.width: 2
                border.color: rule.met ? Style.success : Style.mutedText

                QQC2.Label {
                    anchors.centerIn: parent
                    visible: rule.met
                    text: "\u2713"
                    color: Style.successMark
                    font.pixelSize: Style.smallSize
                    font.bold: true
                }
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: rule.text
                color: rule.met ? Style.success : Style.text
                font.pixelSize: Style.smallSize
                wrapMode: Text.WordWrap
            }
        }
    }
}
