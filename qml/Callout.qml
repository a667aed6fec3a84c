import QtQuick
import QtQuick.Controls as QQC2

// A boxed message: an error to act on, a notice to wait for, or information. Hidden while
// it has no text.
Rectangle {
    id: root

    enum Kind {
        Error,
        Notice,
        Info
    }

    property int kind: Callout.Kind.Error
    property alias text: label.text

    visible: text.length > 0
    implicitWidth: label.implicitWidth + 2 * Style.spacingM + stripe.width
    implicitHeight: label.implicitHeight + 2 * Style.spacingM
    radius: 8
    color: kind === Callout.Kind.Error ? Style.errorSurface : kind === Callout.Kind.Notice ? Style.noticeSurface : Style.infoSurface
    Accessible.role: kind === Callout.Kind.Info ? Accessible.StaticText : Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        id: stripe

        width: 4
        height: root.height - 2 * Style.spacingS
        x: Style.spacingS
        y: Style.spacingS
        radius: 2
        color: root.kind === Callout.Kind.Error ? Style.error : root.kind === Callout.Kind.Notice ? Style.notice : Style.accentText
    }

    QQC2.Label {
        id: label

        x: stripe.x + stripe.width + Style.spacingM - Style.spacingS
        y: Style.spacingM
        width: root.width - x - Style.spacingM
        color: root.kind === Callout.Kind.Error ? Style.errorText : root.kind === Callout.Kind.Notice ? Style.noticeText : Style.text
        font.pixelSize: Style.bodySize
        wrapMode: Text.WordWrap
        lineHeight: 1.1
    }
}
