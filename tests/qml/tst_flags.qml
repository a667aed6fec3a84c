import QtQuick
import QtTest
import Hearth
import Hearth.App

// The caseload pane's "flagged" filter and the visit's "since your last visit" panel in the
// real app shell, on a vault with no history: the filter says it is still looking until the
// caseload is judged, then plainly that no child has an open flag; the start of a first visit
// says so plainly too. (A flagged row, its acknowledgement and the panel with flags are driven
// through the same Workspace in tst_caseloadflags and rendered by scripts/screenshots.)
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
            verify(Workspace.addChild("Nia", "Jones", Workspace.caseload.dayFromToday(-400), "") !== "");
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_flaggedFilter() {
            const filter = findChild(shell, "caseloadFilter");
            verify(filter !== null);
            compare(filter.count, 5);
            filter.currentIndex = CaseloadListModel.Flagged;
            filter.activated(CaseloadListModel.Flagged);
            compare(Workspace.caseload.filter, CaseloadListModel.Flagged);
            tryCompare(Workspace.caseload, "flagsJudged", true, 20000);
            compare(Workspace.caseload.count, 0);
            const empty = findChild(shell, "emptyState");
            tryCompare(empty, "visible", true);
            compare(empty.text, "No child on your caseload has an open flag.");
            filter.currentIndex = CaseloadListModel.AllChildren;
            filter.activated(CaseloadListModel.AllChildren);
            compare(Workspace.caseload.count, 1);
            const flag = findChild(shell, "flag:Nia Jones");
            verify(flag !== null);
            verify(!flag.visible, "no flag line on a child without flags");
            verify(!findChild(shell, "acknowledgeFlag:Nia Jones").visible);
        }

        function test_b_sinceLastVisitBeforeAFirstVisit() {
            const childId = Workspace.caseload.data(Workspace.caseload.index(0, 0), CaseloadListModel.ChildIdRole);
            verify(Workspace.startVisit(childId));
            tryVerify(() => findChild(shell, "sinceLastVisit") !== null, 5000);
            const panel = findChild(shell, "sinceLastVisit");
            tryCompare(Workspace.sinceLastVisit, "ready", true, 20000);
            compare(Workspace.sinceLastVisit.childId, childId);
            compare(findChild(panel, "sinceLastVisitHeading").text, "Before your first visit");
            const empty = findChild(panel, "sinceLastVisitEmpty");
            verify(empty.visible);
            compare(empty.text, "No flags and no agency records for this child yet.");
            Workspace.closeVisit();
            tryCompare(Workspace.sinceLastVisit, "childId", "");
        }
    }
}
