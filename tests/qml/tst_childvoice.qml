import QtQuick
import QtTest
import Hearth
import Hearth.App

// A child-voice session on the real screens, as a social worker runs one: from the role's home
// screen, the child chosen from the caseload, the setting, the child's words (two quotes),
// the three houses, a scaling question, what happens next, then signed with the
// passcode and in the child's chronology with the child's words as quotes. A second session
// for a child not on the tablet survives a lock word for word.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    property string childId

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

        name: "ChildVoice"
        when: windowShown

        function tap(name) {
            const item = findChild(shell, name);
            verify(item, "on screen: " + name);
            tryVerify(() => item.visible, 5000, "visible: " + name);
            // A Flow places its buttons on the next frame (the home screen's role buttons after
            // a page closes); until then they overlap and a tap lands on a neighbour.
            waitForRendering(shell);
            const scroll = findChild(shell, "childVoiceScroll");
            if (scroll) {
                // As a finger would: the page is scrolled until the item is in view.
                const top = item.mapToItem(scroll.contentItem, 0, 0).y;
                scroll.contentY = Math.max(0, Math.min(top - 40, scroll.contentHeight - scroll.height));
            }
            mouseClick(item);
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function write(name, text) {
            const area = findChild(shell, name + "Area");
            verify(area, "on screen: " + name);
            area.text = text;
        }

        function page() {
            tryVerify(() => findChild(shell, "childVoicePage") !== null);
            return findChild(shell, "childVoicePage");
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            root.childId = Workspace.addChild("Amira", "Khan", "2016-05-03", "");
            verify(root.childId.length > 0);
            Workspace.roles.choose("social-worker");
            tryCompare(Workspace.roles, "role", "social-worker");
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_wholeSessionToASignedRecord() {
            tap("roleChildVoiceButton");
            page();
            tryVerify(() => findChild(shell, "concernChildSearch").activeFocus);
            type("Ami");
            tap("concernChild:Amira Khan");
            compare(Workspace.childVoice.childName, "Amira Khan");
            tap("childVoicePlace:school");
            write("childVoicePlaceDetail", "the quiet room by the library");
            write("childVoiceOthers", "Mrs Evans, teaching assistant");
            tap("childVoiceAlone:no");
            verify(findChild(shell, "childVoiceMissing").text.indexOf("alone") >= 0);
            write("childVoiceNotAlone", "Amira asked for Mrs Evans to stay");

            tap("childVoiceAddQuote");
            tryVerify(() => findChild(shell, "childVoiceQuote0Area") !== null);
            findChild(shell, "childVoiceQuote0Area").forceActiveFocus();
            type("They shout at night");
            write("childVoiceQuoteContext0", "evenings at home");
            tap("childVoiceAddQuote");
            tryVerify(() => findChild(shell, "childVoiceQuote1Area") !== null);
            write("childVoiceQuote1", "  Nan makes pancakes ");
            compare(Workspace.childVoice.quotes[0].text, "They shout at night");
            compare(Workspace.childVoice.quotes[1].text, "  Nan makes pancakes ");

            write("childVoiceWorries", "shouting at night\nDad's car");
            write("childVoiceGoodThings", "Nan\nfootball");
            write("childVoiceDreams", "a dog");
            tap("childVoiceAddScale");
            tryVerify(() => findChild(shell, "childVoiceScaleQuestion0Area") !== null);
            write("childVoiceScaleQuestion0", "How safe do you feel at home?");
            tap("childVoiceScale0:4");
            write("childVoiceScaleReason0", "because of the shouting");
            write("childVoiceTrusts", "Nan\nMrs Evans");
            write("childVoiceBetterIf", "If Dad stopped shouting");
            write("childVoiceViewOfPlan", "I want to stay at Nan's at weekends");
            verify(findChild(shell, "childVoiceMissing").visible);
            compare(findChild(shell, "childVoiceSignButton").enabled, false);
            write("childVoiceWillDo", "Talk it through with my team manager today");
            write("childVoiceToldNext", "I will talk to Mum and Dad and come back next Tuesday");
            tryCompare(findChild(shell, "childVoiceMissing"), "visible", false);

            findChild(shell, "childVoicePasscode").text = "not the passcode";
            tap("childVoiceSignButton");
            tryVerify(() => Workspace.signError.length > 0, 20000);
            verify(Workspace.childVoice !== null, "a wrong passcode signs nothing");
            findChild(shell, "childVoicePasscode").text = root.passcode;
            tap("childVoiceSignButton");
            tryCompare(Workspace, "childVoice", null, 20000);
            compare(Workspace.signError, "");
            compare(Workspace.openChildVoiceSessions, 0);

            // In the child's chronology: the session, and the two quotes as the child's words.
            verify(Workspace.openChronology(root.childId));
            tryVerify(() => Workspace.chronology && !Workspace.chronology.loading, 20000);
            Workspace.chronology.filter = 6; // the child's words
            compare(Workspace.chronology.count, 2);
            Workspace.chronology.filter = 1; // visits and sessions
            compare(Workspace.chronology.count, 1);
            Workspace.closeChronology();
            tryCompare(Workspace, "chronology", null);
        }

        function test_b_aNewChildSurvivesALock() {
            tap("roleChildVoiceButton");
            page();
            tap("concernNewChild");
            findChild(shell, "concernNewName").text = "Sam Lee";
            findChild(shell, "concernNewYear").text = "Year 3";
            tap("concernNewUse");
            compare(Workspace.childVoice.childName, "Sam Lee");
            Workspace.childVoice.place = "car";
            tap("childVoiceAddQuote");
            tryVerify(() => findChild(shell, "childVoiceQuote0Area") !== null);
            write("childVoiceQuote0", "  can we go past the park? ");
            write("childVoiceDreams", "a bike");
            tap("childVoiceCloseButton");
            tryCompare(Workspace, "childVoice", null);
            tryCompare(Workspace, "openChildVoiceSessions", 1);

            Session.lock();
            tryCompare(Session, "state", Session.Locked, 10000);
            Session.unlock(root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            tap("resumeChildVoiceButton");
            page();
            compare(Workspace.childVoice.childName, "Sam Lee");
            compare(Workspace.childVoice.place, "car");
            compare(Workspace.childVoice.dreams, "a bike");
            compare(findChild(shell, "childVoiceQuote0Area").text, "  can we go past the park? ");
            tap("childVoiceCloseButton");
            tryCompare(Workspace, "childVoice", null);
        }
    }
}
