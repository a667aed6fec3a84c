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

        function test_a_addChildFromHome() {
            verify(findChild(shell, "homePage"));
            verify(findChild(shell, "emptyState").visible, "an empty caseload says so");
            mouseClick(findChild(shell, "addChildButton"));
            const dialog = findChild(shell, "addChildDialog");
            tryCompare(dialog, "opened", true);
            findChild(dialog, "childGivenField").text = "Ada";
            findChild(dialog, "childFamilyField").text = "Lovelace";
            findChild(dialog, "childDateField").text = "2024-01-15";
            mouseClick(findChild(dialog, "childAddButton"));
            tryCompare(dialog, "visible", false);
            compare(Workspace.caseload.count, 1);
        }

        function test_b_wizardStartsOnStepOneAndSaves() {
            // 257: CaseloadListModel::ChildIdRole
            verify(Workspace.startVisit(Workspace.caseload.data(Workspace.caseload.index(0, 0), 257)));
            const page = findChild(shell, "visitPage");
            verify(page);
            compare(page.visit.step, 0);
            const purpose = findChild(page, "start.purpose");
            verify(purpose);
            purpose.text = "Poor home conditions.";
            tryCompare(page.visit, "saved", true, 1000);
            compare(page.visit.value("start.purpose"), "Poor home conditions.");
            tryVerify(() => findChild(page, "nudge") !== null, 1000, "a nudge appears beside the text");
            verify(page.visit.stepMissing[0] > 0, "step 1 still needs answers");
        }

        function test_c_anyStepCanBeOpened() {
            const page = findChild(shell, "visitPage");
            mouseClick(findChild(page, "stepButton8"));
            compare(page.visit.step, 8);
            verify(findChild(page, "whatItMeansBlock"));
            verify(!findChild(page, "signButton").enabled, "signing waits for the missing items");
            mouseClick(findChild(page, "backButton"));
            compare(page.visit.step, 7);
            mouseClick(findChild(page, "nextButton"));
            compare(page.visit.step, 8);
        }

        function test_d_leaveAndResume() {
            mouseClick(findChild(shell, "closeVisitButton"));
            tryVerify(() => findChild(shell, "homePage") !== null);
            compare(Workspace.drafts.count, 1);
            mouseClick(shown("resumeDraft:Ada Lovelace"));
            tryVerify(() => findChild(shell, "visitPage") !== null);
            compare(shown("visitPage").visit.step, 8, "reopens on the same step");
            mouseClick(shown("closeVisitButton"));
        }

        function test_e_discardAsksFirst() {
            tryVerify(() => findChild(shell, "homePage") !== null);
            mouseClick(shown("discardDraft:Ada Lovelace"));
            const dialog = findChild(shell, "discardDialog");
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog, "confirmCancelButton"));
            tryCompare(dialog, "visible", false);
            compare(Workspace.drafts.count, 1, "keeping it keeps it");
            mouseClick(shown("discardDraft:Ada Lovelace"));
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog, "confirmAcceptButton"));
            tryCompare(Workspace.drafts, "count", 0);
        }

        name: "Wizard"
        when: windowShown
    }
}
