import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// Step 8's body map: the outline for the child's age (changeable), front and back side by
// side; a tap places a numbered mark, whose region is named by the app from where it is. Each
// mark then gets its size, colour, description and dates. "Move" makes the next tap move that
// mark instead of placing a new one.
ColumnLayout {
    id: root

    required property VisitController visit
    property int movingRow: -1

    spacing: Style.spacingM

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this file.
    // qmllint disable unqualified
    function placeAt(side: string, x: int, y: int) {
        if (root.movingRow >= 0) {
            if (root.visit.moveBodyMark(root.movingRow, side, x, y))
                root.movingRow = -1;
        } else {
            root.visit.placeBodyMark(side, x, y);
        }
    }

    StepHeading {
        major: false
        text: qsTr("Body map")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: root.movingRow >= 0 ? qsTr("Tap the new place for mark %1.").arg(root.movingRow + 1) : qsTr("If you saw an injury, tap the outline where it is. Left and right are the child’s.")
        color: root.movingRow >= 0 ? Style.noticeText : Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        Repeater {
            model: [{
                    "value": "baby",
                    "label": qsTr("Baby (under 1)")
                }, {
                    "value": "child",
                    "label": qsTr("Child (1 to 10)")
                }, {
                    "value": "older-child",
                    "label": qsTr("Older child (11 and over)")
                }]

            delegate: WrappingRadioButton {
                required property var modelData

                objectName: "bodyOutline:" + modelData.value
                text: modelData.label
                checked: root.visit.bodyOutline === modelData.value
                onToggled: {
                    if (!root.visit.setBodyOutline(modelData.value))
                        checked = false;
                }
            }
        }
    }

    // The two outlines share the width, up to 220 px each; sized from the width the row is
    // given, never from the section's own width (which would hold the step at its widest).
    RowLayout {
        id: figures

        Layout.alignment: Qt.AlignHCenter
        Layout.fillWidth: true
        Layout.maximumWidth: 2 * 220 + spacing
        Layout.bottomMargin: Style.spacingL
        spacing: Style.spacingM

        Repeater {
            model: ["front", "back"]

            delegate: BodyMapFigure {
                required property string modelData

                Layout.fillWidth: true
                Layout.maximumWidth: 220
                Layout.preferredHeight: 2 * Math.min(220, (figures.width - figures.spacing) / 2)
                outline: root.visit.bodyOutline
                side: modelData
                marks: root.visit.bodyMarks
                interactive: true
                highlighted: root.movingRow + 1
                onTapped: (x, y) => root.placeAt(modelData, x, y)
            }
        }
    }

    Repeater {
        model: VisitRowsModel {
            visit: root.visit
            list: VisitField.BodyMarks
        }

        delegate: ColumnLayout {
            id: mark

            required property int index
            required property var item

            Layout.fillWidth: true
            spacing: Style.spacingS

            RowLayout {
                Layout.fillWidth: true
                spacing: Style.spacingS

                QQC2.Label {
                    Layout.fillWidth: true
                    text: qsTr("Mark %1: %2 (%3)").arg(mark.index + 1).arg(BodyMapShapes.regionName(mark.item ? mark.item.region : "")).arg(BodyMapShapes.sideName(mark.item ? mark.item.side : ""))
                    font.pixelSize: Style.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                }

                SecondaryButton {
                    objectName: "moveBodyMark:" + mark.index
                    text: root.movingRow === mark.index ? qsTr("Cancel move") : qsTr("Move")
                    Accessible.name: qsTr("Move mark %1").arg(mark.index + 1)
                    onClicked: root.movingRow = root.movingRow === mark.index ? -1 : mark.index
                }

                SecondaryButton {
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove mark %1").arg(mark.index + 1)
                    onClicked: {
                        root.movingRow = -1;
                        root.visit.removeRow(VisitField.BodyMarks, mark.index);
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.preferredHeight: childrenRect.height
                spacing: Style.spacingM

                NumberField {
                    visit: root.visit
                    field: VisitField.BodyMarkLength
                    row: mark.index
                    maximum: 2000
                    label: qsTr("Length (mm)")
                }

                NumberField {
                    visit: root.visit
                    field: VisitField.BodyMarkWidth
                    row: mark.index
                    maximum: 2000
                    label: qsTr("Width (mm)")
                }
            }

            ChoiceField {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.BodyMarkColour
                row: mark.index
                label: qsTr("Colour")
                options: BodyMapShapes.colourOptions()
            }

            TextBlock {
                Layout.fillWidth: true
                visit: root.visit
                field: VisitField.BodyMarkDescription
                row: mark.index
                label: qsTr("Description")
                hint: qsTr("Shape, edges, pattern and anything in it, as you saw it.")
                required: true
            }

            DateField {
                objectName: root.visit.fieldName(VisitField.BodyMarkSeenOn) + ":" + mark.index
                Layout.fillWidth: true
                label: qsTr("Date seen")
                required: true
                latest: root.visit.today
                today: root.visit.today
                value: root.visit.read(VisitField.BodyMarkSeenOn, "", mark.index) ?? ""
                onChosen: iso => root.visit.write(VisitField.BodyMarkSeenOn, "", mark.index, iso)
            }

            DateField {
                objectName: root.visit.fieldName(VisitField.BodyMarkInjuredOn) + ":" + mark.index
                Layout.fillWidth: true
                label: qsTr("Date of injury, if known")
                latest: root.visit.today
                today: root.visit.today
                value: root.visit.read(VisitField.BodyMarkInjuredOn, "", mark.index) ?? ""
                onChosen: iso => root.visit.write(VisitField.BodyMarkInjuredOn, "", mark.index, iso)
            }
        }
    }
}
