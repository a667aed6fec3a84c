import QtQuick
import QtTest
import Hearth
import Hearth.App

// The quick concern log on the real screens: the taps a school nurse needs before she can type
// what she saw (at most five), for a child on the tablet and for a pupil who is not; an
// immediate danger that cannot be signed without its next step; and an unsigned concern that
// is still there, word for word, after Hearth was locked and unlocked.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    property int taps: 0

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

        name: "Concern"
        when: windowShown

        function tap(name) {
            const item = findChild(shell, name);
            verify(item, "on screen: " + name);
            tryVerify(() => item.visible, 5000, "visible: " + name);
            // A Flow places its buttons on the next frame (the home screen's role buttons after
            // a page closes); until then they overlap and a tap lands on a neighbour.
            waitForRendering(shell);
            // A swipe, not a tap: the page scrolls the chip into view as a finger would.
            const concernPage = findChild(shell, "concernPage");
            if (concernPage)
                concernPage.reveal(item);
            mouseClick(item);
            root.taps += 1;
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function page() {
            tryVerify(() => findChild(shell, "concernPage") !== null);
            return findChild(shell, "concernPage");
        }

        function focused(name) {
            tryVerify(() => findChild(shell, name) && findChild(shell, name).activeFocus, 5000, name + " has the focus");
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            verify(Workspace.addChild("Amira", "Khan", "2014-05-03", "").length > 0);
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_caseloadChildInFewTaps() {
            root.taps = 0;
            tap("logConcernButton");
            page();
            // Typing starts in the search without a tap.
            focused("concernChildSearch");
            type("Ami");
            tap("concernChild:Amira Khan");
            focused("concernSeenArea");
            const beforeTyping = root.taps;
            verify(beforeTyping <= 5, "taps before typing: " + beforeTyping);
            type("Bruise");
            compare(Workspace.concern.seen, "Bruise");
            findChild(shell, "concernSeenArea").text = "A purple bruise, 2 cm, on the left forearm.";
            tap("concernCategory:injury");
            tap("concernSafety:no");
            tap("concernAction:dsl");
            focused("concernToldWhoArea");
            type("Ms Jones, DSL");
            tap("concernBasis:consent");
            compare(findChild(shell, "concernMissing").visible, false);
            findChild(shell, "concernPasscode").text = root.passcode;
            tap("concernSignButton");
            tryCompare(Workspace, "concern", null, 20000);
            compare(Workspace.signError, "");
            verify(findChild(shell, "passcodeChangedToast").visible);
            console.log("taps before typing what was seen:", beforeTyping, "; taps for the whole concern:", root.taps);
        }

        function test_b_dangerNeedsANextStep() {
            tap("logConcernButton");
            page();
            type("Ami");
            tap("concernChild:Amira Khan");
            Workspace.concern.seen = "Said her stepfather hit her last night.";
            tap("concernCategory:disclosure");
            tap("concernAction:monitor");
            tap("concernSafety:yes");
            focused("concernNextStepArea");
            verify(findChild(shell, "concernMissing").text.indexOf("next step") >= 0);
            compare(findChild(shell, "concernSignButton").enabled, false);
            type("DSL phoning the police now");
            tryCompare(findChild(shell, "concernMissing"), "visible", false);
            compare(findChild(shell, "concernSignButton").enabled, true);
            tap("concernCloseButton");
            tryCompare(Workspace, "concern", null);
        }

        function test_c_newPupilSurvivesALock() {
            root.taps = 0;
            tap("logConcernButton");
            page();
            tap("concernNewChild");
            focused("concernNewName");
            verify(root.taps <= 5, "taps before typing: " + root.taps);
            type("Sam Lee");
            findChild(shell, "concernNewYear").text = "Year 8";
            tap("concernNewUse");
            focused("concernSeenArea");
            type("Crying; ");
            findChild(shell, "concernChildsWordsArea").text = "  I don't want to go home ";
            tap("concernCategory:emotional-harm");
            tap("concernCloseButton");
            tryCompare(Workspace, "concern", null);
            tryCompare(Workspace, "openConcerns", 2);

            Session.lock();
            tryCompare(Session, "state", Session.Locked, 10000);
            Session.unlock(root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            tap("resumeConcernButton");
            page();
            compare(Workspace.concern.childName, "Sam Lee");
            compare(Workspace.concern.seen, "Crying; ");
            compare(Workspace.concern.childsWords, "  I don't want to go home ");
            compare(Workspace.concern.category, "emotional-harm");
            compare(findChild(shell, "concernChildsWordsArea").text, "  I don't want to go home ");
        }
    }
}
