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
        id: homePage

        HomePage {
            focus: true
        }
    }
}
