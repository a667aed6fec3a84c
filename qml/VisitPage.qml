import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Hearth.App

// The visit wizard: the nine steps always in view, the current step, Back and Next. Every
// change is saved as it is made (the header says so), so leaving or locking loses nothing.
QQC2.Page {
    id: root

    required property VisitController visit
    readonly property bool wide: availableWidth > availableHeight
    // The objectName of a field to focus once its step is showing (a nudge tapped on the
    // review), and how many more layout passes to wait for it.
    property string pendingTarget
    property int pendingTries: 0
    // How far down the step (0-1) the practitioner had scrolled when it was rebuilt at a new
    // width without a field in focus, restored once the new layout has its height; -1: none.
    property real keptScroll: -1

    // Opens step `step` (1-9) with the field `target` focused and scrolled into view.
    function goTo(step: int, target: string) {
        pendingTarget = target;
        pendingTries = 20;
        if (visit.step === step - 1)
            focusPending();
        else
            visit.step = step - 1;
    }

    function find(item: Item, name: string): Item {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    // The objectName of the field in focus, when it is inside the current step.
    function focusedField(): string {
        let name = "";
        for (let at = root.Window.activeFocusItem; at; at = at.parent) {
            if (at === stepLoader.item)
                return name;
            if (name.length === 0 && at.objectName.length > 0)
                name = at.objectName;
        }
        return "";
    }

    // Turning the tablet rebuilds the step (below): the practitioner stays on the field they
    // were typing in, or where they had scrolled to.
    function keepPlace() {
        pendingTarget = focusedField();
        pendingTries = 20;
        keptScroll = pendingTarget.length === 0 ? scroll.QQC2.ScrollBar.vertical.position : -1;
    }

    // Once the rebuilt step is taller than the view, back to the same share of its height.
    function restoreScroll() {
        if (keptScroll < 0 || scroll.QQC2.ScrollBar.vertical.size >= 1) {
            if (keptScroll >= 0 && --pendingTries > 0)
                focusRetry.start();
            else
                keptScroll = -1;
            return;
        }
        scroll.QQC2.ScrollBar.vertical.position = Math.min(keptScroll, 1 - scroll.QQC2.ScrollBar.vertical.size);
        keptScroll = -1;
    }

    // Fields inside repeaters and loaders appear a layout pass or more after the step does.
    function focusPending() {
        if (pendingTarget.length === 0 || !stepLoader.item)
            return;
        const target = find(stepLoader.item, pendingTarget);
        if (!target || target.height <= 0) {
            if (--pendingTries > 0)
                focusRetry.start();
            else
                pendingTarget = "";
            return;
        }
        pendingTarget = "";
        target.forceActiveFocus(Qt.OtherFocusReason);
        const flick = scroll.contentItem;
        const at = target.mapToItem(flick.contentItem, 0, 0);
        flick.contentY = Math.max(0, Math.min(at.y - Style.spacingXL, flick.contentHeight - flick.height));
    }

    objectName: "visitPage"
    // Qt 6.4's linter cannot see this file's ids from inside delegates and inline components
    // (pragma ComponentBehavior: Bound arrives in Qt 6.5), so it would flag every `root.`
    // there; the accesses are to ids of this same file.
    // qmllint disable unqualified
    background: Rectangle {
        color: Style.surface
    }

    header: QQC2.ToolBar {
        Material.foreground: Style.brandText
        implicitHeight: Math.max(Style.barHeight, implicitContentHeight + topPadding + bottomPadding)

        background: Rectangle {
            color: Style.brand
        }

        // On a narrow screen the title has a line of its own below the buttons, so a long
        // name is not squeezed into a sliver between them.
        GridLayout {
            id: headerGrid

            readonly property bool narrow: width < Style.touchTarget * 10

            anchors.fill: parent
            anchors.leftMargin: Style.spacingS
            anchors.rightMargin: Style.spacingM
            columns: 3
            columnSpacing: Style.spacingS
            rowSpacing: 0

            QQC2.ToolButton {
                objectName: "closeVisitButton"
                Layout.row: 0
                Layout.column: 0
                Layout.preferredHeight: Style.touchTarget
                text: qsTr("‹ Visits")
                font.capitalization: Font.MixedCase
                font.pixelSize: Style.bodySize
                Accessible.name: qsTr("Back to the list of visits")
                onClicked: Workspace.closeVisit()
            }

            QQC2.Label {
                Layout.row: headerGrid.narrow ? 1 : 0
                Layout.column: headerGrid.narrow ? 0 : 1
                Layout.columnSpan: headerGrid.narrow ? 3 : 1
                Layout.leftMargin: headerGrid.narrow ? Style.spacingS : 0
                // Spanning the row below, it takes the width it is given and asks for none,
                // which would otherwise be taken from the buttons above it.
                Layout.preferredWidth: headerGrid.narrow ? 0 : -1
                Layout.fillWidth: true
                text: qsTr("Visit: %1").arg(root.visit.childName)
                font.pixelSize: Style.titleSize
                font.bold: true
                // A long double-barrelled name breaks anywhere rather than spill on a phone.
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }

            QQC2.Label {
                objectName: "saveState"
                Layout.row: 0
                Layout.column: 2
                Layout.fillWidth: headerGrid.narrow
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WordWrap
                text: root.visit.saved ? qsTr("Saved") : root.visit.errorText.length > 0 ? qsTr("Not saved") : qsTr("Saving…")
                color: root.visit.errorText.length > 0 ? Style.brandWarning : Style.brandTextMuted
                font.pixelSize: Style.smallSize
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }

    // The area below the header; Page's own width and height include the header.
    Item {
        id: body

        anchors.fill: parent

        StepRail {
            id: rail

            x: 0
            y: 0
            width: root.wide ? Math.round(280 * Style.spaceScale) : body.width
            height: root.wide ? body.height : Style.barHeight
            visit: root.visit
            vertical: root.wide
        }

        QQC2.ScrollView {
            id: scroll

            objectName: "stepScroll"
            x: root.wide ? rail.width : 0
            y: root.wide ? 0 : rail.height
            width: body.width - x
            height: body.height - y - footerBar.height
            contentWidth: availableWidth
            clip: true

            Item {
                width: scroll.availableWidth
                implicitHeight: stepLoader.implicitHeight + 2 * Style.spacingL

                Loader {
                    id: stepLoader

                    objectName: "stepLoader"
                    x: Math.max(Style.spacingL, Math.round((parent.width - width) / 2))
                    y: Style.spacingL
                    width: Math.min(Style.pageMaxWidth, parent.width - 2 * Style.spacingL)
                    // The width the step was built at.
                    property real builtWidth: 0
                    // false for a moment while the step is rebuilt at a new width.
                    property bool fresh: true

                    // Built at its real width, and again when the width changes (turning the
                    // tablet): Qt 6.4's layouts keep the height a wrapped label had at the old
                    // width, so every box below it overlapped the next question.
                    active: width > 0 && fresh
                    onWidthChanged: {
                        if (item && width > 0 && width !== builtWidth)
                            rebuildStep.restart();
                    }
                    sourceComponent: [startStep, whoStep, seeingStep, livedStep, neglectStep, cooperationStep, notBroughtStep, concernsStep, reviewStep][root.visit.step]
                    onLoaded: {
                        builtWidth = width;
                        if (root.keptScroll < 0)
                            scroll.QQC2.ScrollBar.vertical.position = 0;
                        root.focusPending();
                        root.restoreScroll();
                    }
                }
            }
        }

        // An answer that was not kept, or a draft that could not be saved, is said plainly
        // above the buttons, whatever step is showing.
        Callout {
            objectName: "visitError"
            x: scroll.x + Style.spacingL
            y: footerBar.y - height - Style.spacingS
            z: 1
            width: scroll.width - 2 * Style.spacingL
            visible: root.visit.errorText.length > 0
            kind: Callout.Kind.Error
            text: root.visit.errorText
        }

        Rectangle {
            id: footerBar

            x: scroll.x
            y: body.height - height
            width: scroll.width
            // Grows with the text size so Back, Next and Sign stay whole.
            height: Math.max(Style.touchTarget + 2 * Style.spacingM, footerRow.implicitHeight + 2 * Style.spacingS)
            color: Style.surfaceRaised
            border.width: 1
            border.color: Style.divider

            RowLayout {
                id: footerRow

                anchors.fill: parent
                anchors.leftMargin: Style.spacingM
                anchors.rightMargin: Style.spacingM
                spacing: Style.spacingS

                SecondaryButton {
                    objectName: "backButton"
                    enabled: root.visit.step > 0
                    text: qsTr("Back")
                    onClicked: root.visit.back()
                }

                // Where the row has no room for it (a phone, large text) the step strip above
                // still says which step this is.
                QQC2.Label {
                    id: stepProgress

                    objectName: "stepProgress"
                    Layout.fillWidth: true
                    visible: footerRow.width > Style.touchTarget * 9
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Step %1 of %2").arg(root.visit.step + 1).arg(root.visit.stepCount)
                    color: Style.mutedText
                    font.pixelSize: Style.bodySize
                    // At large text in portrait it shares the row with two wide buttons: it wraps
                    // in the room left rather than running under "Sign and finish".
                    wrapMode: Text.WordWrap
                }

                Item {
                    Layout.fillWidth: true
                    visible: !stepProgress.visible
                }

                PrimaryButton {
                    objectName: "nextButton"
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    visible: root.visit.step < root.visit.stepCount - 1
                    leftPadding: Style.spacingM
                    rightPadding: Style.spacingM
                    text: qsTr("Next")
                    onClicked: root.visit.next()
                }

                // On the review, signing sits here, always in view, not below the summary.
                PrimaryButton {
                    objectName: "signButton"
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    visible: root.visit.step === root.visit.stepCount - 1
                    leftPadding: Style.spacingM
                    rightPadding: Style.spacingM
                    enabled: root.visit.canFinish
                    text: qsTr("Sign and finish")
                    onClicked: signDialog.open()
                }
            }
        }
    }

    // Rebuilds the step once a change of width has settled.
    Timer {
        id: rebuildStep

        interval: 0
        onTriggered: {
            root.keepPlace();
            stepLoader.fresh = false;
            stepLoader.fresh = true;
        }
    }

    Timer {
        id: focusRetry

        interval: 0
        onTriggered: {
            root.focusPending();
            root.restoreScroll();
        }
    }

    SignDialog {
        id: signDialog

        visit: root.visit
    }

    Component {
        id: startStep

        StepStart {
            visit: root.visit
        }
    }

    Component {
        id: whoStep

        StepWho {
            visit: root.visit
        }
    }

    Component {
        id: seeingStep

        StepSeeing {
            visit: root.visit
        }
    }

    Component {
        id: livedStep

        StepLived {
            visit: root.visit
        }
    }

    Component {
        id: neglectStep

        StepNeglect {
            visit: root.visit
        }
    }

    Component {
        id: cooperationStep

        StepCooperation {
            visit: root.visit
        }
    }

    Component {
        id: notBroughtStep

        StepNotBrought {
            visit: root.visit
        }
    }

    Component {
        id: concernsStep

        StepConcerns {
            visit: root.visit
        }
    }

    Component {
        id: reviewStep

        StepReview {
            visit: root.visit
            onGoTo: (step, target) => root.goTo(step, target)
        }
    }
}
