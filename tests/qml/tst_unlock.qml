import QtQuick
import QtTest
import Hearth
import Hearth.App

// Locking and unlocking: the lock button leads to the unlock page, a wrong passcode says
// so, repeated wrong passcodes start a visible countdown, and the forgotten-passcode help
// is one tap away.
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

        function typeText(text) {
            for (const character of text)
                keyClick(character);
        }

        function tryWrongPasscode() {
            const page = findChild(shell, "unlockPage");
            const field = findChild(page, "unlockPasscodeField");
            tryVerify(() => field.activeFocus, 2000, "passcode box has focus");
            typeText("not the passcode");
            keyClick(Qt.Key_Return);
            tryCompare(Session, "busy", false, 10000);
            compare(field.text, "", "the box is emptied after each try");
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            // One shell for the whole file: the tests follow on from each other.
            shell = shellComponent.createObject(root);
            shell.forceActiveFocus();
        }

        function test_a_lockButtonShowsUnlockPage() {
            const lockButton = findChild(shell, "lockButton");
            verify(lockButton);
            verify(lockButton.height >= 48, "touch target");
            mouseClick(lockButton);
            compare(Session.state, Session.Locked);
            tryVerify(() => findChild(shell, "unlockPage") !== null);
            tryVerify(() => findChild(shell, "homePage") === null, 2000, "home page is gone");
        }

        function test_b_wrongPasscodeShowsError() {
            tryWrongPasscode();
            const error = findChild(shell, "unlockError");
            verify(error.visible);
            verify(error.text.indexOf("not right") >= 0, error.text);
            compare(Session.state, Session.Locked);
            verify(!findChild(shell, "unlockCountdown").visible);
        }

        function test_c_repeatedWrongPasscodesStartACountdown() {
            // Two wrong tries are free (test_b made the first); the third starts a wait.
            tryWrongPasscode();
            verify(!findChild(shell, "unlockCountdown").visible, "no wait after two tries");
            tryWrongPasscode();
            const countdown = findChild(shell, "unlockCountdown");
            tryVerify(() => countdown.visible);
            verify(/\d+:\d\d/.test(countdown.text), countdown.text);
            verify(Session.retryAfterSeconds > 0);
            verify(!findChild(shell, "unlockSubmitButton").enabled);
            verify(!findChild(shell, "unlockError").visible, "one message at a time");
            // Even the right passcode is not tried while the wait runs.
            Session.unlock(root.passcode);
            compare(Session.busy, false);
            compare(Session.state, Session.Locked);
        }

        function test_d_forgottenPasscodeIsExplained() {
            const explanation = findChild(shell, "forgottenExplanation");
            verify(!explanation.visible);
            mouseClick(findChild(shell, "forgottenButton"));
            verify(explanation.visible);
            verify(explanation.text.indexOf("No records are lost") >= 0, explanation.text);
        }

        name: "Unlock"
        when: windowShown
    }
}
