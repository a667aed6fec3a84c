import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Hearth.App

// The top of the home screen, fitted to the practitioner's role: the first-run question while
// no role is known, the concern log first and large for a school nurse, and the content pack's
// reminders for the role. Every role still reaches visits and concerns from the rest of the
// home screen, and going-missing episodes and return home interviews from here; this only
// changes what comes first.
ColumnLayout {
    id: root

    property bool wide: false
    readonly property RoleSettings roles: Workspace.roles
    // Whether anything below is shown: always, since every role can record a going-missing
    // episode from here (kept so the home page need not know which parts a role has).
    readonly property bool hasContent: true
    // A social worker's direct work with a child comes first, beside the visits; unsigned
    // sessions are offered to every role.
    readonly property bool sessionsFirst: roles.role === "social-worker" || Workspace.openChildVoiceSessions > 0

    spacing: Style.spacingS

    // Asked once, at first run, on a tablet the agency has not yet given a role (enrolment
    // brings it); the rest of the home screen works meanwhile.
    Rectangle {
        objectName: "roleQuestion"
        visible: root.roles.needsChoice
        Layout.fillWidth: true
        implicitHeight: questionColumn.implicitHeight + 2 * Style.spacingM
        radius: 8
        color: Style.infoSurface
        border.width: 1
        border.color: Style.divider

        ColumnLayout {
            id: questionColumn

            x: Style.spacingM
            y: Style.spacingM
            width: parent.width - 2 * Style.spacingM
            spacing: Style.spacingS

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Which work do you do?")
                font.pixelSize: Style.titleSize
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Hearth puts first what you need most. You can still record visits and concerns whichever you choose, and change it later under Role. Once your agency enrols this tablet, the role it gives you is used.")
                font.pixelSize: Style.bodySize
                wrapMode: Text.WordWrap
            }

            RoleChoices {
                Layout.fillWidth: true
                sideBySide: root.wide
                onChosen: role => root.roles.choose(role)
            }
        }
    }

    // A school nurse's work usually starts with what a pupil said or showed: the concern log
    // comes first and large.
    PrimaryButton {
        objectName: "roleLogConcernButton"
        visible: root.roles.role === "school-nurse"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(implicitHeight, Style.touchTarget * 1.5)
        text: qsTr("Log a concern")
        font.pixelSize: Style.titleSize
        Accessible.description: qsTr("Write down what you saw or heard and who you told, in a minute, even offline.")
        onClicked: Workspace.startConcern()
    }

    // Side by side only where there is room: on a narrow screen at large text each button needs
    // the whole width for its words.
    GridLayout {
        Layout.fillWidth: true
        visible: root.sessionsFirst
        columns: root.wide ? 2 : 1
        columnSpacing: Style.spacingS
        rowSpacing: Style.spacingS

        PrimaryButton {
            objectName: "roleChildVoiceButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(implicitHeight, Style.touchTarget * 1.5)
            text: qsTr("Session with a child")
            font.pixelSize: Style.titleSize
            Accessible.description: qsTr("Write down the child's own words, wishes and feelings from direct work, and what happens next.")
            onClicked: Workspace.startChildVoice()
        }

        SecondaryButton {
            objectName: "resumeChildVoiceButton"
            Layout.maximumWidth: root.width
            visible: Workspace.openChildVoiceSessions > 0
            text: qsTr("Unsigned sessions: %1").arg(Workspace.openChildVoiceSessions)
            Accessible.name: qsTr("Continue an unsigned session with a child")
            onClicked: Workspace.resumeChildVoice()
        }
    }

    // Going missing and the return home interview after it matter most for the adolescents
    // social workers and school nurses see, but any role may record them. Wraps at large text rather than be cut short.
    Flow {
        Layout.fillWidth: true
        // Flow has no implicit height on Qt 6.4; without this the layout overlaps it.
        Layout.preferredHeight: childrenRect.height
        spacing: Style.spacingS

        SecondaryButton {
            objectName: "roleMissingButton"
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Going missing")
            Accessible.description: qsTr("Record a young person's going-missing episode once they are back.")
            onClicked: Workspace.startMissing()
        }

        SecondaryButton {
            objectName: "roleResumeMissingButton"
            visible: Workspace.openEpisodes > 0
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Unsigned episodes: %1").arg(Workspace.openEpisodes)
            Accessible.name: qsTr("Continue an unsigned going-missing episode")
            onClicked: Workspace.resumeMissing()
        }

        SecondaryButton {
            objectName: "roleInterviewButton"
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Return home interview")
            Accessible.description: qsTr("Record the interview offered after a young person's going-missing episode: due within 72 hours of their return.")
            onClicked: Workspace.startInterview()
        }

        SecondaryButton {
            objectName: "roleResumeInterviewButton"
            visible: Workspace.openInterviews > 0
            width: Math.min(implicitWidth, parent.width)
            text: qsTr("Unsigned interviews: %1").arg(Workspace.openInterviews)
            Accessible.name: qsTr("Continue an unsigned return home interview")
            onClicked: Workspace.resumeInterview()
        }
    }

    Repeater {
        model: root.roles.homePrompts

        delegate: Callout {
            required property string modelData

            objectName: "roleHomePrompt"
            Layout.fillWidth: true
            kind: Callout.Kind.Info
            text: modelData
        }
    }

    Callout {
        objectName: "roleError"
        Layout.fillWidth: true
        kind: Callout.Kind.Error
        text: root.roles.errorText
    }
}
