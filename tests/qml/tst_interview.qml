import QtQuick
import QtTest
import Hearth
import Hearth.App

// A return home interview on the real screens. A young person's going-missing episode from five
// days ago is signed first, so the flag "return home interview not recorded within 72 hours"
// stands in their chronology. The interview is chosen from the home screen, for that young
// person and from their episodes; each refusal of the body rules is shown on the field to fix;
// a wrong passcode is refused; the signed record verifies in the chronology, the young person's
// words shown exactly as typed, and, offered within the 72 hours, it clears the flag. From the
// episode in the chronology a second interview opens for the same young person and episode, and
// an unsigned one survives a lock word for word.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    property string childId
    property string episodeId

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

        name: "Interview"
        when: windowShown

        function item(name) {
            tryVerify(() => findChild(shell, name) !== null, 5000, "on screen: " + name);
            return findChild(shell, name);
        }

        function tap(name) {
            const target = item(name);
            tryVerify(() => target.visible && target.width > 0, 5000, "visible: " + name);
            // A part shown by the last answer is laid out on the next frame.
            waitForRendering(shell);
            const page = findChild(shell, "interviewPage");
            if (page)
                page.reveal(target);
            mouseClick(target);
        }

        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        // Typed into a date or time field and handed on as leaving the field does.
        function enter(name, text) {
            const field = item(name);
            findChild(shell, "interviewPage").reveal(field);
            field.forceActiveFocus();
            field.text = text;
            field.editingFinished();
        }

        function daysAgo(days) {
            const d = new Date();
            d.setDate(d.getDate() - days);
            return d;
        }

        function iso(date) {
            return Qt.formatDate(date, "yyyy-MM-dd");
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

        function openChronology() {
            verify(Workspace.openChronology(root.childId));
            tryVerify(() => Workspace.chronology !== null && !Workspace.chronology.loading, 20000);
            compare(Workspace.chronology.errorText, "");
        }

        // The episode the interview follows, signed through the Workspace as the episode page
        // signs it (tst_missing drives that page itself).
        function signEpisode() {
            verify(Workspace.startMissing());
            const episode = Workspace.missing;
            verify(episode.chooseChild(root.childId));
            episode.setMissingFrom(iso(daysAgo(6)), "18:00");
            episode.setReturned(iso(daysAgo(5)), "09:30");
            episode.reportedToPolice = 0;
            episode.whereFound = "Bus station in the city centre";
            episode.whoWith = "Not known";
            episode.howReturned = "Walked home";
            compare(episode.missing, "");
            Workspace.signMissing(root.passcode);
            tryCompare(Workspace, "missing", null, 20000);
            compare(Workspace.signError, "");
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            root.childId = Workspace.addChild("Jay", "Carter", "2010-05-06", "");
            verify(root.childId.length > 0);
            shell = shellComponent.createObject(root);
            signEpisode();
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_interviewSignedInTimeClearsTheFlag() {
            openChronology();
            tryCompare(Workspace.chronology.flags, "count", 1, 20000);
            Workspace.closeChronology();

            tap("roleInterviewButton");
            tryVerify(() => Workspace.interview !== null);
            const interview = Workspace.interview;
            tryVerify(() => findChild(shell, "missingChildSearch") && findChild(shell, "missingChildSearch").activeFocus, 5000, "the search has the focus");
            type("Ja");
            tap("missingChild:Jay Carter");
            compare(interview.childId, root.childId);
            compare(interview.episodes.length, 1);
            compare(interview.missingField, "episode");
            root.episodeId = interview.episodes[0].id;
            tap("interviewEpisode:0");
            compare(interview.episodeId, root.episodeId);
            verify(interview.late, "five days on, the 72 hours have passed");
            verify(item("interviewDeadline").text.indexOf("72") >= 0, item("interviewDeadline").text);

            compare(interview.missingField, "status");
            tap("interviewStatus:done");
            compare(interview.missingField, "offeredAt");
            verify(item("interviewOffered").flagged);
            enter("interviewOfferedDate.text", Qt.formatDate(daysAgo(4), "dd/MM/yyyy"));
            enter("interviewOfferedTime.text", "10:00");
            verify(!interview.late, "offered within 72 hours of the return");
            verify(item("interviewDeadline").text.indexOf("in time") >= 0, item("interviewDeadline").text);
            compare(interview.missingField, "byRole");
            verify(item("interviewByRole").flagged);
            compare(item("interviewSignButton").enabled, false);
            item("interviewByRoleArea").text = "Return home interview worker";
            compare(interview.missingField, "byAgency");
            item("interviewByAgencyArea").text = "Local return interview service";
            compare(interview.missingField, "independent");
            tap("interviewIndependent:yes");
            compare(interview.missingField, "heldAt");
            verify(item("interviewHeld").flagged);
            enter("interviewHeldDate.text", Qt.formatDate(daysAgo(4), "dd/MM/yyyy"));
            enter("interviewHeldTime.text", "15:00");
            compare(interview.missingField, "actions");
            verify(item("interviewActions").flagged);
            item("interviewActionsArea").text = "Referral to the exploitation panel";
            item("interviewChildsWordsArea").text = "  They said I owed them for the phone ";
            tap("missingAddIndicator:money-goods");
            compare(interview.missingField, "indicator:0:observed");
            item("missingIndicatorObserved:0Area").text = "A new phone he could not explain";
            compare(interview.missingField, "indicator:0:source");
            item("missingIndicatorSource:0Area").text = "Jay, at the interview";
            compare(interview.missing, "");
            compare(item("interviewSignButton").enabled, true);

            item("interviewPasscode").text = "not my passcode";
            tap("interviewSignButton");
            tryVerify(() => !Workspace.signing && Workspace.signError.length > 0, 20000);
            verify(Workspace.interview !== null, "a wrong passcode leaves the interview open");
            verify(item("interviewError").visible);

            item("interviewPasscode").text = root.passcode;
            tap("interviewSignButton");
            tryCompare(Workspace, "interview", null, 20000);
            compare(Workspace.signError, "");
            compare(Workspace.openInterviews, 0);

            openChronology();
            tryVerify(() => signatures(shell, []).length > 0, 10000, "an entry with its signature");
            for (const signature of signatures(shell, []))
                verify(signature.text.indexOf("⚠") < 0, "verifies: " + signature.text);
            verify(shows(shell, "Referral to the exploitation panel"), "the interview is in the chronology");
            verify(shows(shell, "  They said I owed them for the phone "), "the young person's words, exactly");
            tryCompare(Workspace.chronology.flags, "count", 0, 20000);
        }

        function test_b_fromTheEpisodeAndThroughALock() {
            // The chronology is still open from the signed interview: the episode offers another.
            if (!Workspace.chronology)
                openChronology();
            // The episode's card may be below the fold of the chronology's list: clicked as the
            // button itself would be.
            const fromEpisode = item("entryInterviewButton:" + root.episodeId);
            tryVerify(() => fromEpisode.visible);
            fromEpisode.clicked();
            tryVerify(() => Workspace.interview !== null);
            compare(Workspace.interview.childName, "Jay Carter");
            compare(Workspace.interview.episodeId, root.episodeId);
            compare(Workspace.interview.episodes[0].interviewed, true);
            tap("interviewStatus:not-offered");
            compare(Workspace.interview.missingField, "reason");
            verify(item("interviewReason").flagged);
            verify(!item("interviewOffered").visible, "no time or interviewer when not offered");
            item("interviewReasonArea").text = "A second interview was not thought needed";
            tap("interviewCloseButton");
            tryCompare(Workspace, "interview", null);
            tryCompare(Workspace, "openInterviews", 1);
            Workspace.closeChronology();

            Session.lock();
            tryCompare(Session, "state", Session.Locked, 10000);
            Session.unlock(root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            tap("roleResumeInterviewButton");
            tryVerify(() => Workspace.interview !== null);
            compare(Workspace.interview.childName, "Jay Carter");
            compare(Workspace.interview.episodeId, root.episodeId);
            compare(Workspace.interview.status, "not-offered");
            compare(item("interviewReasonArea").text, "A second interview was not thought needed");
            tap("interviewCloseButton");
            tryCompare(Workspace, "interview", null);
        }
    }
}
