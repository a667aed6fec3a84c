// Quick re-entry against a real vault: the idle timeout soft-locks only with a PIN set, the
// PIN brings the session back, and three wrong PINs, the 30-minute limit or the app going
// to the background lock fully with the keys zeroed. Both countdowns are expired by hand.

#include "manualcountdown.h"
#include "pinlock.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "vault/database.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hearth::PinLock;
using hearth::SessionController;
using hearth::test::ManualCountdown;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
const QString Pin = QStringLiteral("402817");
const QString OtherPin = QStringLiteral("935062");
constexpr int SlowMs = 20000;
} // namespace

class TestSoftLock : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ManualCountdown *idle = nullptr;
        ManualCountdown *softLimit = nullptr;
        hearth::Vault *vault = nullptr;
        std::unique_ptr<SessionController> session;
    };

    // A set-up session with `pin` chosen (none when empty).
    static std::unique_ptr<Fixture> open(const QString &pin)
    {
        auto f = std::make_unique<Fixture>();
        auto idle = std::make_unique<ManualCountdown>();
        auto softLimit = std::make_unique<ManualCountdown>();
        f->idle = idle.get();
        f->softLimit = softLimit.get();
        const QString path = f->dir.path();
        auto vault = std::make_unique<hearth::Vault>(path);
        f->vault = vault.get();
        f->session = std::make_unique<SessionController>(
            std::move(vault), [path] { return hearth::RecoverySetup::resolve({}, path); },
            [] { return hearth::KdfCost::interactive(); }, std::move(idle), std::move(softLimit));
        f->session->setUp(Passcode, Passcode);
        if (!QTest::qWaitFor(
                [&] { return f->session->state() == SessionController::Unlocked; }, SlowMs))
            return nullptr;
        if (!pin.isEmpty() && !setPin(*f->session, Passcode, pin))
            return nullptr;
        return f;
    }

    static bool setPin(SessionController &session, const QString &passcode, const QString &pin)
    {
        QSignalSpy changed(&session, &SessionController::pinChanged);
        session.setPin(passcode, pin, pin);
        return QTest::qWaitFor([&] { return !session.busy(); }, SlowMs) && changed.count() == 1;
    }

    static bool keysZeroed(const Fixture &f)
    {
        return f.session->state() == SessionController::Locked && !f.session->unlockedVault()
            && !f.vault->isUnlocked() && f.vault->keyMaterialIsZero();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void weakPinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        for (const char *pin : { "000000", "999999", "123456", "654321", "012345", "987654",
                 "121212", "123123", "112233", "12345", "1234567", "12a456", "", "４０２８１７" })
            QTest::newRow(pin) << QString::fromUtf8(pin);
    }

    void weakPinsAreRefused()
    {
        QFETCH(QString, pin);
        QVERIFY(!PinLock::problem(pin).isEmpty());
        auto f = open({});
        QVERIFY(f);
        QSignalSpy changed(f->session.get(), &SessionController::pinChanged);
        f->session->setPin(Passcode, pin, pin);
        QVERIFY(!f->session->busy()); // refused before the passcode is even checked
        QVERIFY(!f->session->errorText().isEmpty());
        QVERIFY(!f->session->pinSet());
        QCOMPARE(changed.count(), 0);
    }

    void choosingAPinNeedsThePasscodeAndMatchingEntries()
    {
        QVERIFY(PinLock::problem(Pin).isEmpty());
        auto f = open({});
        QVERIFY(f);
        QVERIFY(!setPin(*f->session, QStringLiteral("not my passcode"), Pin));
        QVERIFY(!f->session->pinSet());
        QVERIFY(!f->session->errorText().isEmpty());

        f->session->setPin(Passcode, Pin, OtherPin);
        QVERIFY(!f->session->pinSet());
        QVERIFY(f->session->errorText().contains(QStringLiteral("not the same")));

        QVERIFY(setPin(*f->session, Passcode, Pin));
        QVERIFY(f->session->pinSet());
        QVERIFY(f->session->errorText().isEmpty());
    }

    void thePinIsStoredOnlyAsAnArgon2idHash()
    {
        auto f = open(Pin);
        QVERIFY(f);
        auto select = f->session->unlockedVault()->database().prepare(
            QStringLiteral("SELECT value FROM setting WHERE key = 'softlock.pin'"));
        QVERIFY(select);
        auto row = select->step();
        QVERIFY(row && row.value());
        const QString stored = select->text(0);
        QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
        QVERIFY(!stored.contains(Pin));
    }

    void noPinMeansTheIdleTimeoutLocksFully()
    {
        auto f = open({});
        QVERIFY(f);
        f->idle->expire();
        QVERIFY(keysZeroed(*f));
        QVERIFY(!f->softLimit->running);
    }

    void idleSoftLocksAndTheRightPinComesBack()
    {
        auto f = open(Pin);
        QVERIFY(f);
        QSignalSpy locked(f->session.get(), &SessionController::locked);
        QSignalSpy unlocked(f->session.get(), &SessionController::unlocked);
        f->idle->expire();
        QCOMPARE(f->session->state(), SessionController::SoftLocked);
        QVERIFY(f->session->unlockedVault()); // the vault stays open: sync carries on
        QVERIFY(f->softLimit->running);
        QCOMPARE(f->softLimit->lastTimeout, std::chrono::milliseconds(std::chrono::minutes(30)));
        f->session->noteActivity(); // a touch on the PIN pad does not end the soft lock
        QCOMPARE(f->session->state(), SessionController::SoftLocked);

        f->session->unlockWithPin(Pin);
        QCOMPARE(f->session->state(), SessionController::Unlocked);
        QVERIFY(!f->softLimit->running);
        QVERIFY(f->idle->running);
        // The workspace was never closed, so nothing is reopened either.
        QCOMPARE(locked.count(), 0);
        QCOMPARE(unlocked.count(), 0);
    }

    void threeWrongPinsLockFullyAndThePinNoLongerOpens()
    {
        auto f = open(Pin);
        QVERIFY(f);
        f->idle->expire();
        f->session->unlockWithPin(OtherPin);
        f->session->unlockWithPin(QStringLiteral("11"));
        QCOMPARE(f->session->state(), SessionController::SoftLocked);
        QCOMPARE(f->session->pinTriesLeft(), 1);
        QVERIFY(f->session->errorText().contains(u'1'));
        f->session->unlockWithPin(QStringLiteral("777777"));
        QVERIFY(keysZeroed(*f));
        QVERIFY(!f->softLimit->running);

        f->session->unlockWithPin(Pin);
        QVERIFY(keysZeroed(*f));
    }

    void aRightPinStartsTheTriesAgain()
    {
        auto f = open(Pin);
        QVERIFY(f);
        f->idle->expire();
        f->session->unlockWithPin(OtherPin);
        f->session->unlockWithPin(OtherPin);
        f->session->unlockWithPin(Pin);
        QCOMPARE(f->session->pinTriesLeft(), PinLock::MaxTries);
        f->idle->expire();
        f->session->unlockWithPin(OtherPin);
        f->session->unlockWithPin(OtherPin);
        QCOMPARE(f->session->state(), SessionController::SoftLocked);
    }

    void thirtyMinutesSoftLockedLockFully()
    {
        auto f = open(Pin);
        QVERIFY(f);
        f->idle->expire();
        f->softLimit->expire();
        QVERIFY(keysZeroed(*f));
        f->session->unlockWithPin(Pin);
        QVERIFY(keysZeroed(*f));
    }

    // main.cpp connects AppLifecycle::sentToBackground to lock().
    void goingToTheBackgroundLocksFully()
    {
        auto f = open(Pin);
        QVERIFY(f);
        f->idle->expire();
        f->session->lock();
        QVERIFY(keysZeroed(*f));
        QVERIFY(!f->softLimit->running);
        QVERIFY(!f->session->pinSet()); // the hash has left memory with the keys
        f->session->unlockWithPin(Pin);
        QVERIFY(keysZeroed(*f));

        // The passcode opens the vault, and the PIN chosen before is still there.
        f->session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor(
            [&] { return f->session->state() == SessionController::Unlocked; }, SlowMs));
        QVERIFY(f->session->pinSet());
        f->idle->expire();
        QCOMPARE(f->session->state(), SessionController::SoftLocked);
    }

    void signingStillNeedsThePasscode()
    {
        auto f = open(Pin);
        QVERIFY(f);
        f->idle->expire();
        bool called = false;
        QVERIFY(!f->session->confirmPasscode(Passcode, [&](const QString &) { called = true; }));
        f->session->unlockWithPin(Pin);

        QString answer;
        QVERIFY(f->session->confirmPasscode(Pin, [&](const QString &problem) {
            called = true;
            answer = problem;
        }));
        QVERIFY(QTest::qWaitFor([&] { return called; }, SlowMs));
        QVERIFY(!answer.isEmpty());
    }

    void turningThePinOffMakesTheIdleLockFull()
    {
        auto f = open(Pin);
        QVERIFY(f);
        QSignalSpy setChanged(f->session.get(), &SessionController::pinSetChanged);
        f->session->removePin();
        QVERIFY(!f->session->pinSet());
        QCOMPARE(setChanged.count(), 1);
        f->idle->expire();
        QVERIFY(keysZeroed(*f));
        f->session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor(
            [&] { return f->session->state() == SessionController::Unlocked; }, SlowMs));
        QVERIFY(!f->session->pinSet());
    }

    void aDamagedStoredPinCountsAsNone()
    {
        auto f = open(Pin);
        QVERIFY(f);
        auto damage = f->session->unlockedVault()->database().prepare(
            QStringLiteral("UPDATE setting SET value = 'not a hash' WHERE key = 'softlock.pin'"));
        QVERIFY(damage);
        QVERIFY(damage->run());
        f->session->lock();
        f->session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor(
            [&] { return f->session->state() == SessionController::Unlocked; }, SlowMs));
        QVERIFY(!f->session->pinSet());
        f->idle->expire();
        QVERIFY(keysZeroed(*f));
    }

    void changingThePinReplacesTheOldOne()
    {
        auto f = open(Pin);
        QVERIFY(f);
        QVERIFY(setPin(*f->session, Passcode, OtherPin));
        f->idle->expire();
        f->session->unlockWithPin(Pin);
        QCOMPARE(f->session->state(), SessionController::SoftLocked);
        f->session->unlockWithPin(OtherPin);
        QCOMPARE(f->session->state(), SessionController::Unlocked);
    }
};

QTEST_GUILESS_MAIN(TestSoftLock)

#include "tst_softlock.moc"
