import QtQuick
import QtTest
import Hearth
import Hearth.App

// The home screen: an empty state a practitioner understands, and changing the passcode.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    readonly property string newPasscode: "blue door, red kite"

    width: 1280
    height: 800

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

        function openDialog() {
            mouseClick(findChild(shell, "changePasscodeButton"));
            const dialog = findChild(shell, "changePasscodeDialog");
            tryCompare(dialog, "opened", true);
            return dialog;
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            // One shell for the whole file: the tests follow on from each other.
            shell = shellComponent.createObject(root);
        }

        function test_a_emptyStateIsShown() {
            verify(findChild(shell, "homePage"));
            verify(findChild(shell, "emptyState").visible);
        }

        function test_b_changePasscodeRefusesWrongCurrentPasscode() {
            const dialog = openDialog();
            findChild(dialog, "changeOldField").text = "not the passcode";
            findChild(dialog, "changeNewField").text = root.newPasscode;
            findChild(dialog, "changeConfirmField").text = root.newPasscode;
            mouseClick(findChild(dialog, "changeSubmitButton"));
            tryCompare(Session, "busy", false, 10000);
            const error = findChild(dialog, "changeError");
            verify(error.visible);
            verify(error.text.length > 0);
            verify(dialog.opened, "the dialog stays open");
            mouseClick(findChild(dialog, "changeCancelButton"));
            tryCompare(dialog, "visible", false);
        }

        function test_c_changePasscodeRefusesMismatch() {
            const dialog = openDialog();
            compare(findChild(dialog, "changeOldField").text, "", "fields start empty");
            verify(!findChild(dialog, "changeError").visible, "old errors are gone");
            findChild(dialog, "changeOldField").text = root.passcode;
            findChild(dialog, "changeNewField").text = root.newPasscode;
            findChild(dialog, "changeConfirmField").text = "something else";
            mouseClick(findChild(dialog, "changeSubmitButton"));
            verify(findChild(dialog, "changeError").text.indexOf("not the same") >= 0);
            mouseClick(findChild(dialog, "changeCancelButton"));
            tryCompare(dialog, "visible", false);
        }

        function test_d_changePasscodeThenUnlockWithIt() {
            const dialog = openDialog();
            findChild(dialog, "changeOldField").text = root.passcode;
            findChild(dialog, "changeNewField").text = root.newPasscode;
            findChild(dialog, "changeConfirmField").text = root.newPasscode;
            mouseClick(findChild(dialog, "changeSubmitButton"));
            tryCompare(dialog, "visible", false, 10000);
            verify(findChild(shell, "passcodeChangedToast").visible);

            mouseClick(findChild(shell, "lockButton"));
            compare(Session.state, Session.Locked);
            Session.unlock(root.passcode);
            tryCompare(Session, "busy", false, 10000);
            compare(Session.state, Session.Locked, "the old passcode no longer opens it");
            Session.unlock(root.newPasscode);
            tryCompare(Session, "state", Session.Unlocked, 10000);
        }

        name: "Home"
        when: windowShown
    }
}
