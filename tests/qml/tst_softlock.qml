import QtQuick
import QtTest
import Hearth
import Hearth.App

// Quick re-entry on the real pages: the PIN is chosen from the home screen; soft-locked,
// not one word of a record is in the item tree, and the screen is exactly the soft-lock page
// drawn on its own (nothing of the page behind shows through); the PIN pad brings the visit
// back;
// three wrong PINs and the passcode button lead to the full lock.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    readonly property string pin: "402817"
    readonly property var recordWords: ["Zebedee", "Quartermaine"]

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

    Component {
        id: emptySoftLockComponent

        SoftLockPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        id: testCase

        property var shell: null

        name: "SoftLock"
        when: windowShown

        // Every string any item in the window holds, shown or not (dialogs included: they
        // live in the window's overlay, a sibling of this file's root item).
        function allTexts(item, out) {
            if (typeof item.text === "string")
                out.push(item.text);
            if (typeof item.title === "string")
                out.push(item.title);
            for (let i = 0; i < item.children.length; ++i)
                allTexts(item.children[i], out);
            return out;
        }

        function recordTextsOnScreen() {
            let top = root;
            while (top.parent)
                top = top.parent;
            const texts = allTexts(top, []);
            return texts.filter(t => root.recordWords.some(w => t.indexOf(w) >= 0));
        }

        function typePin(digits) {
            const page = findChild(shell, "softLockPage");
            for (const digit of digits)
                mouseClick(findChild(page, "pinKey" + digit));
        }

        function softLock() {
            Session.softLock();
            compare(Session.state, Session.SoftLocked);
            tryVerify(() => findChild(shell, "softLockPage") !== null);
            waitForRendering(shell);
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Workspace, "ready", true, 20000);
            verify(Workspace.addChild("Zebedee", "Quartermaine", "2025-06-01", "") !== "");
            shell = shellComponent.createObject(root);
            shell.forceActiveFocus();
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_choosePinFromHome() {
            verify(recordTextsOnScreen().length > 0, "the caseload shows the child's name");
            mouseClick(findChild(shell, "pinButton"));
            const dialog = findChild(shell, "pinSetupDialog");
            tryCompare(dialog, "opened", true);
            findChild(dialog, "pinPasscodeField").text = root.passcode;
            findChild(dialog, "pinNewField").text = "123456";
            findChild(dialog, "pinConfirmField").text = "123456";
            mouseClick(findChild(dialog, "pinSubmitButton"));
            const error = findChild(dialog, "pinError");
            verify(error.visible);
            verify(error.text.indexOf("123456") >= 0, error.text);
            verify(!Session.pinSet);

            findChild(dialog, "pinNewField").text = root.pin;
            findChild(dialog, "pinConfirmField").text = root.pin;
            mouseClick(findChild(dialog, "pinSubmitButton"));
            tryCompare(dialog, "visible", false, 20000);
            verify(Session.pinSet);
        }

        function test_b_softLockShowsNothingOfAnyRecord() {
            // 257: CaseloadListModel::ChildIdRole
            verify(Workspace.startVisit(Workspace.caseload.data(Workspace.caseload.index(0, 0), 257)));
            tryVerify(() => findChild(shell, "visitPage") !== null);
            verify(recordTextsOnScreen().length > 0, "the visit shows the child's name");

            softLock();
            compare(recordTextsOnScreen(), [], "no name in the item tree");
            verify(findChild(shell, "visitPage") === null);
            verify(findChild(shell, "syncStatusBar") === null || !findChild(shell, "syncStatusBar").visible);

            const locked = grabImage(shell);
            shell.visible = false;
            const empty = emptySoftLockComponent.createObject(root);
            waitForRendering(empty);
            const blank = grabImage(empty);
            empty.destroy();
            shell.visible = true;
            verify(locked.equals(blank), "nothing but the soft-lock page is drawn");
        }

        function test_c_wrongThenRightPinBringsTheVisitBack() {
            typePin("935062");
            const error = findChild(shell, "softLockError");
            tryVerify(() => error.visible);
            compare(Session.state, Session.SoftLocked);
            compare(Session.pinTriesLeft, 2);
            typePin(root.pin);
            compare(Session.state, Session.Unlocked);
            tryVerify(() => findChild(shell, "visitPage") !== null, 5000, "the visit is back");
            Workspace.closeVisit();
            tryVerify(() => findChild(shell, "homePage") !== null);
        }

        function test_d_threeWrongPinsLockFully() {
            softLock();
            const pad = findChild(shell, "softLockPinPad");
            tryVerify(() => pad.activeFocus, 2000, "the PIN pad takes the keyboard");
            for (let i = 0; i < 3; ++i) {
                keyClick(Qt.Key_9);
                for (const digit of "35062")
                    keyClick(digit);
            }
            compare(Session.state, Session.Locked);
            tryVerify(() => findChild(shell, "unlockPage") !== null);
            verify(findChild(shell, "unlockError").text.indexOf("passcode") >= 0);
            compare(recordTextsOnScreen(), []);
        }

        function test_e_passcodeButtonLocksFully() {
            Session.unlock(root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            verify(Session.pinSet, "the PIN is kept in the vault");
            softLock();
            mouseClick(findChild(shell, "softLockPasscodeButton"));
            compare(Session.state, Session.Locked);
            tryVerify(() => findChild(shell, "unlockPage") !== null);
        }
    }
}
