import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2

// Asks before something that cannot be undone; the safe choice is the default.
QQC2.Dialog {
    id: root

    property string message
    property string confirmText

    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Style.dialogWidth, (parent ? parent.width : Style.dialogWidth) - 2 * Style.spacingL)
    modal: true
    focus: true
    onOpened: cancelButton.forceActiveFocus()

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

    QQC2.Label {
        width: root.availableWidth
        text: root.message
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
    }

    footer: Item {
        implicitHeight: footerRow.implicitHeight + 2 * Style.spacingM

        RowLayout {
            id: footerRow

            anchors.right: parent.right
            anchors.rightMargin: Style.spacingL
            anchors.verticalCenter: parent.verticalCenter
            spacing: Style.spacingS

            SecondaryButton {
                id: cancelButton

                objectName: "confirmCancelButton"
                text: qsTr("Keep it")
                onClicked: root.reject()
            }

            PrimaryButton {
                objectName: "confirmAcceptButton"
                leftPadding: Style.spacingL
                rightPadding: Style.spacingL
                text: root.confirmText
                onClicked: root.accept()
            }
        }
    }
}
