#include "uiscenarios.h"

#include "sessioncontroller.h"
#include "uichildscenarios.h"
#include "uidriver.h"
#include "uivisitscenarios.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QQuickWindow>
#include <QRegularExpression>

#include <malloc.h>

#include <cstdio>

namespace hearth::UiScenarios {

namespace {
// Used only for throwaway vaults in temporary folders.
const QString DemoPasscode = QStringLiteral("kettle on the hob");
constexpr int SlowStepMs = 30000; // Argon2id with a calibrated cost on a slow machine

bool waitForState(UiDriver &ui, SessionController &session, SessionController::State state)
{
    return ui.waitFor([&] { return session.state() == state && !session.busy(); }, SlowStepMs,
        QStringLiteral("session state %1").arg(int(state)));
}

bool waitIdle(UiDriver &ui, SessionController &session)
{
    return ui.waitFor(
        [&] { return !session.busy(); }, SlowStepMs, QStringLiteral("the vault to finish"));
}

bool setUpVault(UiDriver &ui, SessionController &session)
{
    return ui.waitForVisible(QStringLiteral("firstRunPage"))
        && ui.setText(QStringLiteral("firstRunPasscodeField"), DemoPasscode)
        && ui.setText(QStringLiteral("firstRunConfirmField"), DemoPasscode)
        && ui.click(QStringLiteral("firstRunSubmitButton"))
        && waitForState(ui, session, SessionController::Unlocked)
        && ui.waitForVisible(QStringLiteral("homePage"));
}

bool lockVault(UiDriver &ui, SessionController &session)
{
    return ui.click(QStringLiteral("lockButton"))
        && waitForState(ui, session, SessionController::Locked)
        && ui.waitForVisible(QStringLiteral("unlockPage"));
}

bool tryPasscode(UiDriver &ui, SessionController &session, const QString &passcode)
{
    return ui.setText(QStringLiteral("unlockPasscodeField"), passcode)
        && ui.click(QStringLiteral("unlockSubmitButton")) && waitIdle(ui, session);
}

// A PIN chosen through its dialog, then the idle soft lock and back with the pad.
bool quickReEntry(UiDriver &ui, SessionController &session)
{
    const QString pin = QStringLiteral("402817");
    if (!ui.click(QStringLiteral("pinButton"))
        || !ui.waitForVisible(QStringLiteral("pinSetupDialog"))
        || !ui.setText(QStringLiteral("pinPasscodeField"), DemoPasscode)
        || !ui.setText(QStringLiteral("pinNewField"), pin)
        || !ui.setText(QStringLiteral("pinConfirmField"), pin)
        || !ui.click(QStringLiteral("pinSubmitButton")) || !waitIdle(ui, session)
        || !ui.waitFor([&] { return session.pinSet(); }, 5000, QStringLiteral("the PIN")))
        return false;
    session.softLock();
    if (!ui.waitForVisible(QStringLiteral("softLockPage")))
        return false;
    for (const QChar digit : pin) {
        if (!ui.click(QStringLiteral("pinKey") + digit))
            return false;
    }
    return waitForState(ui, session, SessionController::Unlocked)
        && ui.waitForVisible(QStringLiteral("homePage"));
}
} // namespace

bool selfTest(UiDriver &ui, SessionController &session)
{
    if (!setUpVault(ui, session))
        return false;
    if (!ui.call(QStringLiteral("homePage"), "openChangePasscode")
        || !ui.waitForVisible(QStringLiteral("changePasscodeDialog"))
        || !ui.click(QStringLiteral("changeCancelButton"))
        || !ui.waitFor(
            [&] {
                return !ui.find(QStringLiteral("changePasscodeDialog"))
                            ->property("visible")
                            .toBool();
            },
            5000, QStringLiteral("the dialog to close")))
        return false;
    if (!lockVault(ui, session))
        return false;
    if (!tryPasscode(ui, session, QStringLiteral("not the passcode"))
        || !ui.waitForVisible(QStringLiteral("unlockError")))
        return false;
    if (!tryPasscode(ui, session, DemoPasscode)
        || !waitForState(ui, session, SessionController::Unlocked)
        || !ui.waitForVisible(QStringLiteral("homePage")))
        return false;
    return quickReEntry(ui, session);
}

namespace {
// The sync screens. "sync-enrol" shows the form (filled with an example unless the app was
// given --enrol-server); "sync-confirm" and "sync" need a real agency server given with
// --enrol-server and --enrol-code (scripts/screenshots starts one): the fingerprint step, then
// the enrolled screen after the first sync.
bool prepareSyncScreen(UiDriver &ui, const QString &screen)
{
    if (!ui.click(QStringLiteral("syncStatusBar"))
        || !ui.waitForVisible(QStringLiteral("syncPage")))
        return false;
    if (!ui.waitForVisible(QStringLiteral("enrolServerField")))
        return false;
    if (ui.find(QStringLiteral("enrolServerField"))->property("text").toString().isEmpty())
        return screen == u"sync-enrol"
            && ui.setText(QStringLiteral("enrolServerField"), QStringLiteral("sync.example.gov.uk"))
            && ui.setText(QStringLiteral("enrolCodeField"), QStringLiteral("7KQ2-M9XD-4HTV-0BZC"));
    if (screen == u"sync-enrol")
        return true;
    if (!ui.click(QStringLiteral("enrolConnectButton"))
        || !ui.waitForVisible(QStringLiteral("fingerprintMatchesButton"), 20000))
        return false;
    if (screen == u"sync-confirm")
        return true;
    return ui.click(QStringLiteral("fingerprintMatchesButton"))
        && ui.waitFor(
            [&] {
                QObject *now = ui.find(QStringLiteral("syncNowButton"));
                return now && now->property("visible").toBool()
                    && now->property("enabled").toBool();
            },
            30000, QStringLiteral("enrolment and the first sync to finish"));
}
// A concern for a pupil not on the tablet, filled in up to who was told.
bool prepareConcern(UiDriver &ui)
{
    return ui.click(QStringLiteral("logConcernButton"))
        && ui.waitForVisible(QStringLiteral("concernPage"))
        && ui.click(QStringLiteral("concernNewChild"))
        && ui.setText(QStringLiteral("concernNewName"), QStringLiteral("Zoë Okafor"))
        && ui.setText(QStringLiteral("concernNewYear"), QStringLiteral("Year 8"))
        && ui.click(QStringLiteral("concernNewUse"))
        && ui.setText(QStringLiteral("concernSeenArea"),
            QStringLiteral("Four small round bruises in a row on the left upper arm, each about "
                           "1 cm, purple. Seen at 10:05 when she rolled up her sleeve in PE."))
        && ui.setText(QStringLiteral("concernChildsWordsArea"),
            QStringLiteral("Mum's boyfriend grabbed me when I was late back"))
        && ui.click(QStringLiteral("concernCategory:injury"))
        && ui.click(QStringLiteral("concernSafety:no"))
        && ui.click(QStringLiteral("concernAction:dsl"))
        && ui.setText(QStringLiteral("concernToldWhoArea"),
            QStringLiteral("Mr Hughes, designated safeguarding lead"));
}
// The example history (docs/examples/history-maya.json), signed into --data-dir with the demo
// passcode by `hearthctl demo --history` (scripts/screenshots does that): unlocked, Maya found
// on the caseload and her chronology opened; "chronology-evidence" then taps her second flag.
bool prepareChronology(UiDriver &ui, SessionController &session, const QString &screen)
{
    const QString maya = QStringLiteral("Maya Fenwick-Example");
    if (!ui.waitForVisible(QStringLiteral("unlockPage"), SlowStepMs)
        || !tryPasscode(ui, session, DemoPasscode)
        || !waitForState(ui, session, SessionController::Unlocked)
        || !ui.setText(QStringLiteral("caseloadSearch"), QStringLiteral("maya"))
        || !ui.waitForVisible(QStringLiteral("chronology:") + maya)
        || !ui.click(QStringLiteral("chronology:") + maya)
        || !ui.waitForVisible(QStringLiteral("builtFrom"), SlowStepMs))
        return false;
    if (screen == u"chronology")
        return true;
    return screen == u"chronology-evidence" && ui.click(QStringLiteral("flagEvidence:1"))
        && ui.waitForVisible(QStringLiteral("showEverything"));
}
// A social worker's session with a child not on the tablet, filled in down to the child's words.
bool prepareChildVoice(UiDriver &ui)
{
    return ui.click(QStringLiteral("roleChoice-social-worker"))
        && ui.click(QStringLiteral("roleChildVoiceButton"))
        && ui.waitForVisible(QStringLiteral("childVoicePage"))
        && ui.click(QStringLiteral("concernNewChild"))
        && ui.setText(QStringLiteral("concernNewName"), QStringLiteral("Zoë Okafor"))
        && ui.setText(QStringLiteral("concernNewYear"), QStringLiteral("Year 4"))
        && ui.click(QStringLiteral("concernNewUse"))
        && ui.click(QStringLiteral("childVoicePlace:school"))
        && ui.setText(QStringLiteral("childVoicePlaceDetailArea"), QStringLiteral("the library"))
        && ui.setText(
            QStringLiteral("childVoiceOthersArea"), QStringLiteral("Mrs Evans, teaching assistant"))
        && ui.click(QStringLiteral("childVoiceAlone:no"))
        && ui.setText(QStringLiteral("childVoiceNotAloneArea"),
            QStringLiteral("Zoë asked for Mrs Evans to stay"))
        && ui.click(QStringLiteral("childVoiceAddQuote"))
        && ui.setText(QStringLiteral("childVoiceQuote0Area"),
            QStringLiteral("I don't like it when they shout at night"))
        && ui.setText(QStringLiteral("childVoiceWorriesArea"), QStringLiteral("shouting at night"))
        && ui.setText(QStringLiteral("childVoiceGoodThingsArea"),
            QStringLiteral("Nan\nfootball on Saturday"));
}

// Kai, of the adolescent example history (docs/examples/history-missing.json, signed into
// --data-dir like the chronology's), back after another night away: the episode filled in up to
// an exploitation indicator, not yet signed.
bool prepareMissing(UiDriver &ui, SessionController &session)
{
    const QString kai = QStringLiteral("missingChild:Kai Example-Jones");
    return ui.waitForVisible(QStringLiteral("unlockPage"), SlowStepMs)
        && tryPasscode(ui, session, DemoPasscode)
        && waitForState(ui, session, SessionController::Unlocked)
        && ui.click(QStringLiteral("roleMissingButton"))
        && ui.waitForVisible(QStringLiteral("missingPage"))
        && ui.setText(QStringLiteral("missingChildSearch"), QStringLiteral("kai"))
        && ui.waitForVisible(kai) && ui.click(kai)
        && ui.setText(QStringLiteral("missingFromDate.text"), QStringLiteral("14/11/2026"))
        && ui.call(QStringLiteral("missingFromDate"), "commit")
        && ui.setText(QStringLiteral("missingFromTime.text"), QStringLiteral("19:30"))
        && ui.call(QStringLiteral("missingFromTime"), "commit")
        && ui.setText(QStringLiteral("missingReturnedDate.text"), QStringLiteral("15/11/2026"))
        && ui.call(QStringLiteral("missingReturnedDate"), "commit")
        && ui.setText(QStringLiteral("missingReturnedTime.text"), QStringLiteral("11:10"))
        && ui.call(QStringLiteral("missingReturnedTime"), "commit")
        && ui.click(QStringLiteral("missingPolice:yes"))
        && ui.setText(QStringLiteral("missingPoliceReferenceArea"), QStringLiteral("MP/26/1187"))
        && ui.setText(QStringLiteral("missingWhereFoundArea"),
            QStringLiteral("A flat above the takeaway on Station Road, Newport"))
        && ui.setText(QStringLiteral("missingWhoWithArea"),
            QStringLiteral("Two older boys the family does not know"))
        && ui.setText(
            QStringLiteral("missingHowReturnedArea"), QStringLiteral("Brought home by police"))
        && ui.click(QStringLiteral("missingAddIndicator:money-goods"))
        && ui.setText(QStringLiteral("missingIndicatorObserved:0Area"),
            QStringLiteral("New trainers and a second phone"));
}

// Kai again: the return home interview offered again after he declined the first one for his
// April episode, done but late, filled in up to what happens next.
bool prepareInterview(UiDriver &ui, SessionController &session)
{
    const QString kai = QStringLiteral("missingChild:Kai Example-Jones");
    return ui.waitForVisible(QStringLiteral("unlockPage"), SlowStepMs)
        && tryPasscode(ui, session, DemoPasscode)
        && waitForState(ui, session, SessionController::Unlocked)
        && ui.click(QStringLiteral("roleInterviewButton"))
        && ui.waitForVisible(QStringLiteral("interviewPage"))
        && ui.setText(QStringLiteral("missingChildSearch"), QStringLiteral("kai"))
        && ui.waitForVisible(kai) && ui.click(kai)
        && ui.waitForVisible(QStringLiteral("interviewEpisode:0"))
        && ui.click(QStringLiteral("interviewEpisode:0"))
        && ui.click(QStringLiteral("interviewStatus:done"))
        && ui.setText(QStringLiteral("interviewOfferedDate.text"), QStringLiteral("20/04/2026"))
        && ui.call(QStringLiteral("interviewOfferedDate"), "commit")
        && ui.setText(QStringLiteral("interviewOfferedTime.text"), QStringLiteral("10:00"))
        && ui.call(QStringLiteral("interviewOfferedTime"), "commit")
        && ui.setText(QStringLiteral("interviewHeldDate.text"), QStringLiteral("20/04/2026"))
        && ui.call(QStringLiteral("interviewHeldDate"), "commit")
        && ui.setText(QStringLiteral("interviewHeldTime.text"), QStringLiteral("16:00"))
        && ui.call(QStringLiteral("interviewHeldTime"), "commit")
        && ui.setText(
            QStringLiteral("interviewByRoleArea"), QStringLiteral("Return home interview worker"))
        && ui.setText(
            QStringLiteral("interviewByAgencyArea"), QStringLiteral("Exampletown RHI service"))
        && ui.click(QStringLiteral("interviewIndependent:yes"))
        && ui.setText(QStringLiteral("interviewChildsWordsArea"),
            QStringLiteral("I owe them for the phone. They said they know where my mum lives."))
        && ui.click(QStringLiteral("missingAddIndicator:money-goods"))
        && ui.setText(QStringLiteral("missingIndicatorObserved:0Area"),
            QStringLiteral("Says he owes money for a phone he was given"))
        && ui.setText(QStringLiteral("missingIndicatorSource:0Area"),
            QStringLiteral("Kai, at the interview"));
}
} // namespace

bool prepareScreen(UiDriver &ui, SessionController &session, const QString &screen)
{
    if (screen.startsWith(u"chronology"))
        return prepareChronology(ui, session, screen);
    if (screen == u"missing")
        return prepareMissing(ui, session);
    if (screen == u"interview")
        return prepareInterview(ui, session);
    if (screen == u"firstrun")
        return ui.waitForVisible(QStringLiteral("firstRunPage"));
    if (screen == u"firstrun-problems") {
        return ui.waitForVisible(QStringLiteral("firstRunPage"))
            && ui.setText(QStringLiteral("firstRunPasscodeField"), QStringLiteral("12345678"))
            && ui.setText(QStringLiteral("firstRunConfirmField"), QStringLiteral("1234567"))
            && ui.click(QStringLiteral("firstRunSubmitButton"))
            && ui.waitForVisible(QStringLiteral("firstRunError"));
    }
    if (screen == u"home-caseload" || screen.startsWith(u"household") || screen == u"home-flagged"
        || screen == u"acknowledge-choice" || screen.startsWith(u"visit-") || screen == u"sign"
        || screen == u"signed" || screen == u"signed-bodymap" || screen == u"signed-photos")
        return UiVisitScenarios::prepare(ui, session, screen);
    if (!setUpVault(ui, session))
        return false;
    if (UiChildScenarios::handles(screen))
        return UiChildScenarios::prepare(ui, screen, DemoPasscode);
    // Every screen but the role ones follows a health visitor's day.
    const bool roleScreen = screen == u"home-role-question" || screen == u"home-school-nurse"
        || screen == u"home-social-worker" || screen == u"role-dialog" || screen == u"childvoice";
    if (!roleScreen && !ui.click(QStringLiteral("roleChoice-health-visitor")))
        return false;
    if (screen == u"home")
        return true;
    // The practitioner's role: the first-run question, the home screen as a school nurse and as a
    // social worker, and the Role dialog.
    if (screen == u"home-role-question")
        return ui.waitForVisible(QStringLiteral("roleQuestion"));
    if (screen == u"home-school-nurse")
        return ui.click(QStringLiteral("roleChoice-school-nurse"))
            && ui.waitForVisible(QStringLiteral("roleLogConcernButton"));
    if (screen == u"home-social-worker" || screen == u"role-dialog") {
        if (!ui.click(QStringLiteral("roleChoice-social-worker"))
            || !ui.waitForVisible(QStringLiteral("roleHomePrompt")))
            return false;
        return screen == u"home-social-worker"
            || (ui.click(QStringLiteral("roleButton"))
                && ui.waitForVisible(QStringLiteral("roleDialog")));
    }
    if (screen == u"concern")
        return prepareConcern(ui);
    if (screen == u"childvoice")
        return prepareChildVoice(ui);
    if (screen.startsWith(u"sync"))
        return prepareSyncScreen(ui, screen);
    if (screen == u"changepasscode") {
        return ui.call(QStringLiteral("homePage"), "openChangePasscode")
            && ui.waitForVisible(QStringLiteral("changePasscodeDialog"))
            && ui.setText(QStringLiteral("changeOldField"), DemoPasscode)
            && ui.setText(QStringLiteral("changeNewField"), QStringLiteral("tea"));
    }
    if (screen == u"pinsetup") {
        return ui.click(QStringLiteral("pinButton"))
            && ui.waitForVisible(QStringLiteral("pinSetupDialog"))
            && ui.setText(QStringLiteral("pinPasscodeField"), DemoPasscode)
            && ui.setText(QStringLiteral("pinNewField"), QStringLiteral("402817"));
    }
    if (screen == u"softlock") {
        // Two digits typed, so the pad's dots show how far the practitioner has got.
        session.setPin(DemoPasscode, QStringLiteral("402817"), QStringLiteral("402817"));
        if (!ui.waitFor([&] { return session.pinSet() && !session.busy(); }, SlowStepMs,
                QStringLiteral("the PIN to be set")))
            return false;
        session.softLock();
        return ui.waitForVisible(QStringLiteral("softLockPage"))
            && ui.click(QStringLiteral("pinKey4")) && ui.click(QStringLiteral("pinKey0"));
    }
    if (!lockVault(ui, session))
        return false;
    if (screen == u"unlock")
        return true;
    if (screen == u"unlock-forgotten") {
        return ui.click(QStringLiteral("forgottenButton"))
            && ui.waitForVisible(QStringLiteral("forgottenExplanation"));
    }
    if (screen == u"unlock-throttled") {
        // Wrong passcodes until the vault starts making the practitioner wait.
        for (int attempt = 0; attempt < 10 && session.retryAfterSeconds() == 0; ++attempt) {
            if (!tryPasscode(ui, session, QStringLiteral("not the passcode")))
                return false;
        }
        return ui.waitForVisible(QStringLiteral("unlockCountdown"));
    }
    return false;
}

bool saveScreenshot(UiDriver &ui, const QString &path)
{
    ui.settle();
    const QImage image = ui.window()->grabWindow();
    return !image.isNull() && image.save(path, "PNG");
}

namespace {
// Kibibytes of one /proc/self/status field (VmRSS: resident now, VmHWM: the peak).
qint64 statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(QStringLiteral("^%1:\\s+(\\d+) kB$").arg(QLatin1String(field)),
        QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

QObject *firstVisible(UiDriver &ui, const QString &prefix)
{
    const auto all = ui.allObjects();
    for (QObject *object : all) {
        if (object->objectName().startsWith(prefix) && object->property("visible").toBool())
            return object;
    }
    return nullptr;
}

bool yearCheck(UiDriver &ui, SessionController &session)
{
    if (!ui.waitForVisible(QStringLiteral("unlockPage"), SlowStepMs)
        || !ui.setText(QStringLiteral("unlockPasscodeField"), DemoPasscode))
        return false;
    QElapsedTimer clock;
    qint64 unlockedMs = -1;
    QObject guard;
    // stateChanged comes before unlocked(), which is when the Workspace reads the lists: the
    // time from here is what the home screen costs, without the key derivation.
    QObject::connect(&session, &SessionController::stateChanged, &guard, [&] {
        if (unlockedMs < 0 && session.state() == SessionController::Unlocked)
            unlockedMs = clock.elapsed();
    });
    clock.start();
    if (!ui.click(QStringLiteral("unlockSubmitButton")))
        return false;
    QObject *resume = nullptr;
    if (!ui.waitFor(
            [&] {
                QObject *home = ui.find(QStringLiteral("homePage"));
                resume = home && home->property("visible").toBool()
                    ? firstVisible(ui, QStringLiteral("resumeDraft:"))
                    : nullptr;
                return resume != nullptr;
            },
            SlowStepMs, QStringLiteral("the home screen with a draft to resume")))
        return false;
    const qint64 homeMs = clock.elapsed();
    // The key derivation's Argon2id memory is freed by now; give it back to the system so the
    // resident figure is what the home screen itself holds.
    malloc_trim(0);
    const qint64 homeRss = statusKib("VmRSS");
    // The caseload's pattern flags are judged off the UI thread once the home screen is up:
    // how long until every row has its flags, and what is resident once only the per-child
    // summaries are kept.
    QObject *list = ui.find(QStringLiteral("caseloadList"));
    QObject *caseload = list ? list->property("model").value<QObject *>() : nullptr;
    if (!caseload
        || !ui.waitFor([&] { return caseload->property("flagsJudged").toBool(); }, SlowStepMs,
            QStringLiteral("the caseload's flags")))
        return false;
    const qint64 flagsMs = clock.elapsed() - homeMs;
    const qint64 flagsPeak = statusKib("VmHWM");
    malloc_trim(0);
    const qint64 flagsRss = statusKib("VmRSS");
    const QString resumeName = resume->objectName();
    clock.restart();
    if (!ui.click(resumeName) || !ui.waitForVisible(QStringLiteral("visitPage"), SlowStepMs))
        return false;
    const qint64 draftMs = clock.elapsed();
    malloc_trim(0);
    std::printf("HEARTH-YEAR unlock_to_home_ms=%lld home_after_keys_ms=%lld home_rss_kib=%lld "
                "flags_ms=%lld flags_rss_kib=%lld flags_peak_kib=%lld "
                "draft_open_ms=%lld draft_rss_kib=%lld peak_kib=%lld\n",
        homeMs, homeMs - unlockedMs, homeRss, flagsMs, flagsRss, flagsPeak, draftMs,
        statusKib("VmRSS"), statusKib("VmHWM"));
    std::fflush(stdout);
    return true;
}
} // namespace

QStringList scriptNames()
{
    return { QStringLiteral("year-check") };
}

bool run(UiDriver &ui, SessionController &session, const QString &script)
{
    return script == u"year-check" && yearCheck(ui, session);
}

} // namespace hearth::UiScenarios
