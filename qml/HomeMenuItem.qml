import QtQuick
import QtQuick.Controls as QQC2

// One entry of the home screen's folded Menu: a full touch target at every text size, in the
// same words as the button it stands for, wrapping on a phone at the largest text rather than
// cut short.
QQC2.MenuItem {
    id: root

    // From the words on one line (see PrimaryButton): a wrapped label's implicitWidth in Qt 6.4
    // follows the width it was last given.
    implicitWidth: Math.ceil(oneLine.advanceWidth) + leftPadding + rightPadding
    implicitHeight: Math.max(Style.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Style.bodySize
    font.capitalization: Font.MixedCase
    Accessible.name: text

    TextMetrics {
        id: oneLine

        font: root.font
        text: root.text
    }

    contentItem: QQC2.Label {
        text: root.text
        font: root.font
        color: Style.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
