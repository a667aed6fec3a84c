import QtQuick
import QtTest
import Hearth
import Hearth.App

// The practitioner's role on the real screens: the first-run question on a tablet the agency
// has not enrolled, changing the role from the home screen's Role dialog, the home screen
// fitted to each role, and every role still starting a visit and logging a concern.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    readonly property var allRoles: ["health-visitor", "social-worker", "school-nurse"]

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

        function home() {
            const page = findChild(shell, "homePage");
            verify(page, "the home page is showing");
            return page;
        }

        // Through the Role dialog, as a practitioner changes it later.
        function chooseInSettings(role) {
            mouseClick(findChild(home(), "roleButton"));
            const dialog = findChild(shell, "roleDialog");
            tryCompare(dialog, "opened", true);
            verify(!findChild(dialog.contentItem, "roleSetByAgency").visible, "not enrolled: the choice is the practitioner's");
            const choice = findChild(dialog.contentItem, "roleChoice-" + role);
            verify(choice.enabled);
            mouseClick(choice);
            tryCompare(Workspace.roles, "role", role);
            mouseClick(findChild(dialog, "roleDoneButton"));
            tryCompare(dialog, "visible", false);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            shell = shellComponent.createObject(root);
        }

        function test_a_firstRunAsksWhichWork() {
            const question = findChild(home(), "roleQuestion");
            verify(question.visible, "a tablet with no role asks");
            compare(Workspace.roles.role, "");
            for (const role of root.allRoles)
                verify(findChild(question, "roleChoice-" + role).visible, role);
            // The rest of the home screen works while the question waits.
            verify(findChild(home(), "logConcernButton").visible);
            verify(findChild(home(), "caseloadPane").visible);
            mouseClick(findChild(question, "roleChoice-school-nurse"));
            tryCompare(Workspace.roles, "role", "school-nurse");
            tryCompare(question, "visible", false);
            compare(Workspace.roles.needsChoice, false);
        }

        function test_b_schoolNurseSeesTheConcernLogFirst() {
            const lead = findChild(home(), "roleLogConcernButton");
            verify(lead.visible);
            verify(lead.height >= findChild(home(), "logConcernButton").height, "first and large");
            verify(lead.mapToItem(home(), 0, 0).y < findChild(home(), "caseloadPane").mapToItem(home(), 0, 0).y, "above the caseload");
            const prompt = findChild(home(), "roleHomePrompt");
            verify(prompt.visible);
            verify(prompt.text.indexOf("designated safeguarding lead") >= 0, prompt.text);
            mouseClick(lead);
            tryVerify(() => findChild(shell, "concernPage") !== null);
            mouseClick(findChild(shell, "concernCloseButton"));
            tryVerify(() => findChild(shell, "homePage") !== null);
        }

        function test_c_changeInSettingsToSocialWorker() {
            chooseInSettings("social-worker");
            verify(!findChild(home(), "roleLogConcernButton").visible);
            // Landscape: a social worker's visits come before the caseload.
            const visits = findChild(home(), "visitsPane");
            const caseload = findChild(home(), "caseloadPane");
            verify(visits.x < caseload.x, "visits on the left");
            verify(findChild(home(), "roleHomePrompt").text.indexOf("wishes and feelings") >= 0);
        }

        function test_d_healthVisitorSeesTheCaseloadFirst() {
            chooseInSettings("health-visitor");
            const visits = findChild(home(), "visitsPane");
            const caseload = findChild(home(), "caseloadPane");
            verify(caseload.x < visits.x, "caseload on the left");
            verify(!findChild(home(), "roleLogConcernButton").visible);
            verify(findChild(home(), "roleHomePrompt").text.indexOf("not brought") >= 0);
        }

        // Roles change emphasis, not permissions.
        function test_e_everyRoleStartsAVisitAndLogsAConcern() {
            childId = Workspace.addChild("Ada", "Example", "2019-04-02", "");
            verify(childId.length > 0, Workspace.errorText);
            for (const role of root.allRoles) {
                verify(Workspace.roles.choose(role));
                mouseClick(findChild(home(), "logConcernButton"));
                tryVerify(() => findChild(shell, "concernPage") !== null, 5000, role + ": concern");
                mouseClick(findChild(shell, "concernCloseButton"));
                tryVerify(() => findChild(shell, "homePage") !== null);
                tryVerify(() => findChild(home(), "startVisit:Ada Example") !== null, 5000, role + ": the child's start button");
                mouseClick(findChild(home(), "startVisit:Ada Example"));
                tryVerify(() => Workspace.visit !== null, 5000, role + ": visit");
                const prompt = findChild(shell, "roleVisitStartPrompt");
                verify(prompt && prompt.visible, role + ": the role's reminder at the start of the visit");
                Workspace.closeVisit();
                tryVerify(() => findChild(shell, "homePage") !== null);
            }
        }

        function test_f_unknownRoleChangesNothing() {
            const before = Workspace.roles.role;
            verify(!Workspace.roles.choose("doctor"));
            compare(Workspace.roles.role, before);
            verify(Workspace.roles.errorText.length > 0);
            verify(findChild(home(), "roleError").visible, "the home screen says so");
        }

        name: "Roles"
        when: windowShown
    }
}
