// What the practitioner sees of sync, driven through the app's SyncStatus and EnrolmentWizard
// against the real hearth-server process (SQLite and PostgreSQL) and a real vault: enrolment
// with the fingerprint confirmed or refused, the status line, sync after signing, plain-words
// errors, revocation, that each property says when it changed (and only then), and that
// locking drops everything sync showed.
#include "enrolmentwizard.h"
#include "sessioncontroller.h"
#include "syncserver.h"
#include "syncstatus.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include "sync/enrolment.h"
#include "sync/syncengine.h"
#include "vault/kdfcost.h"
#include "vault/recordstore.h"
#include "vault/recoverykey.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
}

class TestSyncScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncStatus> m_sync;
    std::unique_ptr<EnrolmentWizard> m_enrol;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bool unlocked() { return m_session->state() == SessionController::Unlocked; }

    // One attempt, started however the caller starts it, waited for.
    bool attempt(const std::function<void()> &start)
    {
        QSignalSpy finished(m_sync->engine(), &SyncEngine::attemptFinished);
        start();
        return finished.wait(30000) || !finished.isEmpty();
    }

    void enrolThroughTheScreen()
    {
        QVERIFY(m_sync->available());
        QVERIFY(!m_sync->enrolled());
        m_enrol->begin(m_server->url().toString(), m_server->newCode());
        QCOMPARE(m_enrol->step(), EnrolmentWizard::Probing);
        QTRY_COMPARE_WITH_TIMEOUT(m_enrol->step(), EnrolmentWizard::Confirm, 20000);
        QVERIFY(attempt([this] { m_enrol->confirmFingerprint(); }));
        QVERIFY2(m_sync->enrolled(), qPrintable(m_enrol->errorText()));
    }

    // Signs `count` records as the Workspace's sign() does, and says so the way it does.
    void sign(int count)
    {
        RecordStore store(m_session->unlockedVault()->database());
        QVERIFY(store.open());
        QString last;
        for (int i = 0; i < count; ++i) {
            auto signedRecord = store.append(RecordKind::Visit, m_workspace->author(),
                { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") },
                JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                    { QStringLiteral("visitId"), QStringLiteral("v-%1").arg(i) },
                    { QStringLiteral("notes"), QStringLiteral("Fictional test visit.") } }));
            QVERIFY2(signedRecord, signedRecord ? "" : qPrintable(signedRecord.error().detail));
            last = signedRecord->envelope.id;
        }
        QVERIFY(attempt([&] { Q_EMIT m_workspace->visitSigned(last); }));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(true), QString());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(m_dir->path()),
            [] { return RecoveryKeyPair::generate().publicKey; },
            [] { return KdfCost::interactive(); });
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_sync = std::make_unique<SyncStatus>(*m_session, *m_workspace, *m_network);
        m_enrol = std::make_unique<EnrolmentWizard>(*m_sync, *m_session, *m_network);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_sync->history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m_sync->available());
        QCOMPARE(m_sync->statusText(), QString());
        m_session->setUp(Passcode, Passcode);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked() && m_workspace->ready(), 20000);
    }

    void cleanup()
    {
        m_tester.reset();
        m_enrol.reset();
        m_sync.reset();
        m_network.reset();
        m_workspace.reset();
        m_session.reset();
        m_dir.reset();
        m_server.reset();
    }

    void enrolConfirmedThenSignedVisitsAreSent()
    {
        QVERIFY(m_sync->statusText().contains(QStringLiteral("Not connected")));
        QCOMPARE(m_workspace->author(), Workspace::defaultAuthor());
        // Not yet enrolled: the screens name the signer in words, never the bare id.
        QCOMPARE(m_workspace->signerName(), QStringLiteral("the practitioner on this tablet"));
        enrolThroughTheScreen();
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                    .match(m_sync->fingerprint())
                    .hasMatch());
        QCOMPARE(m_sync->deviceId(), m_sync->engine()->enrolment()->deviceId);
        // Enrolment decides who signs and how soon an idle tablet locks (the server's default).
        QCOMPARE(m_workspace->author(), m_sync->engine()->enrolment()->practitionerId);
        // The record's author stays the id; the screens show the name the agency gave.
        QVERIFY(!m_sync->practitionerName().isEmpty());
        QCOMPARE(m_workspace->signerName(), m_sync->practitionerName());
        QCOMPARE(m_workspace->nameOf(Workspace::defaultAuthor()),
            QStringLiteral("the practitioner on this tablet"));
        QCOMPARE(
            m_workspace->nameOf(QStringLiteral("someone-else")), QStringLiteral("someone-else"));
        QCOMPARE(m_session->idleTimeoutSeconds(), 300);
        QVERIFY(m_sync->history()->rowCount() >= 1);

        sign(3);
        QCOMPARE(m_sync->waiting(), 0);
        QCOMPARE(m_server->exported(m_sync->deviceId()).size(), 3);
        QCOMPARE(m_sync->tone(), SyncTone::Ok);
        QVERIFY2(m_sync->statusText().startsWith(QStringLiteral("Everything signed has been sent")),
            qPrintable(m_sync->statusText()));
        QVERIFY(!m_sync->lastSuccess().isEmpty());
        QCOMPARE(m_sync->errorText(), QString());
        const QModelIndex newest = m_sync->history()->index(0);
        QCOMPARE(newest.data(SyncHistoryModel::CauseRole).toString(),
            QStringLiteral("after a visit was signed"));
        // No translator is loaded here, so plurals read "record(s)" (en_GB.ts has the forms).
        QVERIFY(newest.data(SyncHistoryModel::CountsRole)
                    .toString()
                    .startsWith(QStringLiteral("3 record(s) sent")));
    }

    void fingerprintThatDoesNotMatchEnrolsNothing()
    {
        const QString code = m_server->newCode();
        m_enrol->begin(m_server->url().toString(), code);
        QTRY_COMPARE_WITH_TIMEOUT(m_enrol->step(), EnrolmentWizard::Confirm, 20000);
        QVERIFY(!m_enrol->probedFingerprint().isEmpty());
        m_enrol->cancel();
        QCOMPARE(m_enrol->step(), EnrolmentWizard::Idle);
        QVERIFY(!m_sync->enrolled());
        // Nothing was sent: the code is still good.
        m_enrol->begin(m_server->url().toString(), code);
        QTRY_COMPARE_WITH_TIMEOUT(m_enrol->step(), EnrolmentWizard::Confirm, 20000);
        QVERIFY(attempt([this] { m_enrol->confirmFingerprint(); }));
        QVERIFY(m_sync->enrolled());
    }

    void badEnrolmentInputIsExplained_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no address") << QString() << QStringLiteral("ABCD") << "server address";
        QTest::newRow("no code") << QStringLiteral("sync.example.org") << QString()
                                 << "enrolment code";
        QTest::newRow("plain http to another host")
            << QStringLiteral("http://sync.example.org") << QStringLiteral("ABCD") << "https";
        QTest::newRow("broken QR text")
            << QStringLiteral("hearth-enrol:v1?server=nonsense") << QString() << "";
    }

    void badEnrolmentInputIsExplained()
    {
        QFETCH(QString, server);
        QFETCH(QString, code);
        QFETCH(QString, says);
        m_enrol->begin(server, code);
        QCOMPARE(m_enrol->step(), EnrolmentWizard::Idle);
        QVERIFY(!m_enrol->errorText().isEmpty());
        QVERIFY2(m_enrol->errorText().contains(says, Qt::CaseInsensitive),
            qPrintable(m_enrol->errorText()));
        QVERIFY(!m_sync->enrolled());
    }

    void unknownCodeIsRefusedInTheServersWords()
    {
        const QString code = m_server->newCode();
        m_enrol->begin(m_server->url().toString(), code + QStringLiteral("X"));
        QTRY_COMPARE_WITH_TIMEOUT(m_enrol->step(), EnrolmentWizard::Confirm, 20000);
        m_enrol->confirmFingerprint();
        QTRY_COMPARE_WITH_TIMEOUT(m_enrol->step(), EnrolmentWizard::Idle, 20000);
        QVERIFY(!m_sync->enrolled());
        QVERIFY2(m_enrol->errorText().contains(QStringLiteral("code"), Qt::CaseInsensitive),
            qPrintable(m_enrol->errorText()));
    }

    void unreachableServerIsSaidPlainly()
    {
        enrolThroughTheScreen();
        m_server->stop();
        sign(2);
        QCOMPARE(m_sync->waiting(), 2);
        QCOMPARE(m_sync->tone(), SyncTone::Attention);
        QVERIFY2(m_sync->errorText().contains(QStringLiteral("could not reach your agency")),
            qPrintable(m_sync->errorText()));
        QVERIFY(m_sync->statusText().startsWith(QStringLiteral("2 signed record(s) waiting")));
        QVERIFY(!m_sync->errorDetail().isEmpty());
    }

    void revokedTabletIsToldAndKeepsItsRecords()
    {
        enrolThroughTheScreen();
        QCOMPARE(m_server->admin({ QStringLiteral("revoke"), m_sync->deviceId() }).exitCode, 0);
        sign(1);
        QVERIFY(m_sync->revoked());
        QCOMPARE(m_sync->tone(), SyncTone::Error);
        QVERIFY(m_sync->errorText().contains(QStringLiteral("disconnected this tablet")));
        QCOMPARE(m_sync->waiting(), 1);
    }

    void lockDropsWhatSyncShowed()
    {
        enrolThroughTheScreen();
        m_sync->openScreen();
        QVERIFY(m_sync->screenOpen());
        QVERIFY(m_sync->history()->rowCount() > 0);
        m_session->lock();
        QTRY_VERIFY(!unlocked());
        QVERIFY(!m_sync->available());
        QVERIFY(!m_sync->screenOpen());
        QCOMPARE(m_sync->history()->rowCount(), 0);
        QCOMPARE(m_sync->statusText(), QString());
        QCOMPARE(m_sync->deviceId(), QString());
        m_session->unlock(Passcode);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked() && m_sync->available(), 20000);
        QVERIFY(m_sync->enrolled());
    }

    // The line at the foot of every screen is redrawn only for what really changed: sending
    // into a stopped server changes the count, the tone and the words, never the enrolment,
    // and a refresh that finds nothing new says nothing.
    void eachPropertySaysWhenItChangedAndOnlyThen()
    {
        enrolThroughTheScreen();
        QSignalSpy enrolment(m_sync.get(), &SyncStatus::enrolmentChanged);
        QSignalSpy waiting(m_sync.get(), &SyncStatus::waitingChanged);
        QSignalSpy tone(m_sync.get(), &SyncStatus::toneChanged);
        QSignalSpy text(m_sync.get(), &SyncStatus::statusTextChanged);
        QSignalSpy error(m_sync.get(), &SyncStatus::errorTextChanged);
        QSignalSpy screen(m_sync.get(), &SyncStatus::screenOpenChanged);
        m_server->stop();
        sign(2);
        QCOMPARE(m_sync->tone(), SyncTone::Attention);
        QVERIFY(waiting.count() >= 1);
        QVERIFY(tone.count() >= 1);
        QVERIFY(text.count() >= 1);
        QVERIFY(error.count() >= 1);
        QCOMPARE(enrolment.count(), 0);
        QCOMPARE(screen.count(), 0);

        for (QSignalSpy *spy : { &enrolment, &waiting, &tone, &text, &error })
            spy->clear();
        Q_EMIT m_sync->engine()->statusChanged(); // nothing new behind it
        for (QSignalSpy *spy : { &enrolment, &waiting, &tone, &text, &error })
            QCOMPARE(spy->count(), 0);
    }

    // A wizard left on the fingerprint when the tablet locks starts again from the form: the
    // probe it held belonged to the closed vault.
    void lockResetsTheEnrolmentWizard()
    {
        QSignalSpy step(m_enrol.get(), &EnrolmentWizard::stepChanged);
        m_enrol->begin(m_server->url().toString(), m_server->newCode());
        QTRY_COMPARE_WITH_TIMEOUT(m_enrol->step(), EnrolmentWizard::Confirm, 20000);
        QCOMPARE(step.count(), 2); // probing, confirm
        QVERIFY(!m_enrol->probedFingerprint().isEmpty());
        m_session->lock();
        QTRY_VERIFY(!unlocked());
        QCOMPARE(m_enrol->step(), EnrolmentWizard::Idle);
        QCOMPARE(m_enrol->probedFingerprint(), QString());
        m_enrol->begin(m_server->url().toString(), m_server->newCode());
        QCOMPARE(m_enrol->step(), EnrolmentWizard::Idle); // nothing to enrol while locked
        QVERIFY(!m_sync->enrolled());
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncScreens)
#include "tst_synccontroller.moc"
