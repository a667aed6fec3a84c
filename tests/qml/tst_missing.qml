import QtQuick
import QtTest
import Hearth
import Hearth.App

// A going-missing episode on the real screens: chosen from the home screen for a young person
// on the caseload, dates typed as a practitioner would, each refusal of the body rules shown on
// the field to fix (the police reference, an indicator's observation and its source), a wrong
// passcode refused, and a signed record whose signature verifies in the young person's
// chronology. An unsigned episode is still there, word for word, after Hearth was locked.
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

        name: "Missing"
        when: windowShown

        function item(name) {
            tryVerify(() => findChild(shell, name) !== null, 5000, "on screen: " + name);
            return findChild(shell, name);
        }

        function tap(name) {
            const target = item(name);
            tryVerify(() => target.visible, 5000, "visible: " + name);
            // A Flow places its buttons on the next frame; until then they overlap.
            waitForRendering(shell);
            const missingPage = findChild(shell, "missingPage");
            if (missingPage)
                missingPage.reveal(target);
            mouseClick(target);
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        // Typed into a date or time field and handed on as leaving the field does.
        function enter(name, text) {
            const field = item(name);
            findChild(shell, "missingPage").reveal(field);
            field.forceActiveFocus();
            field.text = text;
            field.editingFinished();
        }

        function daysAgo(days) {
            const d = new Date();
            d.setDate(d.getDate() - days);
            return d;
        }

        function signatures(parent, found) {
            for (let i = 0; i < parent.children.length; ++i) {
                const child = parent.children[i];
                if (child.objectName === "entrySignature")
                    found.push(child);
                signatures(child, found);
            }
            return found;
        }

        function shows(parent, words) {
            for (let i = 0; i < parent.children.length; ++i) {
                const child = parent.children[i];
                if (typeof child.text === "string" && child.text.indexOf(words) >= 0)
                    return true;
                if (shows(child, words))
                    return true;
            }
            return false;
        }

        function chooseLeah() {
            tap("roleMissingButton");
            tryVerify(() => Workspace.missing !== null);
            tryVerify(() => findChild(shell, "missingChildSearch") && findChild(shell, "missingChildSearch").activeFocus, 5000, "the search has the focus");
            type("Lea");
            tap("missingChild:Leah Morgan");
            compare(Workspace.missing.childId, root.childId);
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            root.childId = Workspace.addChild("Leah", "Morgan", "2011-02-03", "");
            verify(root.childId.length > 0);
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_episodeSignedAndVerified() {
            chooseLeah();
            compare(Workspace.missing.missingField, "missingFrom");
            enter("missingFromDate.text", Qt.formatDate(daysAgo(2), "dd/MM/yyyy"));
            enter("missingFromTime.text", "18:00");
            compare(Workspace.missing.missingField, "returned");
            enter("missingReturnedDate.text", Qt.formatDate(daysAgo(1), "dd/MM/yyyy"));
            enter("missingReturnedTime.text", "09:30");
            compare(Workspace.missing.missingFromTime, "18:00");
            compare(Workspace.missing.missingField, "reportedToPolice");

            tap("missingPolice:yes");
            compare(Workspace.missing.missingField, "policeReference");
            verify(item("missingPoliceReference").flagged);
            verify(item("missingMissing").text.indexOf("police reference") >= 0);
            compare(item("missingSignButton").enabled, false);
            item("missingPoliceReferenceArea").text = "MP/26/0412";
            verify(!item("missingPoliceReference").flagged);

            compare(Workspace.missing.missingField, "whereFound");
            verify(item("missingWhereFound").flagged);
            item("missingWhereFoundArea").text = "A flat on Eastgate Road";
            item("missingWhoWithArea").text = "Two men in their twenties, not known to the family";
            item("missingHowReturnedArea").text = "Brought home by police";
            item("missingChildsWordsArea").text = "  I was only out with friends ";

            tap("missingAddIndicator:money-goods");
            compare(Workspace.missing.missingField, "indicator:0:observed");
            verify(item("missingIndicatorObserved:0").flagged);
            item("missingIndicatorObserved:0Area").text = "A new phone and £80 in cash";
            compare(Workspace.missing.missingField, "indicator:0:source");
            verify(item("missingIndicatorSource:0").flagged);
            item("missingIndicatorSource:0Area").text = "Mother, at the door";
            compare(Workspace.missing.missing, "");
            compare(item("missingSignButton").enabled, true);

            item("missingPasscode").text = "not my passcode";
            tap("missingSignButton");
            tryVerify(() => !Workspace.signing && Workspace.signError.length > 0, 20000);
            verify(Workspace.missing !== null, "a wrong passcode leaves the episode open");
            verify(item("missingError").visible);

            item("missingPasscode").text = root.passcode;
            tap("missingSignButton");
            tryCompare(Workspace, "missing", null, 20000);
            compare(Workspace.signError, "");
            compare(Workspace.openEpisodes, 0);

            verify(Workspace.openChronology(root.childId));
            tryVerify(() => Workspace.chronology !== null && !Workspace.chronology.loading, 20000);
            compare(Workspace.chronology.errorText, "");
            tryVerify(() => signatures(shell, []).length > 0, 10000, "an entry with its signature");
            for (const signature of signatures(shell, []))
                verify(signature.text.indexOf("⚠") < 0, "verifies: " + signature.text);
            verify(shows(shell, "Eastgate Road"), "the episode is in the chronology");
            Workspace.closeChronology();
        }

        function test_b_unsignedEpisodeSurvivesALock() {
            chooseLeah();
            item("missingWhereFoundArea").text = "Bus station";
            tap("missingAddIndicator:peers");
            item("missingIndicatorObserved:0Area").text = "Collected by a man in a grey car";
            tap("missingCloseButton");
            tryCompare(Workspace, "missing", null);
            tryCompare(Workspace, "openEpisodes", 1);

            Session.lock();
            tryCompare(Session, "state", Session.Locked, 10000);
            Session.unlock(root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            tap("roleResumeMissingButton");
            tryVerify(() => Workspace.missing !== null);
            compare(Workspace.missing.childName, "Leah Morgan");
            compare(Workspace.missing.whereFound, "Bus station");
            compare(Workspace.missing.indicators[0].observed, "Collected by a man in a grey car");
            compare(item("missingWhereFoundArea").text, "Bus station");
            tap("missingCloseButton");
            tryCompare(Workspace, "missing", null);
        }
    }
}
