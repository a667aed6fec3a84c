import QtQuick
import QtTest
import Hearth
import Hearth.App

// The sync status line and the sync screen before enrolment: the line says the tablet is not
// connected and opens the screen; bad input on the form is explained and enrols nothing; the
// screen closes back to home and is gone after a lock. Every test starts from the same place
// (unlocked, on the home page, an empty form), so they pass in any order and alone.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"

    width: 800
    height: 1280

    Component {
        id: shellComponent

        AppShell {
            width: root.width
            height: root.height
            focus: true
        }
    }

    TestCase {
        id: testCase

        property var shell: null

        function openEnrolmentForm() {
            SyncStatus.openScreen();
            tryVerify(() => findChild(shell, "syncPage") !== null);
            const server = findChild(shell, "enrolServerField");
            tryCompare(server, "visible", true);
            return server;
        }

        function submit(server, code) {
            openEnrolmentForm().text = server;
            findChild(shell, "enrolCodeField").text = code;
            mouseClick(findChild(shell, "enrolConnectButton"));
            return findChild(shell, "enrolError");
        }

        name: "SyncPage"
        when: windowShown

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
        }

        function cleanupTestCase() {
            Session.lock();
        }

        // A fresh shell each time: the form's fields and error start empty.
        function init() {
            if (Session.state !== Session.Unlocked) {
                Session.unlock(root.passcode);
                tryCompare(Session, "state", Session.Unlocked, 20000);
            }
            tryCompare(SyncStatus, "available", true);
            SyncStatus.closeScreen();
            shell = shellComponent.createObject(root);
            tryVerify(() => findChild(shell, "homePage") !== null);
        }

        function cleanup() {
            SyncStatus.closeScreen();
            shell.destroy();
            shell = null;
        }

        function test_statusLineSaysNotConnected() {
            const bar = findChild(shell, "syncStatusBar");
            verify(bar);
            tryCompare(bar, "visible", true);
            verify(findChild(bar, "syncStatusText").text.indexOf("Not connected") >= 0);
            compare(SyncStatus.tone, SyncTone.Neutral);
            verify(bar.Accessible.name.length > 0);
            verify(bar.height >= 48);
        }

        function test_statusLineOpensTheEnrolmentForm() {
            mouseClick(findChild(shell, "syncStatusBar"));
            tryVerify(() => findChild(shell, "syncPage") !== null);
            verify(findChild(shell, "enrolServerField").visible);
            verify(!findChild(shell, "syncStatusBar").visible);
            compare(EnrolmentWizard.step, EnrolmentWizard.Idle);
        }

        function test_missingCodeIsExplained() {
            const error = submit("sync.example.gov.uk", "");
            tryCompare(error, "visible", true);
            verify(error.text.indexOf("enrolment code") >= 0);
            compare(EnrolmentWizard.errorText, error.text);
            compare(SyncStatus.enrolled, false);
            compare(EnrolmentWizard.step, EnrolmentWizard.Idle);
        }

        function test_plainHttpToAnotherHostIsRefused() {
            const error = submit("http://sync.example.gov.uk", "7KQ2-M9XD-4HTV-0BZC");
            tryVerify(() => error.text.indexOf("https") >= 0);
            compare(SyncStatus.enrolled, false);
            compare(EnrolmentWizard.step, EnrolmentWizard.Idle);
        }

        function test_backReturnsHome() {
            openEnrolmentForm();
            mouseClick(findChild(shell, "closeSyncButton"));
            tryVerify(() => findChild(shell, "homePage") !== null);
            compare(SyncStatus.screenOpen, false);
            verify(findChild(shell, "syncStatusBar").visible);
        }

        function test_lockHidesTheStatusLine() {
            openEnrolmentForm();
            compare(SyncStatus.screenOpen, true);
            Session.lock();
            tryCompare(Session, "state", Session.Locked, 10000);
            compare(SyncStatus.available, false);
            compare(SyncStatus.screenOpen, false);
            verify(!findChild(shell, "syncStatusBar").visible);
        }
    }
}
