import QtQuick
import QtTest
import Hearth
import Hearth.App

// The sync status line and the sync screen before enrolment: the line says the tablet is not
// connected and opens the screen; bad input on the form is explained and enrols nothing; the
// screen closes back to home and is gone after a lock.
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

        name: "SyncPage"
        when: windowShown

        function cleanupTestCase() {
            shell.destroy();
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            shell = shellComponent.createObject(root);
        }

        function test_a_statusLineSaysNotConnected() {
            const bar = findChild(shell, "syncStatusBar");
            verify(bar);
            tryCompare(bar, "visible", true);
            verify(findChild(bar, "syncStatusText").text.indexOf("Not connected") >= 0);
            verify(bar.Accessible.name.length > 0);
            verify(bar.height >= 48);
        }

        function test_b_statusLineOpensTheEnrolmentForm() {
            mouseClick(findChild(shell, "syncStatusBar"));
            tryVerify(() => findChild(shell, "syncPage") !== null);
            verify(findChild(shell, "enrolServerField").visible);
            verify(!findChild(shell, "syncStatusBar").visible);
        }

        function test_c_missingCodeIsExplained() {
            findChild(shell, "enrolServerField").text = "sync.example.gov.uk";
            findChild(shell, "enrolCodeField").text = "";
            mouseClick(findChild(shell, "enrolConnectButton"));
            const error = findChild(shell, "enrolError");
            tryCompare(error, "visible", true);
            verify(error.text.indexOf("enrolment code") >= 0);
            compare(Sync.enrolled, false);
            compare(Sync.enrolStep, Sync.EnrolIdle);
        }

        function test_d_plainHttpToAnotherHostIsRefused() {
            findChild(shell, "enrolServerField").text = "http://sync.example.gov.uk";
            findChild(shell, "enrolCodeField").text = "7KQ2-M9XD-4HTV-0BZC";
            mouseClick(findChild(shell, "enrolConnectButton"));
            tryVerify(() => findChild(shell, "enrolError").text.indexOf("https") >= 0);
            compare(Sync.enrolled, false);
        }

        function test_e_backReturnsHome() {
            mouseClick(findChild(shell, "closeSyncButton"));
            tryVerify(() => findChild(shell, "homePage") !== null);
            compare(Sync.screenOpen, false);
            verify(findChild(shell, "syncStatusBar").visible);
        }

        function test_f_lockHidesTheStatusLine() {
            Sync.openScreen();
            compare(Sync.screenOpen, true);
            Session.lock();
            tryCompare(Session, "state", Session.Locked, 10000);
            compare(Sync.available, false);
            compare(Sync.screenOpen, false);
            verify(!findChild(shell, "syncStatusBar").visible);
        }
    }
}
