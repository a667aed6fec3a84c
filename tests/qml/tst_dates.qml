import QtQuick
import QtTest
import Hearth
import Hearth.App

// Dates and times as a practitioner enters them (issue 15): typed dd/mm/yyyy or hh:mm, or
// chosen on the calendar or the time wheels; impossible dates and times refused on screen with
// nothing stored; dates about the past no later than today; ISO kept in the record.
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

        function init() {
            root.width = 1280;
            root.height = 800;
            Workspace.closeVisit();
            const drafts = Workspace.drafts;
            while (drafts.count > 0)
                verify(Workspace.discardDraft(drafts.data(drafts.index(0, 0), DraftListModel.IdRole)));
            tryVerify(() => findChild(shell, "homePage") !== null);
        }

        // An item by objectName among the visual children of `under`, once laid out.
        function shown(under: var, name: string): var {
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
            tryVerify(() => (found = search(under)) !== null, 5000, name + " on screen");
            tryVerify(() => {
                for (let item = found; item && item !== shell; item = item.parent) {
                    if (isPolishScheduled(item))
                        return false;
                }
                return true;
            }, 5000, name + " laid out");
            return found;
        }

        function isoDate(months) {
            const date = new Date();
            date.setDate(15);
            date.setMonth(date.getMonth() + months);
            return date.toISOString().slice(0, 10);
        }

        function openVisit(given: string): var {
            const id = Workspace.addChild(given, "Flow", isoDate(-30), "");
            verify(id.length > 0);
            verify(Workspace.startVisit(id));
            tryVerify(() => {
                const page = findChild(shell, "visitPage");
                return page !== null && page.visit === Workspace.visit;
            });
            waitForRendering(shell);
            return findChild(shell, "visitPage");
        }

        function type(field: var, text: string) {
            field.forceActiveFocus();
            field.clear();
            for (const key of text)
                keyClick(key);
            keyClick(Qt.Key_Tab);
        }

        // 1. A date typed dd/mm/yyyy or picked on the calendar; an impossible date refused.
        function test_dateTypedCheckedAndPicked() {
            mouseClick(findChild(shell, "addChildButton"));
            const dialog = findChild(shell, "addChildDialog");
            tryCompare(dialog, "opened", true);
            findChild(dialog, "childGivenField").text = "Dyddiad";
            findChild(dialog, "childFamilyField").text = "Flow";
            const date = findChild(dialog, "childDateField");
            const before = Workspace.caseload.count;
            type(findChild(dialog, "childDateField.text"), "31/02/2026");
            verify(date.error.indexOf("28") >= 0, date.error);
            mouseClick(findChild(dialog, "childAddButton"));
            compare(Workspace.caseload.count, before, "an impossible date adds nobody");
            verify(dialog.opened);
            type(findChild(dialog, "childDateField.text"), "2024-01-15");
            verify(date.error.length > 0, "ISO is not how dates are typed here");

            type(findChild(dialog, "childDateField.text"), "15/01/2024");
            compare(date.error, "");
            compare(date.iso, "2024-01-15");
            mouseClick(findChild(dialog, "childDateField.pick"));
            const picker = findChild(dialog, "childDateField.picker");
            tryCompare(picker, "opened", true);
            compare(findChild(picker.contentItem, "shownMonth").text.indexOf("2024") >= 0, true);
            const selected = shown(picker.contentItem, "day:2024-01-15");
            verify(selected.checked, "the date held is marked");
            verify(selected.Accessible.checked, "and announced as chosen");
            compare(selected.Accessible.name, "15/01/2024");
            mouseClick(shown(picker.contentItem, "nextMonth"));
            mouseClick(shown(picker.contentItem, "day:2024-02-29"));
            tryCompare(picker, "visible", false);
            compare(findChild(dialog, "childDateField.text").text, "29/02/2024");
            compare(date.iso, "2024-02-29");
            mouseClick(findChild(dialog, "childAddButton"));
            tryCompare(dialog, "visible", false);
            compare(Workspace.caseload.count, before + 1);
        }

        // A date about the past (an appointment missed) cannot be after today by the clock;
        // a date kept is ISO in the record and dd/mm/yyyy on screen.
        function test_rowDatesPickedAndStoredIso() {
            const page = openVisit("Rhes");
            page.visit.step = 6;
            mouseClick(shown(page, "missedAppointments.add"));
            const field = shown(page, "missedAppointments.#.when:0");
            const tomorrow = new Date(page.visit.today + "T12:00:00");
            tomorrow.setDate(tomorrow.getDate() + 1);
            const future = String(tomorrow.getDate()).padStart(2, "0") + "/" + String(tomorrow.getMonth() + 1).padStart(2, "0") + "/" + tomorrow.getFullYear();
            type(shown(page, "missedAppointments.#.when:0.text"), future);
            verify(field.error.length > 0, "tomorrow is refused for a missed appointment");
            verify(page.visit.read(VisitField.MissedWhen, "", 0) === undefined || page.visit.read(VisitField.MissedWhen, "", 0) === "");
            type(shown(page, "missedAppointments.#.when:0.text"), "03/02/2025");
            compare(field.error, "");
            compare(page.visit.read(VisitField.MissedWhen, "", 0), "2025-02-03");
            type(shown(page, "missedAppointments.#.when:0.text"), "");
            compare(page.visit.read(VisitField.MissedWhen, "", 0), "", "emptied");
            mouseClick(shown(page, "missedAppointments.#.when:0.pick"));
            const picker = findChild(field, "missedAppointments.#.when:0.picker");
            tryCompare(picker, "opened", true);
            const later = shown(picker.contentItem, "day:" + page.visit.today);
            verify(later.enabled, "today can be picked");
            mouseClick(later);
            tryCompare(picker, "visible", false);
            compare(page.visit.read(VisitField.MissedWhen, "", 0), page.visit.today);
        }

        // Times on the 24-hour clock; an arrival cannot be later than now.
        function test_timesTypedAndPicked() {
            const page = openVisit("Amser");
            // Yesterday, so every time typed below is in the past whenever the test runs.
            const yesterday = new Date(page.visit.today + "T12:00:00");
            yesterday.setDate(yesterday.getDate() - 1);
            const day = yesterday.getFullYear() + "-" + String(yesterday.getMonth() + 1).padStart(2, "0") + "-" + String(yesterday.getDate()).padStart(2, "0");
            compare(page.visit.setArrivalAt(day, "12:00"), "");
            compare(page.visit.arrivalDate, day);
            const time = shown(page, "arrivalTime");
            type(shown(page, "arrivalTime.text"), "25:10");
            verify(time.error.length > 0);
            compare(page.visit.arrivalTime, "12:00", "a time that is not one changes nothing");
            type(shown(page, "arrivalTime.text"), "00:05");
            compare(time.error, "");
            compare(page.visit.arrivalTime, "00:05");
            verify(/^\d\d\/\d\d\/\d{4} 00:05$/.test(page.visit.arrivalText), page.visit.arrivalText);
            const tomorrow = new Date(page.visit.today + "T12:00:00");
            tomorrow.setDate(tomorrow.getDate() + 1);
            const next = tomorrow.getFullYear() + "-" + String(tomorrow.getMonth() + 1).padStart(2, "0") + "-" + String(tomorrow.getDate()).padStart(2, "0");
            const refused = page.visit.setArrivalAt(next, "00:01");
            verify(refused.length > 0, "an arrival tomorrow is refused");
            compare(page.visit.arrivalTime, "00:05", "and changes nothing");

            // Step 1 opens with "since your last visit" above the fields: bring the button into
            // view before tapping it, as the practitioner would scroll to it.
            const pick = shown(page, "arrivalTime.pick");
            for (let view = pick.parent; view; view = view.parent) {
                if (view.contentItem !== undefined && view.contentHeight !== undefined && view.contentY !== undefined) {
                    const at = pick.mapToItem(view.contentItem, 0, 0);
                    view.contentY = Math.max(0, Math.min(at.y - 100, view.contentHeight - view.height));
                    break;
                }
            }
            waitForRendering(shell);
            mouseClick(pick);
            const picker = findChild(page, "arrivalTime.picker");
            tryCompare(picker, "opened", true);
            findChild(picker.contentItem, "hours").currentIndex = 0;
            findChild(picker.contentItem, "minutes").currentIndex = 30;
            mouseClick(findChild(picker.footer, "timeSet"));
            tryCompare(page.visit, "arrivalTime", "00:30");
        }

        // When someone was told of an immediate concern: a date and a 24-hour time, kept
        // together as one local ISO date-time.
        function test_toldAtDateAndTime() {
            const page = openVisit("Dweud");
            page.visit.step = 7;
            mouseClick(shown(page, "concerns.immediate.present:true"));
            type(shown(page, "immediateToldDate.text"), "29/02/2025");
            verify(shown(page, "immediateToldDate").error.length > 0, "2025 is not a leap year");
            type(shown(page, "immediateToldDate.text"), "03/02/2025");
            compare(page.visit.read(VisitField.ImmediateToldAt), "2025-02-03");
            type(shown(page, "immediateToldTime.text"), "15:30");
            compare(page.visit.read(VisitField.ImmediateToldAt), "2025-02-03T15:30");
            type(shown(page, "immediateToldTime.text"), "3pm");
            verify(shown(page, "immediateToldTime").error.length > 0);
            compare(page.visit.read(VisitField.ImmediateToldAt), "2025-02-03T15:30", "a refused time changes nothing");
        }

        name: "Dates"
        when: windowShown
    }
}
