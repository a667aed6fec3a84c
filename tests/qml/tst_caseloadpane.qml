import QtQuick
import QtTest
import Hearth
import Hearth.App

// The caseload pane as a practitioner plans the day: typing a name narrows the list, the ×
// button clears it, a filter combines with the search, each row says what is due, and the
// search and filter are as they were when the pane is made again (back to the home screen).
Item {
    id: root

    readonly property string passcode: "kettle on the hob"

    width: 640
    height: 800

    Component {
        id: paneComponent

        CaseloadPane {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        id: testCase

        property var pane: null

        when: windowShown

        function list() {
            return findChild(pane, "caseloadList");
        }

        function typeText(text) {
            for (const character of text)
                keyClick(character);
        }

        // The given names the list shows, in order (every row is loaded: a handful here).
        function shown() {
            const names = [];
            const view = list();
            for (let row = 0; row < view.count; ++row) {
                view.currentIndex = row;
                names.push(view.currentItem.name.split(" ")[0]);
            }
            return names.join(" ");
        }

        // The "next due" line of the row whose name starts with `given`.
        function nextDue(given) {
            const view = list();
            for (let row = 0; row < view.count; ++row) {
                view.currentIndex = row;
                const item = view.currentItem;
                if (item.name.indexOf(given + " ") === 0)
                    return findChild(item, "nextDue:" + item.name);
            }
            return null;
        }

        function choose(comboName, index) {
            const combo = findChild(pane, comboName);
            verify(combo.Accessible.name.length > 0, comboName + " has an accessible name");
            combo.currentIndex = index;
            combo.activated(index);
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            const caseload = Workspace.caseload;
            // Dates from the caseload's own today (the injected clock), not the test's.
            verify(Workspace.addChild("Ada", "Owen", caseload.dayFromToday(-20), "") !== "");
            verify(Workspace.addChild("Ben", "Price", caseload.dayFromToday(-12), "") !== "");
            verify(Workspace.addChild("Cerys", "Owen", caseload.dayFromToday(-2000), "") !== "");
            pane = paneComponent.createObject(root);
            tryCompare(list(), "count", 3);
        }

        function cleanupTestCase() {
            pane.destroy();
        }

        function test_a_rowsSayWhatIsDue() {
            compare(shown(), "Ada Cerys Ben", "by family name, then given name");
            const ada = nextDue("Ada");
            verify(ada.visible);
            verify(ada.text.indexOf("Overdue") === 0, ada.text);
            verify(nextDue("Ben").text.indexOf("Due now") === 0);
            // Past the schedule: nothing is due, and the line is not shown.
            verify(!nextDue("Cerys").visible);
        }

        function test_b_searchAndClear() {
            const search = findChild(pane, "caseloadSearch");
            const clear = findChild(pane, "clearSearch");
            verify(!clear.visible, "nothing to clear yet");
            search.forceActiveFocus();
            typeText("owe");
            tryCompare(list(), "count", 2);
            compare(shown(), "Ada Cerys");
            verify(clear.visible);
            compare(clear.Accessible.name, "Clear the search");
            mouseClick(clear);
            compare(search.text, "");
            compare(Workspace.caseload.query, "");
            compare(list().count, 3, "cleared at once, no wait for the debounce");
            verify(!clear.visible);
            verify(search.activeFocus, "ready to type again");
        }

        function test_c_filterCombinesWithSearch() {
            choose("caseloadFilter", CaseloadListModel.Overdue);
            tryCompare(list(), "count", 1);
            compare(shown(), "Ada");
            choose("caseloadFilter", CaseloadListModel.NotSeen);
            verify(findChild(pane, "caseloadNotSeenWeeks").visible);
            tryCompare(list(), "count", 3);
            const search = findChild(pane, "caseloadSearch");
            search.forceActiveFocus();
            typeText("ben");
            tryCompare(list(), "count", 1);
            compare(shown(), "Ben");
            choose("caseloadSort", CaseloadListModel.ByNextDue);
            compare(Workspace.caseload.sortOrder, CaseloadListModel.ByNextDue);
        }

        // Leaving the home screen destroys the pane; the search, sort and filter stay.
        function test_d_stateSurvivesThePane() {
            pane.destroy();
            wait(0);
            pane = paneComponent.createObject(root);
            compare(findChild(pane, "caseloadSearch").text, "ben");
            compare(findChild(pane, "caseloadFilter").currentIndex, CaseloadListModel.NotSeen);
            compare(findChild(pane, "caseloadSort").currentIndex, CaseloadListModel.ByNextDue);
            tryCompare(list(), "count", 1);
            mouseClick(findChild(pane, "clearSearch"));
            choose("caseloadFilter", CaseloadListModel.AllChildren);
            compare(list().count, 3);
        }
    }
}
