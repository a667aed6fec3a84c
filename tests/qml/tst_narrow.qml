import QtQuick
import QtTest
import Hearth
import Hearth.App

// Every screen fits the narrowest screens at the largest text (issue 15): a 7-inch tablet in
// portrait (600 x 960) and a phone in portrait (420 x 860) at 200 %. On each screen nothing is
// wider than the window, no text is cut off, and every button can be reached (on screen, or
// in a view that scrolls to it). Run once in English (tst_qml) and once in Welsh
// (tst_qml_narrow_cy), the longer language.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"
    readonly property string pin: "402817"

    width: 600
    height: 960

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
        property string childId: ""
        property string signedId: ""

        name: "Narrow"
        when: windowShown

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Workspace, "ready", true, 20000);
            childId = Workspace.addChild("Angharad-Gwenllian", "Prytherch-Llewelyn", "2024-01-15", "");
            verify(childId.length > 0);
            shell = shellComponent.createObject(root);
            shell.forceActiveFocus();
        }

        function cleanupTestCase() {
            shell.destroy();
            Display.setTextScale(100);
        }

        // Each test starts on the home screen, whatever the one before left open. A binding loop
        // is a layout that cannot settle on these widths: it fails the test that caused it.
        function init() {
            failOnWarning(/Binding loop detected/);
            Display.setTextScale(200);
            if (Session.state === Session.SoftLocked)
                Session.unlockWithPin(root.pin);
            if (Session.state === Session.Locked) {
                Session.unlock(root.passcode);
                tryCompare(Session, "state", Session.Unlocked, 20000);
            }
            Workspace.closeVisit();
            Workspace.closeConcern();
            Workspace.closeSigned();
            Workspace.closeChildVoice();
            Workspace.closeMissing();
            Workspace.closeInterview();
            Workspace.closeHousehold();
            const dialog = findChild(shell, "pinSetupDialog");
            if (dialog) {
                dialog.close();
                tryCompare(dialog, "visible", false);
            }
            page("homePage");
        }

        function sizes() {
            return [
                { tag: "7-inch tablet", width: 600, height: 960 },
                { tag: "phone", width: 420, height: 860 }
            ];
        }

        function resize(data) {
            root.width = data.width;
            root.height = data.height;
        }

        // Laid out: no item between `item` and the shell waits for its layout.
        function settle(item: var) {
            tryVerify(() => {
                for (let at = item; at && at !== shell; at = at.parent) {
                    if (isPolishScheduled(at))
                        return false;
                }
                return true;
            }, 5000, "laid out");
            waitForRendering(shell);
        }

        function named(under: var, name: string): var {
            tryVerify(() => findChild(under, name) !== null, 5000, name + " on screen");
            return findChild(under, name);
        }

        function describe(item: var): string {
            let name = item.objectName || String(item).split("(")[0];
            if (typeof item.text === "string" && item.text.length > 0)
                name += " \"" + item.text.slice(0, 40) + "\"";
            return name;
        }

        // The nearest Flickable (or ListView) holding `item`: what scrolls it into view.
        function scroller(item: var): var {
            for (let at = item.parent; at; at = at.parent) {
                if (typeof at.contentY === "number" && typeof at.flicking === "boolean")
                    return at;
            }
            return null;
        }

        // What does not fit under `top`, one line each: spilled past the window's sides, text
        // cut off or wider than its own box, a button that no scrolling brings on screen.
        function misfits(top: var): var {
            const found = [];
            // Inside an item already found spilling, only what else is wrong is told.
            const visit = (item, spilt) => {
                // A Material shadow reaches past its control by design.
                if (!item.visible || item.opacity === 0 || typeof item.elevation === "number" && typeof item.fullWidth === "boolean")
                    return;
                // A plain Item with nothing in it draws nothing. (Qt 6.4's ListView keeps one
                // in the caseload list's content, sized by no binding of ours.)
                if (item.children.length === 0 && String(item).startsWith("QQuickItem("))
                    return;
                if (item.width > 0 && item.height > 0) {
                    // Both corners: a scaled item (the body map) is drawn at its scaled size.
                    const at = item.mapToItem(root, 0, 0);
                    const end = item.mapToItem(root, item.width, item.height);
                    const flick = scroller(item);
                    const sideways = flick && flick.contentWidth > flick.width + 0.5;
                    if (!spilt && !sideways && (at.x < -0.5 || end.x > root.width + 0.5)) {
                        spilt = true;
                        found.push(describe(item) + " spans " + Math.round(at.x) + "-" + Math.round(end.x) + " of " + root.width);
                    }
                    // A placeholder is an example under a field's visible label: it may be cut
                    // short on a phone, the label above it says what the field is for.
                    if (typeof item.truncated === "boolean" && item.text.length > 0 && !String(item).startsWith("QQuickPlaceholderText")) {
                        if (item.truncated)
                            found.push(describe(item) + " is cut off");
                        else if (item.contentWidth > item.width + 1)
                            found.push(describe(item) + " is " + Math.round(item.contentWidth) + " wide in " + Math.round(item.width));
                    }
                    if (typeof item.pressed === "boolean" && typeof item.clicked === "function") {
                        if (flick) {
                            const inFlick = flick.mapToItem(root, 0, 0);
                            const inContent = item.mapToItem(flick.contentItem, 0, 0);
                            const across = flick.contentWidth > flick.width + 0.5;
                            // A ListView's header lies above its first row: the content starts
                            // at originY, not at 0.
                            const along = across ? inContent.x + item.width <= flick.originX + flick.contentWidth + 0.5 && inContent.x >= flick.originX - 0.5
                                                 : inContent.y + item.height <= flick.originY + flick.contentHeight + 0.5 && inContent.y >= flick.originY - 0.5;
                            if (!along || inFlick.y < -0.5 || inFlick.y + Math.min(flick.height, item.height) > root.height + 0.5)
                                found.push(describe(item) + " cannot be scrolled to in " + describe(flick) + " at " + Math.round(inFlick.y) + ", " + Math.round(flick.height) + " high");
                        } else if (at.y < -0.5 || at.y + item.height > root.height + 0.5) {
                            found.push(describe(item) + " is below the window at " + Math.round(at.y));
                        }
                    }
                }
                for (let i = 0; i < item.children.length; ++i)
                    visit(item.children[i], spilt);
            };
            visit(top, false);
            return found;
        }

        function fits(top: var, what: string) {
            settle(top);
            const found = misfits(top);
            compare(found.length, 0, what + " at " + root.width + " px:\n  " + found.slice(0, 8).join("\n  "));
        }

        function page(name: string): var {
            tryVerify(() => {
                const found = findChild(shell, name);
                return found !== null && found.visible;
            }, 5000, name);
            return findChild(shell, name);
        }

        // The Welsh run really is in Welsh: a label of the home screen is translated.
        function test_a_language() {
            const welsh = Qt.locale().name.startsWith("cy");
            const text = qsTranslate("CaseloadPane", "Children");
            verify(welsh === (text !== "Children"), Qt.locale().name + ": " + text);
        }

        function test_home_data() {
            return sizes();
        }

        // The first-run role question is the tallest the home screen's top can be: it scrolls
        // in its own area, the bar's settings fold into one menu, and the visits and the
        // caseload keep their room.
        function test_home(data) {
            resize(data);
            const home = page("homePage");
            verify(Workspace.roles.needsChoice, "the role question is shown");
            // The caseload's list lays out its header after the pane has its new width.
            settle(named(home, "caseloadList"));
            fits(home, "the home screen with the role question");
            verify(findChild(home, "roleArea").height < findChild(home, "roleArea").contentHeight, "the role question scrolls");
            verify(findChild(home, "homeMenuButton").visible, "the bar's settings are folded");
            // The caseload and the visits take turns under tabs, each with room at least for its
            // heading and the start of its list (a phone in Welsh with the bar on two lines is
            // the tightest: about 140 px), and everything in it reachable by scrolling.
            const tabs = named(home, "homeTabs");
            verify(tabs.visible, "the panes are under tabs");
            for (const [tab, pane] of [["visitsTab", "visitsPane"], ["childrenTab", "caseloadPane"]]) {
                mouseClick(named(home, tab));
                tryVerify(() => findChild(home, pane).visible, 5000, pane);
                verify(findChild(home, pane).height >= 1.25 * Style.touchTarget, pane + " is " + findChild(home, pane).height + " high");
                fits(home, "the home screen with " + pane);
            }
        }

        function test_homeMenu_data() {
            return sizes();
        }

        // Every folded setting is in the menu, each a full touch target inside the window.
        function test_homeMenu(data) {
            resize(data);
            const home = page("homePage");
            settle(home);
            mouseClick(named(home, "homeMenuButton"));
            const menu = findChild(home, "homeMenu");
            tryCompare(menu, "opened", true);
            fits(menu.contentItem, "the home screen's menu");
            // The concern logged (and left unsigned) by test_concern is in the menu, and counted
            // on its button.
            verify(Workspace.openConcerns > 0, "an unsigned concern");
            verify(String(named(home, "homeMenuButton").text).indexOf(String(Workspace.openConcerns)) >= 0, "counted on the button");
            for (const name of ["resumeConcernMenuItem", "displayMenuItem", "roleMenuItem", "pinMenuItem", "changePasscodeMenuItem", "lockMenuItem"]) {
                const entry = findChild(menu, name);
                verify(entry && entry.visible, name);
                verify(entry.height >= Style.touchTarget, name + " is a touch target");
            }
            menu.close();
            tryCompare(menu, "visible", false);
        }

        function test_step_data() {
            const rows = [];
            for (const size of sizes())
                for (let step = 0; step < 9; ++step)
                    rows.push({ tag: size.tag + ", step " + (step + 1), width: size.width, height: size.height, step: step });
            return rows;
        }

        // Each step with its optional parts shown: a row in each list, the immediate-safety
        // questions.
        function test_step(data) {
            resize(data);
            verify(Workspace.startVisit(childId));
            const visitPage = page("visitPage");
            const visit = visitPage.visit;
            verify(visit.write(VisitField.ImmediatePresent, "", -1, true));
            for (const list of [VisitField.NextSteps, VisitField.MissedAppointments, VisitField.ChildrenPresent])
                visit.addRow(list);
            visit.step = data.step;
            named(visitPage, "stepLoader");
            fits(visitPage, "step " + (data.step + 1));
        }

        function test_concern_data() {
            return sizes();
        }

        function test_concern(data) {
            resize(data);
            verify(Workspace.startConcern());
            const concernPage = page("concernPage");
            fits(concernPage, "the concern log");
            // Once a child is chosen the picker shows the name with its "Change" button.
            verify(Workspace.concern.chooseChild(childId));
            verify(named(concernPage, "concernChangeChild").visible);
            fits(concernPage, "the concern log with a child chosen");
        }

        function test_childVoice_data() {
            return sizes();
        }

        // Every part shown: not seen alone, somewhere else, a quote and a scaling question.
        function test_childVoice(data) {
            resize(data);
            verify(Workspace.startChildVoice());
            const sessionPage = page("childVoicePage");
            const session = sessionPage.session;
            verify(session.chooseChild(childId));
            session.place = "other";
            session.seenAlone = 0;
            session.addQuote();
            session.addScale();
            named(sessionPage, "childVoiceScaleNumbers0");
            // The child picker with a child chosen: the long name and its "Change" button.
            verify(named(sessionPage, "concernChangeChild").visible);
            fits(sessionPage, "the session");
        }

        function test_missing_data() {
            return sizes();
        }

        // With its optional parts shown: the police reference and an indicator.
        function test_missing(data) {
            resize(data);
            verify(Workspace.startMissing());
            const missingPage = page("missingPage");
            verify(Workspace.missing.chooseChild(childId));
            Workspace.missing.reportedToPolice = 1;
            Workspace.missing.addIndicator("money-goods");
            fits(missingPage, "the going-missing episode");
        }

        function test_interview_data() {
            return sizes();
        }

        // With every part shown: the young person's episode to choose (signed here the first
        // time), the 72 hours, done with its times and who offered it, an indicator.
        function test_interview(data) {
            resize(data);
            if (!Workspace.startInterview(childId) || Workspace.interview.episodes.length === 0) {
                Workspace.closeInterview();
                verify(Workspace.startMissing());
                const episode = Workspace.missing;
                verify(episode.chooseChild(childId));
                episode.setMissingFrom("2026-03-04", "18:00");
                episode.setReturned("2026-03-05", "09:30");
                episode.reportedToPolice = 0;
                episode.whereFound = "A flat on Eastgate Road";
                episode.whoWith = "Not known";
                episode.howReturned = "Brought home by police";
                Workspace.signMissing(root.passcode);
                tryCompare(Workspace, "missing", null, 20000);
                compare(Workspace.signError, "");
                verify(Workspace.startInterview(childId));
            }
            const interviewPage = page("interviewPage");
            verify(Workspace.interview.chooseEpisode(Workspace.interview.episodes[0].id));
            Workspace.interview.status = "done";
            Workspace.interview.addIndicator("peers");
            fits(interviewPage, "the return home interview");
        }

        function test_household_data() {
            return sizes();
        }

        // The household page down to its life event, a type chosen so its note field asks.
        function test_household(data) {
            resize(data);
            verify(Workspace.openHousehold(childId));
            const householdPage = page("householdPage");
            findChild(householdPage, "lifeEventType:other").clicked();
            fits(householdPage, "the household page with a life event");
            Workspace.closeHousehold();
        }

        function test_pinSetup_data() {
            return sizes();
        }

        function test_pinSetup(data) {
            resize(data);
            const home = page("homePage");
            settle(home);
            mouseClick(named(home, "homeMenuButton"));
            const menu = findChild(home, "homeMenu");
            tryCompare(menu, "opened", true);
            mouseClick(findChild(menu, "pinMenuItem"));
            const dialog = findChild(shell, "pinSetupDialog");
            tryCompare(dialog, "opened", true);
            fits(dialog.contentItem.parent, "choosing a PIN");
        }

        function test_signed_data() {
            return sizes();
        }

        // A signed visit, read-only, with an amendment: filled in as far as the visit's own
        // check asks (as tests/qml/photoflow.h does), signed with the passcode, then opened.
        function test_signed(data) {
            resize(data);
            if (signedId.length === 0) {
                verify(Workspace.startVisit(childId));
                const visit = page("visitPage").visit;
                const set = (field, value, item) => verify(visit.write(field, item || "", -1, value), visit.errorText);
                set(VisitField.Notice, "announced");
                set(VisitField.Place, "home");
                set(VisitField.Purpose, "Six-week check after the new baby arrived home.");
                visit.setManualLocation("Family home, 12 Mill Lane");
                const each = (list, use) => {
                    for (let i = 0; i < list.count; ++i)
                        use(list.data(list.index(i, 0), PromptListModel.IdRole));
                };
                each(visit.menPrompts, id => set(VisitField.MenAnswer, "no", id));
                set(VisitField.NewPeople, "no");
                set(VisitField.Seen, true);
                set(VisitField.SeenAlone, true);
                set(VisitField.SleepingPlace, "Own cot in the back bedroom.");
                set(VisitField.Communication, "Babbles, smiles, reaches for her mother.");
                set(VisitField.DayInTheLife, "Fed every three hours, sleeps in the afternoon.");
                each(visit.neglectItems, id => set(VisitField.NeglectLevel, "no-concern", id));
                set(VisitField.CooperationLevel, 4);
                set(VisitField.CooperationEvidence, "All three health appointments kept.");
                set(VisitField.ImmediatePresent, false);
                set(VisitField.WhatItMeans, "Angharad-Gwenllian is thriving and cared for.");
                tryVerify(() => visit.canFinish, 5000, JSON.stringify(visit.missing));
                Workspace.sign(root.passcode);
                tryVerify(() => Workspace.signedVisit !== null, 20000, "signed: " + Workspace.signError);
                signedId = Workspace.signedVisit.recordId;
                verify(Workspace.signedVisit.amend("Mother phoned with the dentist's name.", "Angharad-Gwenllian is registered with Deintyddfa Llanrhystud."), Workspace.signedVisit.errorText);
            } else {
                verify(Workspace.openSigned(signedId));
            }
            const signedPage = page("signedVisitPage");
            named(signedPage, "amendmentEntry");
            fits(signedPage, "the signed visit");
            mouseClick(named(signedPage, "amendButton"));
            const amend = findChild(shell, "amendDialog");
            tryCompare(amend, "opened", true);
            fits(amend.contentItem.parent, "amending a signed visit");
            amend.close();
            tryCompare(amend, "visible", false);
        }

        function test_softLock_data() {
            return sizes();
        }

        function test_softLock(data) {
            resize(data);
            if (!Session.pinSet) {
                Session.setPin(root.passcode, root.pin, root.pin);
                tryCompare(Session, "pinSet", true, 20000);
            }
            Session.softLock();
            compare(Session.state, Session.SoftLocked);
            fits(page("softLockPage"), "the soft lock");
        }

        function test_unlock_data() {
            return sizes();
        }

        function test_unlock(data) {
            resize(data);
            Session.lock();
            const unlockPage = page("unlockPage");
            fits(unlockPage, "the unlock screen");
            mouseClick(named(unlockPage, "forgottenButton"));
            fits(unlockPage, "the unlock screen with the forgotten-passcode help");
        }
    }
}
