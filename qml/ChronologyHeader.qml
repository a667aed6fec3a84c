import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The top of the chronology: what it was built from, the flags, the filter by kind and what
// the list below is showing. It scrolls away with the list, so a small screen keeps its room
// for the entries.
ColumnLayout {
    id: root

    required property ChronologyModel chronology

    signal acknowledgeRequested(string rule, string subject, string text)

    spacing: Style.spacingS

    // qmllint disable unqualified
    Item {
        implicitHeight: Style.spacingXS
    }

    QQC2.BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: root.chronology.loading
        running: visible
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: root.chronology.loading
        text: qsTr("Reading and checking the records…")
        font.pixelSize: Style.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }

    Callout {
        objectName: "chronologyError"
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: root.chronology.errorText
    }

    Callout {
        objectName: "exportResult"
        Layout.fillWidth: true
        kind: Callout.Kind.Info
        text: root.chronology.exportText
    }

    QQC2.Label {
        objectName: "builtFrom"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.chronology.builtFromText
        color: Style.mutedText
        font.pixelSize: Style.smallSize
        wrapMode: Text.WordWrap
    }

    StepHeading {
        Layout.fillWidth: true
        major: false
        visible: !root.chronology.loading
        text: root.chronology.flags.count === 0 ? qsTr("No flags") : qsTr("Flags: %1, %2 not yet acknowledged").arg(root.chronology.flags.count).arg(root.chronology.flags.open)
    }

    Repeater {
        // A handful of flags per child, laid out in full.
        model: root.chronology.flags

        delegate: ChronologyFlagCard {
            Layout.fillWidth: true
            showingEvidence: root.chronology.evidenceFlag === index
            onEvidenceRequested: flag => root.chronology.evidenceFlag = flag
            onAcknowledgeRequested: () => root.acknowledgeRequested(rule, subject, text)
        }
    }

    StepHeading {
        Layout.fillWidth: true
        major: false
        visible: !root.chronology.loading
        text: qsTr("Entries, newest first")
    }

    RowLayout {
        Layout.fillWidth: true
        visible: !root.chronology.loading
        spacing: Style.spacingS

        QQC2.Label {
            text: qsTr("Show")
            font.pixelSize: Style.bodySize
        }

        QQC2.ComboBox {
            objectName: "chronologyFilter"
            Layout.fillWidth: true
            Layout.maximumWidth: Style.formMaxWidth
            implicitHeight: Style.touchTarget
            font.pixelSize: Style.bodySize
            model: root.chronology.filters
            currentIndex: root.chronology.evidenceFlag >= 0 ? -1 : root.chronology.filter
            displayText: root.chronology.evidenceFlag >= 0 ? qsTr("The records behind a flag") : currentText
            Accessible.name: qsTr("Which entries to show")
            onActivated: index => root.chronology.filter = index
        }
    }

    Callout {
        objectName: "chronologyFilterText"
        Layout.fillWidth: true
        kind: root.chronology.evidenceFlag >= 0 ? Callout.Kind.Notice : Callout.Kind.Info
        text: root.chronology.loading ? "" : root.chronology.filterText
    }

    SecondaryButton {
        objectName: "showEverything"
        visible: root.chronology.evidenceFlag >= 0 || root.chronology.filter !== ChronologyModel.All
        implicitHeight: Style.touchTarget
        text: qsTr("Show every entry")
        onClicked: root.chronology.filter = ChronologyModel.All
    }

    Item {
        implicitHeight: Style.spacingXS
    }
}
