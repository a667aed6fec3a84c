import QtQuick
import QtTest
import Hearth
import Hearth.App

// The household editor on the real screens: an adult added with a known risk from its source
// and date, saved with the passcode as a signed record and there again when reopened; bad
// input refused with a reason and nothing changed; cancelling signs nothing and keeps nothing.
Item {
    id: root

    readonly property string passcode: "kettle on the hob"

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

    SignalSpy {
        id: saved

        target: Workspace
        signalName: "householdSaved"
    }

    SignalSpy {
        id: lifeEvents

        target: Workspace
        signalName: "lifeEventRecorded"
    }

    TestCase {
        id: testCase

        property var shell: null

        name: "Household"
        when: windowShown

        function item(name) {
            tryVerify(() => findChild(shell, name) !== null, 5000, "on screen: " + name);
            return findChild(shell, name);
        }

        function tap(name) {
            const target = item(name);
            tryVerify(() => target.visible, 5000, "visible: " + name);
            const page = findChild(shell, "householdPage");
            if (page)
                page.reveal(target);
            // A chip is chosen by its click signal: a synthesised tap right after the card
            // above it grew lands before the layout settles.
            if (name.indexOf(":") > 0 && name.indexOf("household:") !== 0)
                target.clicked();
            else
                mouseClick(target);
        }

        function typeInto(name, text) {
            tap(name);
            const field = item(name);
            field.forceActiveFocus();
            field.selectAll();
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function openEditor() {
            tap("household:Cai Ardent");
            tryVerify(() => Workspace.household !== null);
            item("householdPage");
        }

        function init() {
            if (Workspace.household)
                Workspace.closeHousehold();
            tryCompare(Workspace, "household", null);
        }

        function initTestCase() {
            Session.setUp(root.passcode, root.passcode);
            tryCompare(Session, "state", Session.Unlocked, 20000);
            verify(Workspace.addChild("Cai", "Ardent", "2026-06-01", "").length > 0);
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function test_a_cancelSignsNothingAndKeepsNothing() {
            openEditor();
            typeInto("householdNewAdultName", "Lee");
            tap("householdAddAdult");
            compare(Workspace.household.adults.length, 1);
            verify(Workspace.household.changed);
            tap("householdCancelButton");
            tryCompare(Workspace, "household", null);
            compare(saved.count, 0);
            openEditor();
            compare(Workspace.household.adults.length, 0);
            tap("householdCancelButton");
            tryCompare(Workspace, "household", null);
        }

        function test_b_badInputIsRefused() {
            openEditor();
            typeInto("householdNewAdultName", "Dai");
            tap("householdAddAdult");
            // No relationship yet: saving is not offered, and says why.
            verify(item("householdMissing").visible);
            verify(!item("householdSaveButton").enabled);
            tap("householdRelationship0:birth-father");
            tap("householdLiving0:stays-sometimes");
            compare(Workspace.household.missing, "");

            // A risk with no source, then one dated in the future: refused, nothing added.
            tap("householdRiskKind0:domestic-abuse");
            typeInto("householdRiskDate0.text", "02/10/2026");
            tap("householdAddRisk0");
            verify(Workspace.household.errorText.length > 0);
            compare(Workspace.household.adults[0].risks.length, 0);
            typeInto("householdRiskSource0", "Police notification");
            typeInto("householdRiskDate0.text", "02/10/2099");
            tap("householdAddRisk0");
            compare(Workspace.household.adults[0].risks.length, 0);

            // The wrong passcode signs nothing.
            item("householdPasscode").text = "not my passcode";
            tap("householdSaveButton");
            tryVerify(() => !Workspace.signing && Workspace.signError.length > 0, 20000);
            compare(saved.count, 0);
            verify(Workspace.household !== null);
            tap("householdCancelButton");
            tryCompare(Workspace, "household", null);
        }

        function test_c_anAdultWithARiskIsSavedAndThereWhenReopened() {
            openEditor();
            typeInto("householdNewAdultName", "Dai Ardent");
            tap("householdAddAdult");
            tap("householdRelationship0:birth-father");
            tap("householdLiving0:stays-sometimes");
            tap("householdResponsibility0");
            tap("householdRiskKind0:domestic-abuse");
            typeInto("householdRiskSource0", "Police notification");
            typeInto("householdRiskDate0.text", "02/10/2026");
            tap("householdAddRisk0");
            compare(Workspace.household.errorText, "");
            compare(Workspace.household.adults[0].risks.length, 1);
            verify(item("householdRisk0.0").text.indexOf("Police notification") >= 0);
            tap("householdCondition:asthma");
            tap("householdMobility:not-yet-mobile");

            item("householdPasscode").text = root.passcode;
            tap("householdSaveButton");
            tryCompare(saved, "count", 1, 20000);
            tryCompare(Workspace, "household", null);
            compare(Workspace.signError, "");

            openEditor();
            const household = Workspace.household;
            compare(household.adults.length, 1);
            compare(household.adults[0].name, "Dai Ardent");
            compare(household.adults[0].relationship, "birth-father");
            verify(household.adults[0].parentalResponsibility);
            compare(household.adults[0].risks[0].source, "Police notification");
            compare(household.adults[0].risks[0].date, "2026-10-02");
            compare(household.conditions, ["asthma"]);
            compare(household.mobility, "not-yet-mobile");
            verify(!household.changed);
            // Saved as it is: nothing to sign again.
            verify(household.missing.length > 0);
            tap("householdCancelButton");
            tryCompare(Workspace, "household", null);
        }

        // A life event from the household page: a day in the future is refused and signs
        // nothing; then a bereavement concerning Dai, dated before today, is signed as its own
        // record and shows in Cai's chronology on the day it happened, with its type in words.
        function test_d_aLifeEventIsSignedAndInTheChronology() {
            openEditor();
            tap("lifeEventType:bereavement");
            typeInto("lifeEventDate.text", "02/10/2099");
            typeInto("lifeEventSource", "Mother");
            item("lifeEventPasscode").text = root.passcode;
            tap("lifeEventRecord");
            compare(lifeEvents.count, 0);

            typeInto("lifeEventDate.text", "14/09/2026");
            tap("lifeEventAdult:" + Workspace.household.adults[0].id);
            typeInto("lifeEventNote", "Grandfather died");
            item("lifeEventPasscode").text = root.passcode;
            tap("lifeEventRecord");
            tryCompare(lifeEvents, "count", 1, 20000);
            compare(Workspace.signError, "");
            verify(item("lifeEventRecorded").visible);
            // Recorded on its own: the household stays open, with nothing to sign.
            verify(Workspace.household !== null);
            verify(!Workspace.household.changed);
            const childId = Workspace.household.childId;
            tap("householdCancelButton");
            tryCompare(Workspace, "household", null);

            verify(Workspace.openChronology(childId));
            const chronology = Workspace.chronology;
            tryCompare(chronology, "loading", false, 20000);
            let found = -1;
            for (let row = 0; row < chronology.count; ++row)
                if (chronology.data(chronology.index(row, 0), ChronologyModel.KindRole) === "life-event")
                    found = row;
            verify(found >= 0, "a life event in the chronology");
            const at = chronology.index(found, 0);
            compare(chronology.data(at, ChronologyModel.DateRole), "14/09/2026");
            compare(chronology.data(at, ChronologyModel.WhatRole), "Bereavement: Grandfather died. Told by: Mother");
            Workspace.closeChronology();
        }
    }
}
