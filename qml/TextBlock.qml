import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// A labelled free-text answer bound to one field of the open visit. Plain-language nudges
// appear beside it as the practitioner writes: kind questions, never a block (and never on
// the child's own words, which are shown as a quote).
ColumnLayout {
    id: root

    required property VisitController visit
    // Which value: a VisitField id, with the pack item id or the row when the field has one.
    required property int field
    property string item
    property int row: -1
    required property string label
    property string hint
    property bool singleLine: false
    property bool required: false
    property string placeholder
    property var nudges: []
    // The child's own words: shown in quotation style, verbatim.
    property bool quote: false
    readonly property alias text: area.text

    spacing: Style.spacingXS

    QQC2.Label {
        Layout.fillWidth: true
        text: root.required ? qsTr("%1 (needed to finish)").arg(root.label) : root.label
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

        objectName: root.visit.fieldName(root.field) + (root.item.length > 0 ? ":" + root.item : "") + (root.row >= 0 ? ":" + root.row : "")
        Layout.fillWidth: true
        Layout.minimumHeight: root.singleLine ? Style.touchTarget + 8 : Style.touchTarget * 2
        text: root.visit.read(root.field, root.item, root.row) ?? ""
        placeholderText: root.placeholder
        placeholderTextColor: Style.placeholderText
        wrapMode: TextEdit.Wrap
        font.pixelSize: Style.bodySize
        font.italic: root.quote
        readOnly: !root.visit
        Accessible.name: root.label
        Accessible.description: root.hint
        background: Rectangle {
            radius: 4
            color: Style.surfaceRaised
            border.width: area.activeFocus ? 2 : 1
            border.color: area.activeFocus ? Style.accentText : Style.fieldBorder
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
            root.visit.write(root.field, root.item, root.row, text);
            root.nudges = root.visit.nudges(root.field, text);
        }
    }

    Repeater {
        model: root.nudges

        delegate: Callout {
            required property var modelData

            objectName: "nudge"
            Layout.fillWidth: true
            kind: Callout.Kind.Notice
            text: qsTr("“%1”: %2").arg(modelData.phrase).arg(modelData.nudge)
        }
    }
}
