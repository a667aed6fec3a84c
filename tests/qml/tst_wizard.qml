import QtQuick
import QtTest
import Hearth
import Hearth.App

// The home screen and the visit wizard with a real workspace: add a child, start a visit,
// answer on the steps, see what is missing, leave and resume, and discard with confirmation.
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

        property var shell: null

        function initTestCase() {
            Session.setUp("kettle on the hob", "kettle on the hob");
            tryCompare(Workspace, "ready", true, 20000);
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        // An item by objectName among the shell's visual children, laid out: a ListView
        // releases the delegates of a reset model, and a Loader its page, some time after they
        // leave the screen, and findChild() still finds those.
        function shown(name: string): var {
            const search = item => {
                if (item.objectName === name)
                    return item;
                for (let i = 0; i < item.children.length; ++i) {
                    const found = search(item.children[i]);
                    if (found)
                        return found;
                }
                return null;
            };
            let found = null;
            tryVerify(() => (found = search(shell)) !== null, 5000, name + " on screen");
            // Tapped only once every layout above it has placed it.
            tryVerify(() => {
                for (let item = found; item && item !== shell; item = item.parent) {
                    if (isPolishScheduled(item))
                        return false;
                }
                return true;
            }, 5000, name + " laid out");
            return found;
        }

        // Every test starts on the home screen with no visit open and no drafts, whatever ran
        // before it.
        function init() {
            Workspace.closeVisit();
            const drafts = Workspace.drafts;
            while (drafts.count > 0)
                verify(Workspace.discardDraft(drafts.data(drafts.index(0, 0), DraftListModel.IdRole)));
            tryVerify(() => findChild(shell, "homePage") !== null);
        }

        // A date `months` from today (negative: in the past), as the add-child form takes it.
        function isoDate(months) {
            const date = new Date();
            date.setDate(15);
            date.setMonth(date.getMonth() + months);
            return date.toISOString().slice(0, 10);
        }

        function addChild(given, family, born) {
            const id = Workspace.addChild(given, family, born, "");
            verify(id.length > 0, "the child was added");
            return id;
        }

        function openVisitFor(childId) {
            verify(Workspace.startVisit(childId));
            tryVerify(() => {
                const shown = findChild(shell, "visitPage");
                return shown !== null && shown.visit === Workspace.visit;
            });
            waitForRendering(shell);
            return findChild(shell, "visitPage");
        }

        function test_addChildFromHome() {
            const before = Workspace.caseload.count;
            mouseClick(findChild(shell, "addChildButton"));
            const dialog = findChild(shell, "addChildDialog");
            tryCompare(dialog, "opened", true);
            findChild(dialog, "childGivenField").text = "Ada";
            findChild(dialog, "childFamilyField").text = "Lovelace";
            findChild(dialog, "childDateField.text").text = "15/01/2024";
            mouseClick(findChild(dialog, "childAddButton"));
            tryCompare(dialog, "visible", false);
            compare(Workspace.caseload.count, before + 1);
            const row = Workspace.caseload.index(Workspace.caseload.count - 1, 0);
            verify(Workspace.caseload.data(row, CaseloadListModel.ChildIdRole).length > 0);
        }

        function test_wizardStartsOnStepOneAndSaves() {
            const page = openVisitFor(addChild("Bryn", "Saves", isoDate(-30)));
            compare(page.visit.step, 0);
            const purpose = findChild(page, "start.purpose");
            verify(purpose);
            purpose.text = "Poor home conditions.";
            tryCompare(page.visit, "saved", true, 5000);
            compare(page.visit.read(VisitField.Purpose), "Poor home conditions.");
            tryVerify(() => findChild(page, "nudge") !== null, 1000, "a nudge appears beside the text");
            verify(page.visit.stepMissing[0] > 0, "step 1 still needs answers");
        }

        function test_anyStepCanBeOpened() {
            const page = openVisitFor(addChild("Cerys", "Steps", isoDate(-30)));
            tryVerify(() => findChild(page, "stepButton8") !== null, 5000, "the step strip is laid out");
            mouseClick(findChild(page, "stepButton8"));
            compare(page.visit.step, 8);
            verify(findChild(page, "whatItMeansBlock"));
            verify(!findChild(page, "signButton").enabled, "signing waits for the missing items");
            mouseClick(findChild(page, "backButton"));
            compare(page.visit.step, 7);
            mouseClick(findChild(page, "nextButton"));
            compare(page.visit.step, 8);
        }

        function test_leaveAndResume() {
            const page = openVisitFor(addChild("Dylan", "Resume", isoDate(-30)));
            page.visit.step = 8;
            mouseClick(findChild(page, "closeVisitButton"));
            tryCompare(Workspace, "visit", null);
            tryVerify(() => findChild(shell, "homePage") !== null);
            compare(Workspace.drafts.count, 1);
            const resume = shown("resumeDraft:Dylan Resume");
            verify(resume);
            mouseClick(resume);
            tryVerify(() => findChild(shell, "visitPage") !== null);
            compare(findChild(shell, "visitPage").visit.step, 8, "reopens on the same step");
        }

        function test_discardAsksFirst() {
            openVisitFor(addChild("Efa", "Discard", isoDate(-30)));
            Workspace.closeVisit();
            tryVerify(() => findChild(shell, "homePage") !== null);
            waitForRendering(shell);
            const drafts = Workspace.drafts.count;
            compare(drafts, 1);
            mouseClick(shown("discardDraft:Efa Discard"));
            const dialog = findChild(shell, "discardDialog");
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog, "confirmCancelButton"));
            tryCompare(dialog, "visible", false);
            compare(Workspace.drafts.count, drafts, "keeping it keeps it");
            mouseClick(shown("discardDraft:Efa Discard"));
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog, "confirmAcceptButton"));
            tryCompare(Workspace.drafts, "count", drafts - 1);
        }

        function test_aRefusedWriteIsShown() {
            const page = openVisitFor(addChild("Ffion", "Refused", isoDate(-30)));
            verify(!page.visit.write(VisitField.ChildsWords, "no.such.prompt", -1, "words"));
            const error = findChild(page, "visitError");
            tryCompare(error, "visible", true);
            verify(page.visit.errorText.length > 0);
            verify(page.visit.write(VisitField.Purpose, "", -1, "Any answer that is kept"));
            tryCompare(error, "visible", false);
        }

        // The child's words typed into the real field, for the first prompt of every age band
        // that asks the child, survive closing and reopening the draft.
        function test_childsWordsKeptInEveryAgeBand_data() {
            return [
                { tag: "unborn", born: "", expected: isoDate(2) },
                { tag: "under-1", born: isoDate(-6), expected: "" },
                { tag: "1-5", born: isoDate(-36), expected: "" },
                { tag: "6-10", born: isoDate(-96), expected: "" },
                { tag: "11-15", born: isoDate(-156), expected: "" },
                { tag: "16-plus", born: isoDate(-200), expected: "" }
            ];
        }

        function test_childsWordsKeptInEveryAgeBand(data) {
            const childId = Workspace.addChild("Words", data.tag, data.born, data.expected);
            verify(childId.length > 0);
            let page = openVisitFor(childId);
            const visitId = page.visit.visitId;
            page.visit.step = 3;
            const prompts = page.visit.livedPrompts;
            let promptId = "";
            for (let i = 0; i < prompts.count && promptId === ""; ++i) {
                const index = prompts.index(i, 0);
                if (prompts.data(index, PromptListModel.KindRole) !== "observe")
                    promptId = prompts.data(index, PromptListModel.IdRole);
            }
            verify(promptId.length > 0, "the band has a prompt that asks the child");
            const fieldName = page.visit.fieldName(VisitField.ChildsWords) + ":" + promptId;
            let field = findChild(page, fieldName);
            verify(field, fieldName);
            field.forceActiveFocus();
            const words = "he hits me";
            for (const key of words)
                keyClick(key);
            compare(field.text, words);
            compare(page.visit.read(VisitField.ChildsWords, promptId), words);
            verify(page.visit.nudges(VisitField.ChildsWords, "Fine.").length === 0);

            Workspace.closeVisit();
            tryVerify(() => findChild(shell, "homePage") !== null);
            verify(Workspace.openDraft(visitId));
            tryVerify(() => {
                const shown = findChild(shell, "visitPage");
                return shown !== null && shown.visit === Workspace.visit;
            });
            page = findChild(shell, "visitPage");
            compare(page.visit.step, 3);
            field = findChild(page, fieldName);
            verify(field, fieldName);
            compare(field.text, words, "the words are there after reopening");
        }

        name: "Wizard"
        when: windowShown
    }
}
