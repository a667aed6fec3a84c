import QtQuick
import QtTest
import Hearth
import Hearth.App

// A new adult at the visit, in the real app shell: two visits signed with the passcode (Jade
// met and spoken to, then Rhodri and Kyle new and not spoken to), then the next visit. Its
// "who" step asks whether anyone new lives in or visits the home, and shows Rhodri's and
// Kyle's cards open so seeing or speaking to them today can be recorded there. The "since the
// last visit" panel's acknowledge dialog lets the practitioner choose which new adult's flag
// they acknowledge, and signs for that one only; the chronology's dialog, with one left open,
// has nothing to choose.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    readonly property string rule: "new-adult-not-seen"

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
        property string childId

        when: windowShown

        function named(under: var, name: string): var {
            tryVerify(() => findChild(under, name) !== null, 5000, name + " on screen");
            return findChild(under, name);
        }

        // Everything the visit's own check asks for except the question about anyone new.
        function fill(visit: var) {
            const set = (field, value, item) => verify(visit.write(field, item || "", -1, value), visit.errorText);
            set(VisitField.Notice, "announced");
            set(VisitField.Place, "home");
            set(VisitField.Purpose, "Eight-month review.");
            visit.setManualLocation("Family home");
            const each = (list, use) => {
                for (let i = 0; i < list.count; ++i)
                    use(list.data(list.index(i, 0), PromptListModel.IdRole));
            };
            each(visit.menPrompts, id => set(VisitField.MenAnswer, "no", id));
            set(VisitField.Seen, true);
            set(VisitField.SeenAlone, true);
            set(VisitField.SleepingPlace, "Own cot in the back bedroom.");
            set(VisitField.Communication, "Babbles, reaches for her mother.");
            set(VisitField.DayInTheLife, "Up at six, fed, naps after lunch.");
            each(visit.neglectItems, id => set(VisitField.NeglectLevel, "no-concern", id));
            set(VisitField.CooperationLevel, 4);
            set(VisitField.CooperationEvidence, "Every appointment kept.");
            set(VisitField.ImmediatePresent, false);
            set(VisitField.WhatItMeans, "Maya is cared for and thriving.");
        }

        function signVisit(visit: var) {
            verify(visit.canFinish, JSON.stringify(visit.missing));
            Workspace.sign(root.passcode);
            tryVerify(() => Workspace.signedVisit !== null, 20000, "signed: " + Workspace.signError);
            Workspace.closeSigned();
        }

        function adultId(visit: var, name: string): string {
            const list = visit.knownAdults;
            for (let i = 0; i < list.count; ++i)
                if (list.data(list.index(i, 0), PromptListModel.TextRole) === name)
                    return list.data(list.index(i, 0), PromptListModel.IdRole);
            return "";
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Workspace, "ready", true, 20000);
            childId = Workspace.addChild("Maya", "Fenwick", Workspace.caseload.dayFromToday(-240), "");
            verify(childId !== "");
            shell = shellComponent.createObject(root);

            verify(Workspace.startVisit(childId));
            let visit = Workspace.visit;
            fill(visit);
            verify(!visit.canFinish, "not signable with the question unanswered");
            verify(visit.addNewAdult("Jade", "Fenwick", "mother", true));
            verify(visit.write(VisitField.AdultSpokenTo, "", 0, true));
            verify(visit.write(VisitField.NewPeople, "", -1, "no"));
            signVisit(visit);

            verify(Workspace.startVisit(childId));
            visit = Workspace.visit;
            fill(visit);
            verify(visit.write(VisitField.NewPeople, "", -1, "yes"));
            verify(visit.addNewAdult("Rhodri", "Evans", "partner", true));
            verify(visit.addNewAdult("Kyle", "Evans", "visitor", false));
            signVisit(visit);
            compare(Workspace.openFlags(childId, root.rule).length, 2);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_whoStepAsksAndOpensTheNewAdultsCards() {
            verify(Workspace.startVisit(childId));
            const visit = Workspace.visit;
            fill(visit);
            visit.step = 1;
            const page = named(shell, "visitPage");
            const question = named(page, "whoNewPeople");
            verify(question.visible);
            const yes = named(page, "who.newPeople:yes");
            verify(!yes.checked);
            compare(visit.stepMissing[1], 1, "the question is still to answer");

            const rhodri = adultId(visit, "Rhodri Evans");
            const kyle = adultId(visit, "Kyle Evans");
            const jade = adultId(visit, "Jade Fenwick");
            verify(rhodri !== "" && kyle !== "" && jade !== "");
            tryVerify(() => findChild(page, "adultToMeet:" + rhodri) !== null && findChild(page, "adultToMeet:" + rhodri).visible, 20000, "Rhodri's card is open");
            verify(named(page, "adultToMeet:" + kyle).visible, "Kyle's card is open");
            verify(!named(page, "adultToMeet:" + jade).visible, "Jade was spoken to: her card stays closed");
            // It says when he was first recorded (in either language).
            verify(named(page, "adultToMeet:" + rhodri).text.indexOf(Workspace.sinceLastVisit.adultsToMeet[0].firstKnown) >= 0);

            // Here today, then spoken to, on his card.
            const spoken = named(page, "adultSpokenToToday:" + rhodri);
            verify(!spoken.visible, "spoken to is asked once he is marked here");
            named(page, "adult:" + rhodri + ":present").clicked();
            tryVerify(() => spoken.visible);
            spoken.toggle();
            spoken.clicked();
            compare(visit.read(VisitField.AdultSpokenTo, "", visit.adultPresentRow(rhodri)), true);

            // "Yes" opens the form for adding the new person.
            yes.clicked();
            compare(visit.read(VisitField.NewPeople, "", -1), "yes");
            tryVerify(() => named(page, "whoNewPeopleYes").visible);
            tryVerify(() => named(page, "newAdultGiven").visible);
            compare(visit.stepMissing[1], 0);
            Workspace.closeVisit();
        }

        function test_b_acknowledgeOneOfTwoNewAdults() {
            const open = Workspace.openFlags(childId, root.rule);
            compare(open.length, 2);
            verify(Workspace.startVisit(childId));
            tryCompare(Workspace.sinceLastVisit, "ready", true, 20000);
            const panel = named(shell, "sinceLastVisit");
            let row = -1;
            for (let i = 0; i < 10 && row < 0; ++i) {
                const item = findChild(panel, "sinceItem:" + i);
                if (item && item.text.indexOf(open[1].text) >= 0)
                    row = i;
            }
            verify(row >= 0, "the second flag is in the panel");
            mouseClick(named(panel, "sinceAcknowledge:" + row));
            const dialog = named(panel, "acknowledgeFlagDialog");
            tryCompare(dialog, "opened", true);

            // The flag asked from is chosen; the other can be chosen instead.
            const choice = named(dialog, "acknowledgeFlagChoice");
            verify(choice.visible, "two flags of one rule: the practitioner chooses");
            compare(choice.subject, open[1].subject);
            const first = named(choice, "flagChoice:0");
            const second = named(choice, "flagChoice:1");
            verify(second.checked && !first.checked);
            compare(first.text, open[0].text);
            mouseClick(first);
            verify(first.checked && !second.checked);
            compare(choice.subject, open[0].subject);
            verify(named(dialog, "acknowledgeFlagText").text.indexOf(open[0].text) >= 0);

            named(dialog, "acknowledgeFlagNote").text = "Met him at the door; he is staying two nights.";
            named(dialog, "acknowledgeFlagPasscode").text = root.passcode;
            mouseClick(named(dialog, "acknowledgeFlagSign"));
            tryCompare(dialog, "opened", false, 20000);

            const left = Workspace.openFlags(childId, root.rule);
            compare(left.length, 1);
            compare(left[0].subject, open[1].subject);
            Workspace.closeVisit();
        }

        function test_c_chronologyDialogWithOneLeft() {
            verify(Workspace.openChronology(childId));
            const chronology = named(shell, "chronologyPage");
            const left = Workspace.openFlags(childId, root.rule);
            compare(left.length, 1);
            let button = null;
            tryVerify(() => {
                for (let i = 0; i < 10; ++i) {
                    const card = findChild(chronology, "flagAcknowledge:" + i);
                    if (card && card.visible && card.Accessible.name.indexOf(left[0].text) >= 0)
                        button = card;
                }
                return button !== null;
            }, 20000, "the open new-adult flag has its button");
            button.clicked();
            const dialog = named(chronology, "acknowledgeDialog");
            tryCompare(dialog, "opened", true);
            verify(!named(dialog, "acknowledgeChoice").visible, "one open flag: nothing to choose");
            compare(named(dialog, "acknowledgeText").text, left[0].text);
            dialog.reject();
            tryCompare(dialog, "opened", false);
            Workspace.closeChronology();
        }
    }
}
