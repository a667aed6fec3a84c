import QtQuick
import QtQuick.Controls as QQC2

// The three roles, each with one line saying whose work it is, as large choices: used by the
// first-run question on the home screen and by the role dialog. A role changes what Hearth
// leads with, never what can be recorded, so choosing is never a commitment.
// A positioner rather than a layout: each choice's height follows its wrapped text at the
// width it is given, which nested layouts in Qt 6.4 worked out as zero.
Grid {
    id: root

    // The role shown as chosen ("" for none).
    property string selected
    // Side by side when there is room (landscape), one under another otherwise.
    property bool sideBySide: false
    readonly property var roles: [{
            "id": "health-visitor",
            "name": qsTr("Health visitor"),
            "line": qsTr("Home visits to families with children under five: the baby, the home and everyone who lives there.")
        }, {
            "id": "social-worker",
            "name": qsTr("Social worker"),
            "line": qsTr("Visits and direct work with children of any age, at home, at school or elsewhere.")
        }, {
            "id": "school-nurse",
            "name": qsTr("School nurse"),
            "line": qsTr("Pupils aged 5 to 19: a concern written down within minutes, with who was told.")
        }]

    signal chosen(string role)

    function nameOf(role: string): string {
        for (const entry of roles) {
            if (entry.id === role)
                return entry.name;
        }
        return "";
    }

    columns: sideBySide ? 3 : 1
    spacing: Style.spacingS

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this file.
    // qmllint disable unqualified
    Repeater {
        model: root.roles

        delegate: QQC2.AbstractButton {
            id: choice

            required property var modelData
            readonly property bool isSelected: root.selected === modelData.id

            objectName: "roleChoice-" + modelData.id
            width: root.sideBySide ? (root.width - 2 * root.spacing) / 3 : root.width
            implicitHeight: Math.max(Style.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
            padding: Style.spacingM
            enabled: root.enabled
            checkable: false
            text: modelData.name
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: isSelected
            Accessible.name: modelData.name
            Accessible.description: modelData.line
            onClicked: root.chosen(modelData.id)

            contentItem: Column {
                spacing: Style.spacingXS

                QQC2.Label {
                    width: choice.availableWidth
                    text: (choice.isSelected ? "✓ " : "") + choice.modelData.name
                    font.pixelSize: Style.titleSize
                    font.bold: true
                    color: choice.isSelected ? Style.brandText : Style.text
                    wrapMode: Text.Wrap
                }

                QQC2.Label {
                    width: choice.availableWidth
                    text: choice.modelData.line
                    font.pixelSize: Style.bodySize
                    color: choice.isSelected ? Style.brandText : Style.mutedText
                    wrapMode: Text.Wrap
                }
            }

            background: Rectangle {
                radius: 8
                color: choice.isSelected ? Style.controlAccent : choice.down ? Style.infoSurface : Style.surfaceRaised
                opacity: choice.enabled ? 1 : 0.6
                border.width: choice.visualFocus ? 3 : choice.isSelected ? 2 : 1
                border.color: choice.visualFocus ? Style.ember : Style.controlAccent
            }
        }
    }
    // qmllint enable unqualified
}
