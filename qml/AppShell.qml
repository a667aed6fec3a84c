import QtQuick
import Hearth.App

// Shows the one page that fits the session's state. Pages are created afresh on every
// change, so a lock throws away everything the previous page held. While unlocked, the sync
// status line stays at the foot of every page.
FocusScope {
    id: root

    Loader {
        id: pageLoader

        objectName: "pageLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: syncBar.visible ? syncBar.top : parent.bottom
        focus: true
        sourceComponent: {
            switch (Session.state) {
            case Session.NeedsSetup:
                return firstRunPage;
            case Session.Locked:
                return unlockPage;
            // Nothing read from the vault may be on screen: the unlocked pages (and any
            // dialog they opened) are destroyed, and rebuilt from the Workspace after the PIN.
            case Session.SoftLocked:
                return softLockPage;
            default:
                // The child has the tablet: nothing else of Hearth until the passcode.
                if (Workspace.childMode)
                    return childModePage;
                if (SyncStatus.screenOpen)
                    return syncPage;
                // Opened from a child or from the visit's "who is here" step: over the visit.
                if (Workspace.household)
                    return householdPage;
                if (Workspace.visit)
                    return visitPage;
                if (Workspace.concern)
                    return concernPage;
                if (Workspace.childVoice)
                    return childVoicePage;
                if (Workspace.missing)
                    return missingPage;
                // Opened from the home screen or from an episode in the chronology: over it.
                if (Workspace.interview)
                    return interviewPage;
                if (Workspace.chronology)
                    return chronologyPage;
                if (Workspace.signedVisit)
                    return signedVisitPage;
                return homePage;
            }
        }
    }

    SyncStatusBar {
        id: syncBar

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: SyncStatus.available && !SyncStatus.screenOpen && Session.state === Session.Unlocked && !Workspace.childMode
    }

    Component {
        id: childModePage

        ChildModePage {
            mode: Workspace.childMode
            focus: true
        }
    }

    Component {
        id: syncPage

        SyncPage {
            focus: true
        }
    }

    Component {
        id: firstRunPage

        FirstRunPage {
            focus: true
        }
    }

    Component {
        id: softLockPage

        SoftLockPage {
            focus: true
        }
    }

    Component {
        id: unlockPage

        UnlockPage {
            focus: true
        }
    }

    Component {
        id: visitPage

        VisitPage {
            visit: Workspace.visit
            focus: true
        }
    }

    Component {
        id: signedVisitPage

        SignedVisitPage {
            record: Workspace.signedVisit
            focus: true
        }
    }

    Component {
        id: chronologyPage

        ChronologyPage {
            chronology: Workspace.chronology
            focus: true
        }
    }

    Component {
        id: concernPage

        ConcernPage {
            concern: Workspace.concern
            focus: true
        }
    }

    Component {
        id: childVoicePage

        ChildVoicePage {
            session: Workspace.childVoice
            focus: true
        }
    }

    Component {
        id: missingPage

        MissingPage {
            episode: Workspace.missing
            focus: true
        }
    }

    Component {
        id: interviewPage

        InterviewPage {
            interview: Workspace.interview
            focus: true
        }
    }

    Component {
        id: householdPage

        HouseholdPage {
            household: Workspace.household
            focus: true
        }
    }

    Component {
        id: homePage

        HomePage {
            focus: true
        }
    }
}
