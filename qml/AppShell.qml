import QtQuick
import Hearth.App

// Shows the one page that fits the session's state. Pages are created afresh on every
// change, so a lock throws away everything the previous page held.
FocusScope {
    id: root

    Loader {
        id: pageLoader

        objectName: "pageLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Session.state) {
            case Session.NeedsSetup:
                return firstRunPage;
            case Session.Locked:
                return unlockPage;
            default:
                if (Workspace.visit)
                    return visitPage;
                if (Workspace.signedVisit)
                    return signedVisitPage;
                return homePage;
            }
        }
    }

    Component {
        id: firstRunPage

        FirstRunPage {
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
        id: homePage

        HomePage {
            focus: true
        }
    }
}
