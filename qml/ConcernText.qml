import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A labelled free-text answer of the concern log. It hands each change on with edited(); the
// page writes it to the ConcernController, which autosaves. The child's own words are shown
// as a quote (italic, indented) and never nudged. A field that stops signing is `flagged`.
ColumnLayout {
    id: root

    required property string label
    property string hint
    property string text
    property bool quote: false
    property bool singleLine: false
    property bool flagged: false

    signal edited(string value)

    // A new value from outside (a list entry removed above this one) reaches the box even after
    // typing or a test has set its text directly.
    onTextChanged: {
        if (area.text !== root.text)
            area.text = root.text;
    }

    function focusText() {
        area.forceActiveFocus();
    }

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    QQC2.TextArea {
        id: area

        objectName: root.objectName + "Area"
        Layout.fillWidth: true
        Layout.minimumHeight: root.singleLine ? Style.touchTarget + 8 : Style.touchTarget * 2
        text: root.text
        wrapMode: TextEdit.Wrap
        font.pixelSize: Style.bodySize
        font.italic: root.quote
        Accessible.name: root.label
        Accessible.description: root.hint
        background: Rectangle {
            radius: 4
            color: Style.surfaceRaised
            border.width: area.activeFocus || root.flagged ? 2 : 1
            border.color: root.flagged ? Style.errorText : (area.activeFocus ? Style.accentText : Style.fieldBorder)
        }
        topPadding: Style.spacingS
        bottomPadding: Style.spacingS
        leftPadding: root.quote ? Style.spacingL : Style.spacingS
        rightPadding: Style.spacingS
        Keys.onTabPressed: event => nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: event => nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        Keys.onReturnPressed: event => {
            if (root.singleLine)
                nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
            else
                event.accepted = false;
        }
        onTextChanged: {
            if (text !== root.text)
                root.edited(text);
        }
    }
}
