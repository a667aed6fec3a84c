import QtQuick
import QtTest
import Hearth
import Hearth.App

// The body map on step 8 with a real workspace: the outline follows the child's age, a tap
// on the outline places a numbered mark named by where it is, a tap off it places nothing
// and says so, a mark is moved and edited, the outline is changed, and the review shows the
// marks.
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

        function yearsAgo(years) {
            const date = new Date();
            date.setDate(15);
            date.setFullYear(date.getFullYear() - years);
            return date.toISOString().slice(0, 10);
        }

        // Step 8 of a new visit for a child born `years` ago, scrolled so `name` is in view.
        function openStepEight(years, name) {
            const childId = Workspace.addChild("Map", "Test " + years, yearsAgo(years), "");
            verify(childId.length > 0);
            verify(Workspace.startVisit(childId));
            tryVerify(() => {
                const shown = findChild(shell, "visitPage");
                return shown !== null && shown.visit === Workspace.visit;
            });
            const page = findChild(shell, "visitPage");
            page.visit.step = 7;
            tryVerify(() => findChild(page, name) !== null, 5000, name);
            return page;
        }

        function bringIntoView(page, item) {
            const flick = findChild(page, "stepScroll").contentItem;
            waitForRendering(page);
            flick.contentY = Math.max(0, item.mapToItem(flick.contentItem, 0, 0).y - 40);
            waitForRendering(page);
        }

        function test_outlineFollowsAge_data() {
            return [
                { tag: "baby", years: 0, outline: "baby" },
                { tag: "child", years: 4, outline: "child" },
                { tag: "older child", years: 13, outline: "older-child" }
            ];
        }

        function test_outlineFollowsAge(data) {
            const page = openStepEight(data.years, "bodyMap:front");
            compare(page.visit.bodyOutline, data.outline);
            compare(findChild(page, "bodyMap:front").outline, data.outline);
            verify(findChild(page, "bodyOutline:" + data.outline).checked);
            Workspace.closeVisit();
        }

        function test_placeMoveAndEditAMark() {
            const page = openStepEight(4, "bodyMap:front");
            const visit = page.visit;
            const front = findChild(page, "bodyMap:front");
            const back = findChild(page, "bodyMap:back");
            bringIntoView(page, front);

            // Off the outline (the top corner): nothing placed, and the practitioner is told.
            mouseClick(front, 4, 4);
            compare(visit.rowCount(VisitField.BodyMarks), 0);
            verify(visit.errorText.length > 0, "a tap off the outline is explained");

            // The viewer's right forearm on the front is the child's left forearm.
            mouseClick(front, front.width * 0.747, front.height * 0.4775);
            compare(visit.rowCount(VisitField.BodyMarks), 1);
            compare(visit.errorText, "");
            compare(visit.bodyMarks[0].regionName, "left forearm");
            tryVerify(() => findChild(front, "bodyMark:1") !== null && findChild(front, "bodyMark:1").visible);

            // Move it to the back of the head.
            waitForRendering(page);
            const move = findChild(page, "moveBodyMark:0");
            verify(move, "the mark's Move button");
            mouseClick(move);
            compare(back.highlighted, 1, "the mark to move is shown as chosen");
            mouseClick(back, back.width * 0.5, back.height * 0.114);
            compare(visit.rowCount(VisitField.BodyMarks), 1);
            compare(visit.bodyMarks[0].side, "back");
            compare(visit.bodyMarks[0].regionName, "back of head");

            // Edit it through its fields as the practitioner would.
            verify(visit.write(VisitField.BodyMarkLength, "", 0, 25));
            verify(visit.write(VisitField.BodyMarkWidth, "", 0, 10));
            verify(visit.write(VisitField.BodyMarkColour, "", 0, "yellow"));
            const description = findChild(page, visit.fieldName(VisitField.BodyMarkDescription) + ":0");
            verify(description, "the description field");
            description.forceActiveFocus();
            for (const key of "Bruise")
                keyClick(key);
            tryVerify(() => visit.read(VisitField.BodyMarkDescription, "", 0) === "Bruise", 5000, "the description is kept");
            compare(visit.read(VisitField.BodyMarkColour, "", 0), "yellow");
            compare(visit.read(VisitField.BodyMarkLength, "", 0), 25);
            compare(visit.missing.filter(item => item.field === "bodyMap.marks").length, 0, "the mark is complete");

            // A baby's outline keeps the mark on the back of the head (typing scrolled the
            // outline choice out of view; the practitioner scrolls back up to it).
            const baby = findChild(page, "bodyOutline:baby");
            bringIntoView(page, baby);
            mouseClick(baby);
            compare(visit.bodyOutline, "baby");
            compare(visit.bodyMarks[0].regionName, "back of head");

            // The review shows the map with its numbered mark.
            visit.step = 8;
            tryVerify(() => findChild(page, "bodyMap:back") !== null);
            const reviewed = findChild(page, "bodyMap:back");
            compare(reviewed.interactive, false);
            verify(findChild(reviewed, "bodyMark:1").visible);
            Workspace.closeVisit();
        }

        name: "BodyMap"
        when: windowShown
    }
}
