import QtQuick
import QtQuick.Controls as QQC2

// A radio button for a Flow of answers: as wide as its words on one line, narrower and
// wrapping only where the row is narrower (a phone at the largest text, a longer language).
QQC2.RadioButton {
    id: root

    // From the words on one line, not from the wrapping label: in Qt 6.4 a wrapped label's
    // implicitWidth follows the width it was last given, so once squeezed it would stay narrow.
    implicitWidth: Math.ceil(oneLine.advanceWidth) + implicitIndicatorWidth + spacing + leftPadding + rightPadding
    width: parent ? Math.min(implicitWidth, parent.width) : implicitWidth
    height: Math.max(Style.touchTarget, implicitHeight)
    font.pixelSize: Style.bodySize

    indicator: RadioMark {
        control: root
    }

    contentItem: QQC2.Label {
        leftPadding: root.indicator.width + root.spacing
        text: root.text
        font: root.font
        color: Style.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }

    TextMetrics {
        id: oneLine

        font: root.font
        text: root.text
    }
}
