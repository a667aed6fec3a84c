#include "uiscenarios.h"

#include "sessioncontroller.h"
#include "uidriver.h"
#include "uivisitscenarios.h"

#include <QImage>
#include <QQuickWindow>

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
} // namespace

bool prepareScreen(UiDriver &ui, SessionController &session, const QString &screen)
{
    if (screen == u"firstrun")
        return ui.waitForVisible(QStringLiteral("firstRunPage"));
    if (screen == u"firstrun-problems") {
        return ui.waitForVisible(QStringLiteral("firstRunPage"))
            && ui.setText(QStringLiteral("firstRunPasscodeField"), QStringLiteral("12345678"))
            && ui.setText(QStringLiteral("firstRunConfirmField"), QStringLiteral("1234567"))
            && ui.click(QStringLiteral("firstRunSubmitButton"))
            && ui.waitForVisible(QStringLiteral("firstRunError"));
    }
    if (screen == u"home-caseload" || screen.startsWith(u"visit-") || screen == u"sign"
        || screen == u"signed")
        return UiVisitScenarios::prepare(ui, session, screen);
    if (!setUpVault(ui, session))
        return false;
    if (screen == u"home")
        return true;
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

} // namespace hearth::UiScenarios
