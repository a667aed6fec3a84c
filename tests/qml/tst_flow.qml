import QtQuick
import QtTest
import Hearth
import Hearth.App

// Recording that flows (issue 15; dates and times are in tst_dates.qml): concerns that toggle and
// wrap, the Sign button always in view, nudges that open their field, step 1 laid out without
// overlap, and a neglect area marked "no concern" in one tap. The real pages on a real vault.
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
            Display.setTextScale(100);
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

        // Scrolls the step so `item` is on screen, as a practitioner would before tapping it.
        function scrollTo(page: var, item: var) {
            const flick = findChild(page, "stepScroll").contentItem;
            const at = item.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(at.y - 40, flick.contentHeight - flick.height));
            waitForRendering(page);
        }

        // Wholly inside the window: not cut off, not spilled.
        function inWindow(item: var): bool {
            const at = item.mapToItem(root, 0, 0);
            return at.x >= 0 && at.y >= 0 && at.x + item.width <= root.width + 0.5 && at.y + item.height <= root.height + 0.5;
        }

        // 2. A concern category toggles, at most once, with a checked state that is not
        // colour alone; removing a concern with text asks first.
        function test_concernsToggle() {
            const page = openVisit("Pryder");
            page.visit.step = 7;
            const categories = page.visit.concernCategories;
            const categoryId = categories.data(categories.index(0, 0), PromptListModel.IdRole);
            const chip = shown(page, "concernCategory:" + categoryId);
            verify(!chip.checked);
            verify(!chip.Accessible.checked);
            const plain = chip.contentItem.text;
            mouseClick(chip);
            compare(page.visit.rowCount(VisitField.Concerns), 1);
            verify(chip.checked);
            verify(chip.Accessible.checked, "announced as chosen");
            verify(chip.contentItem.text !== plain, "the chosen state is shown in the text, not colour alone");
            compare(page.visit.addConcern(categoryId), 0, "a category already chosen is not added twice");
            compare(page.visit.rowCount(VisitField.Concerns), 1);
            mouseClick(chip);
            compare(page.visit.rowCount(VisitField.Concerns), 0, "an empty concern goes with one tap");
            verify(!chip.checked);

            mouseClick(chip);
            verify(page.visit.write(VisitField.ConcernDetail, "", 0, "Bruise on the left cheek, said she fell."));
            mouseClick(chip);
            const dialog = findChild(page, "removeConcernDialog");
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog, "confirmCancelButton"));
            tryCompare(dialog, "visible", false);
            compare(page.visit.rowCount(VisitField.Concerns), 1, "keeping it keeps what was written");
            mouseClick(chip);
            tryCompare(dialog, "opened", true);
            mouseClick(findChild(dialog, "confirmAcceptButton"));
            tryCompare(dialog, "visible", false);
            compare(page.visit.rowCount(VisitField.Concerns), 0);
        }

        // The chips wrap inside the column in both orientations, however long their labels.
        function test_concernChipsWrap_data() {
            return [
                { tag: "landscape", width: 1280, height: 800 },
                { tag: "portrait", width: 800, height: 1280 },
                // The narrowest tablet in portrait (7 inches, 600 logical pixels).
                { tag: "narrow", width: 600, height: 960 }
            ];
        }

        function test_concernChipsWrap(data) {
            root.width = data.width;
            root.height = data.height;
            const page = openVisit("Lapio" + data.tag);
            page.visit.step = 7;
            const flow = shown(page, "concernCategories");
            const categories = page.visit.concernCategories;
            verify(categories.count > 1);
            for (let i = 0; i < categories.count; ++i) {
                const chip = shown(page, "concernCategory:" + categories.data(categories.index(i, 0), PromptListModel.IdRole));
                verify(chip.x + chip.width <= flow.width + 0.5, "chip " + i + " stays in the column");
                verify(chip.contentItem.implicitHeight <= chip.height, "its text is whole");
                const at = chip.mapToItem(root, 0, 0);
                verify(at.x >= 0 && at.x + chip.width <= root.width, "and in the window");
            }
        }

        // The immediate-safety date and time fit beside or below each other on the narrowest
        // screens, at the default and the largest text size: nothing is cut off.
        function test_immediateSafetyFitsNarrow_data() {
            return [
                { tag: "7-inch tablet", width: 600, height: 960, scale: 100 },
                { tag: "7-inch tablet, largest text", width: 600, height: 960, scale: 200 },
                { tag: "phone", width: 420, height: 860, scale: 100 }
            ];
        }

        function test_immediateSafetyFitsNarrow(data) {
            Display.setTextScale(data.scale);
            root.width = data.width;
            root.height = data.height;
            const page = openVisit("Cul" + data.width + "x" + data.scale);
            verify(page.visit.write(VisitField.ImmediatePresent, "", -1, true));
            page.visit.step = 7;
            for (const name of ["immediateToldDate.text", "immediateToldDate.pick", "immediateToldTime.text", "immediateToldTime.pick"]) {
                const item = shown(page, name);
                scrollTo(page, item);
                const at = item.mapToItem(root, 0, 0);
                verify(at.x >= 0 && at.x + item.width <= root.width + 0.5, name + " spans " + at.x + "-" + (at.x + item.width) + " of " + root.width);
                verify(item.width >= item.implicitWidth - 0.5 || name.endsWith(".text"), name + " is not squeezed: " + item.width + " < " + item.implicitWidth);
            }
            Display.setTextScale(100);
        }

        // No part of any step is wider than the screen on the narrowest tablet and a phone at
        // the largest text: a part that cannot shrink (a button that does not wrap, a size taken
        // from the step's own width) holds the whole step wider than the screen. Every item of
        // every screen is checked in tst_narrow.qml.
        function test_everyStepFitsNarrow_data() {
            const rows = [];
            for (const width of [600, 420])
                for (let step = 0; step < 9; ++step)
                    rows.push({ tag: width + " px, step " + (step + 1), width: width, step: step });
            return rows;
        }

        function test_everyStepFitsNarrow(data) {
            Display.setTextScale(200);
            root.width = data.width;
            root.height = 1000;
            const page = openVisit("Cam" + data.width + "x" + data.step);
            verify(page.visit.write(VisitField.ImmediatePresent, "", -1, true));
            page.visit.addRow(VisitField.NextSteps);
            page.visit.step = data.step;
            const loader = shown(page, "stepLoader");
            waitForRendering(page);
            const column = loader.item;
            verify(column.width <= loader.width + 0.5, "the step is " + column.width + " wide in " + loader.width);
            let widest = null;
            for (let i = 0; i < column.children.length; ++i) {
                const part = column.children[i];
                if (part.visible && (!widest || part.x + part.width > widest.x + widest.width))
                    widest = part;
            }
            verify(widest.x + widest.width <= loader.width + 0.5, widest + " is " + widest.width + " wide in " + loader.width);
            Display.setTextScale(100);
        }

        // 4. "Sign and finish" is in view on the review whatever the length of the summary.
        function test_signButtonAlwaysInView_data() {
            return [
                { tag: "landscape", width: 1280, height: 800 },
                { tag: "portrait", width: 800, height: 1280 }
            ];
        }

        function test_signButtonAlwaysInView(data) {
            root.width = data.width;
            root.height = data.height;
            const page = openVisit("Llofnod" + data.tag);
            for (let i = 0; i < 12; ++i)
                page.visit.addRow(VisitField.NextSteps);
            verify(page.visit.write(VisitField.Purpose, "", -1, "A long purpose. ".repeat(80)));
            page.visit.step = 8;
            const sign = shown(page, "signButton");
            verify(sign.visible);
            verify(inWindow(sign), "the Sign button is on screen");
            const scroll = findChild(page, "stepScroll");
            verify(scroll.contentItem.contentHeight > scroll.height, "the summary is longer than the screen");
            for (let item = sign; item; item = item.parent)
                verify(item !== scroll, "the Sign button does not scroll with the summary");
            verify(!shown(page, "nextButton").visible);
        }

        // 5. A nudge on the review opens its step with its field focused and in view.
        function test_nudgeTapsThrough() {
            const page = openVisit("Procio");
            verify(page.visit.write(VisitField.Purpose, "", -1, "Poor home conditions."));
            verify(page.visit.addConcern(page.visit.concernCategories.data(page.visit.concernCategories.index(0, 0), PromptListModel.IdRole)) === 0);
            verify(page.visit.write(VisitField.ConcernDetail, "", 0, "Poor home conditions again."));
            for (let i = 0; i < 4; ++i)
                page.visit.addRow(VisitField.NextSteps);
            page.visit.step = 8;
            const nudges = page.visit.reviewNudges;
            const inRow = nudges.findIndex(n => n.row === 0 && n.field === VisitField.ConcernDetail);
            verify(inRow >= 0, "the concern's text has a nudge");
            compare(nudges[inRow].target, "concerns.concerns.#.detail:0");

            let tapped = null;
            tryVerify(() => {
                let seen = 0;
                const search = item => {
                    if (item.objectName === "reviewNudge" && seen++ === inRow)
                        return item;
                    for (let i = 0; i < item.children.length; ++i) {
                        const found = search(item.children[i]);
                        if (found)
                            return found;
                    }
                    return null;
                };
                return (tapped = search(page)) !== null;
            });
            scrollTo(page, tapped);
            mouseClick(tapped);
            compare(page.visit.step, 7);
            const field = shown(page, "concerns.concerns.#.detail:0");
            tryVerify(() => field.activeFocus, 5000, "the field has the focus");
            const scroll = findChild(page, "stepScroll");
            const at = field.mapToItem(scroll, 0, 0);
            verify(at.y >= 0 && at.y + Math.min(field.height, 40) <= scroll.height, "and is in view");

            page.visit.step = 8;
            const first = nudges.findIndex(n => n.field === VisitField.Purpose);
            verify(first >= 0);
            compare(nudges[first].step, 1);
            const firstNudge = shown(page, "reviewNudge");
            scrollTo(page, firstNudge);
            mouseClick(firstNudge);
            compare(page.visit.step, nudges[0].step - 1);
            tryVerify(() => shown(page, nudges[0].target).activeFocus, 5000, nudges[0].target);
        }

        // 6. Step 1's fields are laid out one below another: nothing overlaps.
        function test_stepOneDoesNotOverlap_data() {
            return [
                { tag: "landscape", width: 1280, height: 800 },
                { tag: "portrait", width: 800, height: 1280 }
            ];
        }

        function test_stepOneDoesNotOverlap(data) {
            root.width = data.width;
            root.height = data.height;
            const page = openVisit("Gorgyffwrdd" + data.tag);
            // Found afresh each time: the step is rebuilt when its width changes.
            const check = (when) => {
                waitForRendering(page);
                const column = shown(page, "stepLoader").item;
                const purpose = shown(page, "start.purpose");
                const arrival = shown(page, "arrivalHeading");
                const bottom = purpose.mapToItem(column, 0, purpose.height).y;
                const top = arrival.mapToItem(column, 0, 0).y;
                verify(bottom <= top, when + ": the Purpose box (to " + bottom + ") ends above the arrival time (from " + top + ")");
                // Each question's answers sit below it, never over the next question.
                for (const name of ["start.notice:announced", "start.place:home"]) {
                    const option = shown(page, name);
                    const end = option.mapToItem(column, 0, option.height).y;
                    verify(end <= purpose.mapToItem(column, 0, 0).y, when + ": " + name + " ends above the Purpose box");
                }
                return purpose;
            };
            check("opened");
            verify(page.visit.write(VisitField.Purpose, "", -1, "Line\n".repeat(12)));
            check("opened").text = "Line\n".repeat(12);
            check("with many lines");
            // Turned, or narrowed until the labels wrap: laid out again without overlap.
            for (const width of [data.height, 360]) {
                root.width = width;
                check("at width " + width);
            }
        }

        // 7. One tap marks a neglect area "no concern" item by item, never over a concern,
        // says so, and can be undone.
        function test_noConcernsInThisArea() {
            const page = openVisit("Esgeulustod");
            page.visit.step = 4;
            const items = page.visit.neglectItems;
            const area = items.data(items.index(0, 0), PromptListModel.KindRole);
            const inArea = [];
            for (let i = 0; i < items.count; ++i)
                if (items.data(items.index(i, 0), PromptListModel.KindRole) === area)
                    inArea.push(items.data(items.index(i, 0), PromptListModel.IdRole));
            verify(inArea.length > 2, "the first area has several items");
            const outside = items.data(items.index(items.count - 1, 0), PromptListModel.IdRole);
            verify(page.visit.write(VisitField.NeglectLevel, inArea[1], -1, "some-concern"));
            verify(page.visit.write(VisitField.NeglectLevel, inArea[2], -1, "not-assessed"));

            mouseClick(shown(page, "noConcernArea:" + area));
            compare(page.visit.read(VisitField.NeglectLevel, inArea[0]), "no-concern");
            compare(page.visit.read(VisitField.NeglectLevel, inArea[1]), "some-concern", "a concern is never overwritten");
            compare(page.visit.read(VisitField.NeglectLevel, inArea[2]), "no-concern");
            for (let i = 3; i < inArea.length; ++i)
                compare(page.visit.read(VisitField.NeglectLevel, inArea[i]), "no-concern");
            compare(page.visit.read(VisitField.NeglectLevel, outside), undefined, "other areas are left alone");
            verify(shown(page, page.visit.fieldName(VisitField.NeglectLevel) + ":" + inArea[0] + ":no-concern").checked);
            const note = shown(page, "areaNote:" + area);
            verify(note.visible && note.text.length > 0, "the concern left as it was is said on screen");
            verify(note.text.indexOf(items.data(items.index(1, 0), PromptListModel.TextRole)) >= 0, note.text);

            mouseClick(shown(page, "undoArea:" + area));
            compare(page.visit.read(VisitField.NeglectLevel, inArea[0]), undefined);
            compare(page.visit.read(VisitField.NeglectLevel, inArea[1]), "some-concern");
            compare(page.visit.read(VisitField.NeglectLevel, inArea[2]), "not-assessed", "undo puts back what was there");
            verify(!shown(page, page.visit.fieldName(VisitField.NeglectLevel) + ":" + inArea[0] + ":no-concern").checked);
            verify(!findChild(page, "undoArea:" + area).visible);
            verify(!note.visible);
        }

        // 8. Turning the tablet rebuilds the step at its new width (Qt 6.4's layouts keep old
        // heights otherwise): the field in focus keeps the focus and stays in view, and
        // without one the step stays scrolled about as far down as it was.
        function test_turningKeepsThePlace_data() {
            return [
                { tag: "focused field", focused: true },
                { tag: "scrolled only", focused: false }
            ];
        }

        function test_turningKeepsThePlace(data) {
            root.width = 800;
            root.height = 1280;
            const page = openVisit("Troi" + (data.focused ? "Ffocws" : "Sgrolio"));
            page.visit.step = 4;
            const items = page.visit.neglectItems;
            const last = items.data(items.index(items.count - 1, 0), PromptListModel.IdRole);
            const name = page.visit.fieldName(VisitField.NeglectLevel) + ":" + last + ":no-concern";
            const flick = findChild(page, "stepScroll").contentItem;
            const option = shown(page, name);
            scrollTo(page, option);
            if (data.focused) {
                option.forceActiveFocus(Qt.TabFocusReason);
                verify(option.activeFocus);
            }
            const fraction = flick.contentY / flick.contentHeight;
            verify(fraction > 0.5, "scrolled well down the step: " + fraction);

            root.width = 1280;
            root.height = 800;
            // The step is rebuilt once the new width settles: wait for a new radio button.
            tryVerify(() => findChild(page, name) !== null && findChild(page, name) !== option, 5000, "the step is rebuilt");
            const rebuilt = shown(page, name);
            if (data.focused) {
                tryVerify(() => rebuilt.activeFocus, 5000, "the focused answer keeps the focus");
                tryVerify(() => {
                    const at = rebuilt.mapToItem(flick, 0, 0).y;
                    return at >= 0 && at + rebuilt.height <= flick.height;
                }, 5000, "the focused answer is in view");
            } else {
                tryVerify(() => Math.abs(flick.contentY / flick.contentHeight - fraction) < 0.15, 5000,
                          "scrolled about as far (" + fraction + ") as before turning: " + flick.contentY / flick.contentHeight);
            }
        }

        name: "Flow"
        when: windowShown
    }
}
