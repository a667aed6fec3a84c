import QtQuick
import QtTest
import Hearth
import Hearth.App

// First run on an empty vault: weak and mismatched passcodes are refused with a message,
// the rules tick as they are met, and a good passcode leads to the home screen.
Item {
    id: root

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

        function typeText(text) {
            for (const character of text)
                keyClick(character);
        }

        property var shell: null

        function createShell() {
            shell = createTemporaryObject(shellComponent, root);
            verify(shell);
            shell.forceActiveFocus();
            const page = findChild(shell, "firstRunPage");
            verify(page, "first run page shown");
            return page;
        }

        function test_a_weakPasscodeIsRefusedWithTheReason() {
            const page = createShell();
            const passcode = findChild(page, "firstRunPasscodeField");
            const confirmation = findChild(page, "firstRunConfirmField");
            // The passcode box has the keyboard straight away, Enter moves to the second
            // box and Enter there submits.
            tryVerify(() => passcode.activeFocus, 2000, "passcode box has focus");
            typeText("12345678");
            keyClick(Qt.Key_Return);
            verify(confirmation.activeFocus, "Enter moves to the confirmation box");
            typeText("12345678");
            keyClick(Qt.Key_Return);

            const error = findChild(page, "firstRunError");
            tryVerify(() => error.visible);
            verify(error.text.indexOf("most commonly used") >= 0, error.text);
            compare(Session.state, Session.NeedsSetup);
        }

        function test_b_mismatchIsRefusedWithTheReason() {
            const page = createShell();
            findChild(page, "firstRunPasscodeField").text = "kettle on the hob";
            findChild(page, "firstRunConfirmField").text = "kettle on the hog";
            mouseClick(findChild(page, "firstRunSubmitButton"));

            const error = findChild(page, "firstRunError");
            tryVerify(() => error.visible);
            verify(error.text.indexOf("not the same") >= 0, error.text);
            compare(Session.state, Session.NeedsSetup);
        }

        function test_c_rulesTickAsTheyAreMet() {
            const page = createShell();
            const rules = findChild(page, "firstRunRules");
            const passcode = findChild(page, "firstRunPasscodeField");
            verify(!rules.allMet);
            passcode.text = "aaaaaaaaaa";
            verify(!rules.allMet, "one repeated character is not allowed");
            passcode.text = "password";
            verify(!rules.allMet, "a common passcode is not allowed");
            passcode.text = "kettle on the hob";
            verify(rules.allMet);
        }

        function test_d_goodPasscodeLeadsHome() {
            const page = createShell();
            const button = findChild(page, "firstRunSubmitButton");
            verify(button.height >= 48, "touch target");
            findChild(page, "firstRunPasscodeField").text = "kettle on the hob";
            findChild(page, "firstRunConfirmField").text = "kettle on the hob";
            mouseClick(button);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            tryVerify(() => findChild(shell, "homePage") !== null, 5000, "home page shown");
            verify(findChild(shell, "emptyState").visible);
        }

        name: "FirstRun"
        when: windowShown
    }
}
