import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// One photograph of the visit being recorded: the image from the vault, its caption, the
// body-map mark it shows, and a way to take it out again before signing.
ColumnLayout {
    id: root

    required property VisitController visit
    required property int row
    required property string hash
    // The body-map mark it shows (1-based), 0 for none.
    required property int mark

    spacing: Style.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Style.spacingS

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Photo %1").arg(root.row + 1)
            font.pixelSize: Style.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        SecondaryButton {
            objectName: "removePhoto:" + root.row
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove photo %1").arg(root.row + 1)
            onClicked: root.visit.removePhoto(root.row)
        }
    }

    PhotoImage {
        objectName: "photoImage:" + root.row
        Layout.fillWidth: true
        hash: root.hash
    }

    TextBlock {
        Layout.fillWidth: true
        visit: root.visit
        field: VisitField.PhotoCaption
        row: root.row
        singleLine: true
        label: qsTr("Caption")
        hint: qsTr("What the photo shows, in your words.")
    }

    QQC2.Label {
        Layout.fillWidth: true
        text: qsTr("Body-map mark it shows")
        font.pixelSize: Style.bodySize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
    }

    QQC2.ComboBox {
        objectName: "photoMark:" + root.row
        Layout.fillWidth: true
        Layout.maximumWidth: Style.formMaxWidth
        font.pixelSize: Style.bodySize
        model: {
            const labels = [qsTr("None")];
            for (let i = 1; i <= root.visit.bodyMarks.length; ++i)
                labels.push(qsTr("Mark %1").arg(i));
            return labels;
        }
        currentIndex: root.mark <= root.visit.bodyMarks.length ? root.mark : 0
        Accessible.name: qsTr("Body-map mark shown in photo %1").arg(root.row + 1)
        onActivated: index => root.visit.write(VisitField.PhotoMark, "", root.row, index === 0 ? null : index)
    }
}
