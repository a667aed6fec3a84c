// SessionController against a real vault in a temporary folder: set-up, lock, unlock,
// throttling, passcode changes, the idle timeout, and the passcode checklist model.

#include "manualcountdown.h"
#include "passcodechecklist.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "vault/passcodepolicy.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using hearth::SessionController;
using hearth::test::ManualCountdown;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
const QString NewPasscode = QStringLiteral("blue door, red kite");
constexpr int SlowMs = 20000;
} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionController> makeSession(
        const QString &directory, std::unique_ptr<hearth::IdleCountdown> idle = nullptr)
    {
        return std::make_unique<SessionController>(
            std::make_unique<hearth::Vault>(directory),
            [directory] { return hearth::RecoverySetup::resolve({}, directory); },
            [] { return hearth::KdfCost::interactive(); }, std::move(idle));
    }

    bool setUp(SessionController &session)
    {
        session.setUp(Passcode, Passcode);
        return QTest::qWaitFor(
            [&] { return session.state() == SessionController::Unlocked; }, SlowMs);
    }

    void waitIdle(SessionController &session)
    {
        QVERIFY(QTest::qWaitFor([&] { return !session.busy(); }, SlowMs));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstRunNeedsSetup()
    {
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QCOMPARE(session->state(), SessionController::NeedsSetup);
        QCOMPARE(session->passcodeRules(), hearth::PasscodePolicy::rules());
        QVERIFY(!session->busy());
    }

    void setUpRefusesMismatchAndWeakPasscodes_data()
    {
        QTest::addColumn<QString>("passcode");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mismatch") << Passcode << QStringLiteral("kettle on the hog")
                                  << QStringLiteral("not the same");
        QTest::newRow("too short") << QStringLiteral("kettle") << QStringLiteral("kettle")
                                   << QStringLiteral("at least 8 characters");
        QTest::newRow("repeated") << QStringLiteral("zzzzzzzzzz") << QStringLiteral("zzzzzzzzzz")
                                  << QStringLiteral("one character repeated");
        QTest::newRow("common") << QStringLiteral("Password1") << QStringLiteral("Password1")
                                << QStringLiteral("most commonly used");
    }

    void setUpRefusesMismatchAndWeakPasscodes()
    {
        QFETCH(QString, passcode);
        QFETCH(QString, confirmation);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QSignalSpy busy(session.get(), &SessionController::busyChanged);
        session->setUp(passcode, confirmation);
        QVERIFY2(session->errorText().contains(expected), qPrintable(session->errorText()));
        QCOMPARE(busy.count(), 0); // refused before any vault work started
        QCOMPARE(session->state(), SessionController::NeedsSetup);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(hearth::Vault::keyFileName())));
    }

    void setUpUnlocksAndWritesTheDemoRecoveryKey()
    {
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QSignalSpy unlocked(session.get(), &SessionController::unlocked);
        session->setUp(Passcode, Passcode);
        QVERIFY(session->busy());
        QVERIFY(setUp(*session));
        QCOMPARE(unlocked.count(), 1);
        QVERIFY(session->errorText().isEmpty());
        QVERIFY(QFile::exists(hearth::RecoverySetup::demoPublicKeyPath(dir.path())));
        QVERIFY(QFile::exists(hearth::RecoverySetup::demoSecretKeyPath(dir.path())));
        // The vault really is sealed to the demo key written beside it: its secret half
        // opens the vault.
        session->lock();
        const auto pair
            = hearth::readRecoverySecretKey(hearth::RecoverySetup::demoSecretKeyPath(dir.path()));
        QVERIFY(pair.hasValue());
        hearth::Vault vault(dir.path());
        QVERIFY(vault.unlockWithRecoveryKey(pair.value()).hasValue());
    }

    void lockUnlockAndWrongPasscode()
    {
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QVERIFY(setUp(*session));
        QSignalSpy locked(session.get(), &SessionController::locked);
        session->lock();
        QCOMPARE(session->state(), SessionController::Locked);
        QCOMPARE(locked.count(), 1);

        session->unlock(QStringLiteral("not the passcode"));
        waitIdle(*session);
        QCOMPARE(session->state(), SessionController::Locked);
        QVERIFY(!session->errorText().isEmpty());

        session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor(
            [&] { return session->state() == SessionController::Unlocked; }, SlowMs));
        QVERIFY(session->errorText().isEmpty());
    }

    void laterRunStartsLocked()
    {
        QTemporaryDir dir;
        {
            auto first = makeSession(dir.path());
            QVERIFY(setUp(*first));
        }
        auto second = makeSession(dir.path());
        QCOMPARE(second->state(), SessionController::Locked);
    }

    void repeatedWrongPasscodesCountDown()
    {
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QVERIFY(setUp(*session));
        session->lock();
        for (int attempt = 1; attempt <= 2; ++attempt) {
            session->unlock(QStringLiteral("wrong %1").arg(attempt));
            waitIdle(*session);
            QCOMPARE(session->retryAfterSeconds(), 0);
        }
        QSignalSpy ticks(session.get(), &SessionController::retryAfterSecondsChanged);
        session->unlock(QStringLiteral("wrong 3"));
        waitIdle(*session);
        const int wait = session->retryAfterSeconds();
        QVERIFY2(wait > 0 && wait <= 30, qPrintable(QString::number(wait)));

        // Refused without touching the vault while the wait runs.
        session->unlock(Passcode);
        QVERIFY(!session->busy());
        QCOMPARE(session->state(), SessionController::Locked);

        // The countdown goes down by itself (a one-second tick; the bound is generous so a
        // loaded machine cannot fail it).
        QVERIFY(QTest::qWaitFor([&] { return session->retryAfterSeconds() < wait; }, SlowMs));

        // A restart keeps the wait.
        session.reset();
        auto restarted = makeSession(dir.path());
        QVERIFY(restarted->retryAfterSeconds() > 0);
        QVERIFY(ticks.count() >= 1);
    }

    void idleTimeoutLocks()
    {
        QTemporaryDir dir;
        auto owned = std::make_unique<ManualCountdown>();
        ManualCountdown &idle = *owned;
        auto session = makeSession(dir.path(), std::move(owned));
        QCOMPARE(session->idleTimeoutSeconds(), 120);
        QVERIFY(!idle.running); // nothing to lock before set-up
        QVERIFY(setUp(*session));
        QVERIFY(idle.running);
        QCOMPARE(idle.lastTimeout, std::chrono::milliseconds(std::chrono::minutes(2)));

        // The agency's timeout (enrolment) applies to the countdown already running.
        session->setIdleTimeout(std::chrono::seconds(30));
        QCOMPARE(session->idleTimeoutSeconds(), 30);
        QCOMPARE(idle.lastTimeout, std::chrono::milliseconds(30000));
        QSignalSpy locked(session.get(), &SessionController::locked);

        // Each touch starts the countdown again, so it never runs out while someone works...
        const int before = idle.starts;
        for (int i = 0; i < 6; ++i)
            session->noteActivity();
        QCOMPARE(idle.starts, before + 6);
        QVERIFY(idle.running);
        QCOMPARE(session->state(), SessionController::Unlocked);
        QCOMPARE(locked.count(), 0);

        // ...and when it runs out the vault locks, and the countdown stops.
        idle.expire();
        QCOMPARE(locked.count(), 1);
        QCOMPARE(session->state(), SessionController::Locked);
        QVERIFY(!idle.running);

        // Touches on the lock screen do not start it.
        session->noteActivity();
        QVERIFY(!idle.running);
    }

    // The real countdown behind the app: a single-shot timer that says when it ran out.
    void timerCountdownExpiresOnce()
    {
        hearth::TimerCountdown countdown;
        QSignalSpy expired(&countdown, &hearth::IdleCountdown::expired);
        countdown.start(std::chrono::milliseconds(1));
        QVERIFY(countdown.isActive());
        QVERIFY(expired.wait(SlowMs));
        QVERIFY(!countdown.isActive());
        countdown.start(std::chrono::hours(1));
        countdown.stop();
        QVERIFY(!countdown.isActive());
        QCOMPARE(expired.count(), 1);
    }

    void lockWhileBusyWaitsForTheWorker()
    {
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QVERIFY(setUp(*session));
        session->lock();
        session->unlock(Passcode);
        QVERIFY(session->busy());
        session->lock(); // e.g. sent to the background during the unlock
        waitIdle(*session);
        QCOMPARE(session->state(), SessionController::Locked);
    }

    void changePasscode()
    {
        QTemporaryDir dir;
        auto session = makeSession(dir.path());
        QVERIFY(setUp(*session));

        session->changePasscode(Passcode, NewPasscode, QStringLiteral("different"));
        QVERIFY(session->errorText().contains(QStringLiteral("not the same")));
        QVERIFY(!session->busy());

        session->changePasscode(QStringLiteral("not the passcode"), NewPasscode, NewPasscode);
        waitIdle(*session);
        QVERIFY(!session->errorText().isEmpty());

        QSignalSpy changed(session.get(), &SessionController::passcodeChanged);
        session->changePasscode(Passcode, NewPasscode, NewPasscode);
        QVERIFY(changed.wait(SlowMs));
        QVERIFY(session->errorText().isEmpty());
        QCOMPARE(session->state(), SessionController::Unlocked);

        session->lock();
        session->unlock(NewPasscode);
        QVERIFY(QTest::qWaitFor(
            [&] { return session->state() == SessionController::Unlocked; }, SlowMs));
    }

    void checklistAgreesWithPolicy_data()
    {
        QTest::addColumn<QString>("passcode");
        for (const char *passcode :
            { "", "a", "aaaaaaaa", "12345678", "PASSWORD", "kettle", "kettle on the hob",
                "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", "ab", "abcdefgh", "abcdefgi" })
            QTest::addRow("\"%s\"", passcode) << QString::fromUtf8(passcode);
    }

    void checklistAgreesWithPolicy()
    {
        QFETCH(QString, passcode);
        hearth::PasscodeChecklist checklist;
        QAbstractItemModelTester tester(
            &checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(checklist.rowCount(), hearth::PasscodePolicy::rules().size());
        checklist.evaluate(passcode);
        QCOMPARE(checklist.allMet(), hearth::PasscodePolicy::problems(passcode).isEmpty());
        for (int row = 0; row < checklist.rowCount(); ++row) {
            const QModelIndex index = checklist.index(row);
            QCOMPARE(index.data(hearth::PasscodeChecklist::TextRole).toString(),
                hearth::PasscodePolicy::rules().at(row));
        }
    }

    void checklistReportsChanges()
    {
        hearth::PasscodeChecklist checklist;
        QSignalSpy rows(&checklist, &QAbstractItemModel::dataChanged);
        QSignalSpy allMet(&checklist, &hearth::PasscodeChecklist::allMetChanged);
        QVERIFY(!checklist.allMet());
        checklist.evaluate(Passcode);
        QVERIFY(checklist.allMet());
        QCOMPARE(rows.count(), 3);
        QCOMPARE(allMet.count(), 1);
        checklist.evaluate(Passcode);
        QCOMPARE(rows.count(), 3); // nothing changed, nothing reported
    }

    void agencyRecoveryKeyIsUsedWhenGiven()
    {
        QTemporaryDir dir;
        const auto pair = hearth::RecoveryKeyPair::generate();
        const QString keyFile = dir.filePath(QStringLiteral("agency.public"));
        QVERIFY(hearth::writeRecoveryPublicKey(keyFile, pair.publicKey).hasValue());
        const auto resolved = hearth::RecoverySetup::resolve(keyFile, dir.path());
        QVERIFY(resolved.hasValue());
        QVERIFY(resolved.value() == pair.publicKey);
        QVERIFY(!QFile::exists(hearth::RecoverySetup::demoDirectory(dir.path())));

        const auto missing
            = hearth::RecoverySetup::resolve(dir.filePath(QStringLiteral("nope")), dir.path());
        QVERIFY(!missing.hasValue());
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
