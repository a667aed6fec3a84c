import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The three houses: the child picks a house, then taps pictures (or writes words) to put in it.
// Tapping something in a house takes it out again. The houses take the room the pictures and the
// words leave; at the largest text on a small screen that is too little, so the houses keep a
// size that shows what is in them and the panel scrolls to the pictures.
QQC2.ScrollView {
    id: root

    // Qt 6.4's linter cannot see this file's ids from inside delegates (pragma
    // ComponentBehavior: Bound arrives in Qt 6.5); the accesses are to ids of this same file.
    // qmllint disable unqualified

    required property ChildModeController mode
    property bool wide: false
    property int house: ChildModeController.Worries

    // Sized by child mode's page, never by its contents: the pictures' columns follow the width.
    implicitWidth: Style.touchTarget * 6
    implicitHeight: Style.touchTarget * 6
    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        id: column

        // Side by side a house is narrow, and what is in it wraps onto a second row.
        readonly property real housesAtLeast: root.wide ? Style.touchTarget * 3.8 : 3 * Style.touchTarget * 2.6 + 2 * Style.spacingS
        // The pictures' rows and the words' height worked out from the width alone, so the houses'
        // share is known before anything is placed.
        readonly property real pictureSize: Style.touchTarget * 1.6
        readonly property int picturesPerRow: Math.max(1, Math.floor((width + Style.spacingS) / (pictureSize + Style.spacingS)))
        readonly property int pictureRows: Math.ceil(root.mode.pictures.length / picturesPerRow)
        readonly property real belowHouses: pictureRows * (pictureSize + Style.spacingS) - Style.spacingS + Style.touchTarget * 1.3 + 2 * spacing

        width: root.availableWidth
        spacing: Style.spacingM

        GridLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(column.housesAtLeast, root.availableHeight - column.belowHouses)
            columns: root.wide ? 3 : 1
            rowSpacing: Style.spacingS
            columnSpacing: Style.spacingS

            Repeater {
                model: [
                    { house: ChildModeController.Worries, items: root.mode.worries, title: qsTr("Worries"), roof: "#5C6BC0" },
                    { house: ChildModeController.GoodThings, items: root.mode.goodThings, title: qsTr("Good things"), roof: "#43A047" },
                    { house: ChildModeController.Dreams, items: root.mode.dreams, title: qsTr("Dreams"), roof: "#FB8C00" }
                ]

                delegate: QQC2.AbstractButton {
                    id: houseButton

                    required property var modelData

                    objectName: "childHouse" + modelData.house
                    // Its own size, not its contents': what is put in a house wraps inside it and
                    // must not move the panel's layout while the panel places it.
                    implicitWidth: Style.touchTarget * 3
                    implicitHeight: Style.touchTarget * 2.6
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Style.touchTarget * 2
                    Accessible.name: modelData.title
                    onClicked: root.house = modelData.house

                    background: Rectangle {
                        radius: 12
                        color: "#FFFFFF"
                        border.width: root.house === houseButton.modelData.house ? 6 : 2
                        border.color: root.house === houseButton.modelData.house ? houseButton.modelData.roof : "#CFD8DC"
                    }

                    contentItem: ColumnLayout {
                        spacing: Style.spacingXS

                        Rectangle {
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.round(Style.titleSize * 1.8)
                            radius: 8
                            color: houseButton.modelData.roof

                            QQC2.Label {
                                anchors.centerIn: parent
                                text: houseButton.modelData.title
                                font.pixelSize: Style.titleSize
                                font.bold: true
                                color: "#FFFFFF"
                            }
                        }

                        // Inside the house's walls, clear of its border.
                        Flow {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.leftMargin: Style.spacingS
                            Layout.rightMargin: Style.spacingS
                            Layout.bottomMargin: Style.spacingS
                            spacing: Style.spacingXS
                            clip: true

                            Repeater {
                                model: houseButton.modelData.items

                                delegate: ChildPlacedItem {
                                    required property int index
                                    required picture
                                    required words

                                    objectName: "childPlaced" + houseButton.modelData.house + "_" + index
                                    onClicked: root.mode.removeFromHouse(houseButton.modelData.house, index)
                                }
                            }
                        }
                    }
                }
            }
        }

        GridLayout {
            columns: column.picturesPerRow
            rowSpacing: Style.spacingS
            columnSpacing: Style.spacingS

            Repeater {
                model: root.mode.pictures

                delegate: ChildTile {
                    required property string modelData

                    objectName: "childPicture_" + modelData
                    Layout.preferredWidth: column.pictureSize
                    Layout.preferredHeight: column.pictureSize
                    picture: modelData
                    Accessible.name: modelData
                    onClicked: root.mode.placePicture(root.house, modelData)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Style.spacingS

            QQC2.TextField {
                id: wordsField

                objectName: "childWordsField"
                Layout.fillWidth: true
                Layout.preferredHeight: Style.touchTarget * 1.3
                font.pixelSize: Style.titleSize
                placeholderText: qsTr("Your words")
                maximumLength: 500
                onAccepted: addWords.clicked()
            }

            ChildTile {
                id: addWords

                objectName: "childAddWords"
                Layout.preferredWidth: Style.touchTarget * 2.4
                Layout.preferredHeight: Style.touchTarget * 1.3
                label: qsTr("Put in")
                enabled: wordsField.text.trim() !== ""
                onClicked: {
                    if (root.mode.placeWords(root.house, wordsField.text))
                        wordsField.clear();
                }
            }
        }
    }
}
