// Sync end to end: real vaults, the real hearth-server process (SQLite and PostgreSQL), real
// HTTP and TLS. Every fault test ends in the same check: nothing lost, nothing duplicated, and
// the tablet and the server agree on what the server holds.
#include "model/caseloadrepository.h"
#include "model/draftstore.h"
#include "syncserver.h"
#include "tablet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace hearth;
using Outcome = SyncAttempt::Outcome;

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;

    Tablet *enrolledTablet(std::vector<std::unique_ptr<Tablet>> &keep)
    {
        auto tablet = std::make_unique<Tablet>();
        if (!tablet->create().isEmpty())
            return nullptr;
        if (const QString error = tablet->enrol(m_server->url(), m_server->newCode());
            !error.isEmpty()) {
            qWarning() << error;
            return nullptr;
        }
        keep.push_back(std::move(tablet));
        return keep.back().get();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(), QString());
    }
    void cleanup() { m_server.reset(); }

    void thousandRecordsFromThreeTabletsArriveOnce()
    {
        std::vector<std::unique_ptr<Tablet>> tablets;
        for (int i = 0; i < 3; ++i) {
            Tablet *tablet = enrolledTablet(tablets);
            QVERIFY(tablet);
            QVERIFY(tablet->sign(i == 0 ? 334 : 333));
            tablet->engine().setBatchSize(100);
        }
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (auto &tablet : tablets) {
            spies.push_back(
                std::make_unique<QSignalSpy>(&tablet->engine(), &SyncEngine::attemptFinished));
            tablet->engine().start(SyncTrigger::Manual); // all three at once
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(
                    spies.begin(), spies.end(), [](const auto &spy) { return !spy->isEmpty(); });
            },
            120000));
        qint64 total = 0;
        for (qsizetype i = 0; i < 3; ++i) {
            const auto attempt = spies[size_t(i)]->first().first().value<SyncAttempt>();
            QCOMPARE(attempt.outcome, Outcome::Success);
            QCOMPARE(attempt.message, QString());
            QCOMPARE(attempt.sent, i == 0 ? 334 : 333);
            QCOMPARE(attempt.acknowledged, attempt.sent);
            checkAgree(*tablets[size_t(i)], *m_server);
            total += tablets[size_t(i)]->head();
            QCOMPARE(tablets[size_t(i)]->engine().waitingCount(), 0);
            QVERIFY(tablets[size_t(i)]->engine().lastSuccessUtc().has_value());
        }
        QCOMPARE(total, 1000);
        // A second sync has nothing to send and changes nothing.
        const SyncAttempt again = tablets[0]->sync();
        QCOMPARE(again.outcome, Outcome::Success);
        QCOMPARE(again.sent, 0);
        checkAgree(*tablets[0], *m_server);
    }

    void serverKilledMidBatchAndRestarted()
    {
        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        QVERIFY(tablet->sign(1000));
        tablet->engine().setBatchSize(100);
        QSignalSpy finished(&tablet->engine(), &SyncEngine::attemptFinished);
        // Killed as soon as the first receipt lands: the next batch is on its way.
        QMetaObject::Connection killer;
        killer = connect(&tablet->engine(), &SyncEngine::statusChanged, this, [&] {
            if (tablet->engine().waitingCount() < 1000) {
                disconnect(killer);
                m_server->kill();
            }
        });
        tablet->engine().start(SyncTrigger::Manual);
        QVERIFY(finished.wait(60000));
        const auto cut = finished.first().first().value<SyncAttempt>();
        QCOMPARE(cut.outcome, Outcome::Offline);
        QVERIFY(!cut.message.isEmpty());
        QVERIFY(tablet->waiting() > 0);
        QCOMPARE(tablet->head(), 1000);

        QCOMPARE(m_server->start(), QString());
        const SyncAttempt resumed = tablet->sync();
        QCOMPARE(resumed.outcome, Outcome::Success);
        checkAgree(*tablet, *m_server);
    }

    // The tablet reports with each batch how many signed records it still holds unaccepted;
    // after a whole sync the agency sees none waiting, and when it was reported.
    void tabletReportsRecordsWaiting()
    {
        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        QVERIFY(tablet->sign(5));
        tablet->engine().setBatchSize(2);
        QVERIFY(m_server->device(tablet->deviceId()).value(QStringLiteral("waiting")).isNull());
        QCOMPARE(tablet->sync().outcome, Outcome::Success);
        const QJsonObject device = m_server->device(tablet->deviceId());
        QCOMPARE(device.value(QStringLiteral("waiting")).toInteger(-1), 0);
        QVERIFY(!device.value(QStringLiteral("waitingReported")).toString().isEmpty());
        checkAgree(*tablet, *m_server);
    }

    void vaultLockedMidSyncLosesNothing()
    {
        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        QVERIFY(tablet->sign(600));
        tablet->engine().setBatchSize(50);
        bool locked = false;
        connect(&tablet->engine(), &SyncEngine::statusChanged, this, [&] {
            if (!locked && tablet->engine().waitingCount() < 600) {
                locked = true;
                // As the app does on lock: the engine goes first (from the event loop, not
                // inside its own signal), then the vault.
                QTimer::singleShot(0, this, [&] { tablet->lock(); });
            }
        });
        tablet->engine().start(SyncTrigger::Manual);
        QVERIFY(QTest::qWaitFor([&] { return !tablet->vault().isUnlocked(); }, 60000));
        QTest::qWait(200); // anything still in flight has nowhere to go
        QVERIFY(tablet->unlock());
        QVERIFY(tablet->waiting() > 0);
        const auto history = tablet->engine().history();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().outcome, Outcome::Cancelled);
        const SyncAttempt resumed = tablet->sync();
        QCOMPARE(resumed.outcome, Outcome::Success);
        checkAgree(*tablet, *m_server);
    }

    void batchDeliveredTwice()
    {
        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        QVERIFY(tablet->sign(40));
        // A copy of the vault from before the sync: restoring it makes the tablet forget the
        // receipts, so it sends the same batch again.
        tablet->lock();
        QTemporaryDir copy;
        for (const QString &name : { Vault::databaseFileName(), Vault::keyFileName() })
            QVERIFY(QFile::copy(tablet->dir() + u'/' + name, copy.filePath(name)));
        QVERIFY(tablet->unlock());
        QCOMPARE(tablet->sync().outcome, Outcome::Success);
        checkAgree(*tablet, *m_server);
        tablet->lock();
        for (const QString &name : { Vault::databaseFileName(), Vault::keyFileName() }) {
            QVERIFY(QFile::remove(tablet->dir() + u'/' + name));
            QVERIFY(QFile::copy(copy.filePath(name), tablet->dir() + u'/' + name));
        }
        QVERIFY(tablet->unlock());
        QCOMPARE(tablet->waiting(), 40);
        const SyncAttempt again = tablet->sync();
        QCOMPARE(again.outcome, Outcome::Success);
        QCOMPARE(again.sent, 40);
        QCOMPARE(again.acknowledged, 40);
        checkAgree(*tablet, *m_server);
        QCOMPARE(
            m_server->device(tablet->deviceId()).value(QStringLiteral("records")).toInteger(), 40);
    }

    void deviceClockWrongByADay()
    {
        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        QVERIFY(tablet->sign(5));
        tablet->clock.offsetSeconds = 24 * 3600;
        QVERIFY(tablet->sign(5));
        const QList<QByteArray> before = tablet->envelopes();
        const SyncAttempt attempt = tablet->sync();
        QCOMPARE(attempt.outcome, Outcome::Success);
        QCOMPARE(tablet->envelopes(), before); // records are never re-dated
        checkAgree(*tablet, *m_server);
    }

    void revokedDeviceStopsAndKeepsEverything()
    {
        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        QVERIFY(tablet->sign(3));
        QCOMPARE(tablet->sync().outcome, Outcome::Success);
        QCOMPARE(m_server->admin({ QStringLiteral("revoke"), tablet->deviceId() }).exitCode, 0);
        QVERIFY(tablet->sign(2));
        const SyncAttempt refused = tablet->sync();
        QCOMPARE(refused.outcome, Outcome::Revoked);
        QVERIFY(refused.message.contains(QStringLiteral("withdrawn")));
        QVERIFY(tablet->engine().enrolment()->revoked);
        QVERIFY(!tablet->engine().nextAttemptUtc().isValid());
        // Nothing more is attempted, and nothing on the tablet was touched.
        QSignalSpy more(&tablet->engine(), &SyncEngine::attemptFinished);
        tablet->engine().start(SyncTrigger::Manual);
        QVERIFY(!tablet->engine().isRunning());
        QVERIFY(!more.wait(300));
        QCOMPARE(tablet->head(), 5);
        QCOMPARE(tablet->waiting(), 2);
        tablet->lock();
        QVERIFY(tablet->unlock());
        QVERIFY(tablet->engine().enrolment()->revoked);
        QCOMPARE(m_server->exported(tablet->deviceId()).size(), 3);
    }

    void caseloadDownloadKeepsDraftOfRemovedChild()
    {
        const QString household = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString kept = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString moved = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto child = [&](const QString &id, const QString &name) {
            return QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("source"), QStringLiteral("agency") },
                { QStringLiteral("householdId"), household }, { QStringLiteral("givenName"), name },
                { QStringLiteral("familyName"), QStringLiteral("Example") },
                { QStringLiteral("dateOfBirth"), QStringLiteral("2025-03-14") },
                { QStringLiteral("sex"), QStringLiteral("not-recorded") } };
        };
        const QJsonObject caseload {
            { QStringLiteral("households"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), household },
                    { QStringLiteral("address"), QStringLiteral("1 Example Row") },
                    { QStringLiteral("postcode"), QStringLiteral("EX1 2MP") } } } },
            { QStringLiteral("children"),
                QJsonArray {
                    child(kept, QStringLiteral("Ada")), child(moved, QStringLiteral("Bo")) } },
        };
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("caseload.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(caseload).toJson());
        out.close();
        const AdminResult imported = m_server->admin({ QStringLiteral("import"), file,
            QStringLiteral("--assign-to"), QStringLiteral("hv-0042") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        std::vector<std::unique_ptr<Tablet>> keep;
        Tablet *tablet = enrolledTablet(keep);
        QVERIFY(tablet);
        CaseloadRepository repository(tablet->vault().database(), tablet->clock);
        tablet->engine().setCaseloadRepository(&repository);
        tablet->engine().setCaseloadPageSize(1); // one entity per page: the cursor moves each time
        QSignalSpy changed(&tablet->engine(), &SyncEngine::caseloadChanged);
        const SyncAttempt first = tablet->sync();
        QCOMPARE(first.outcome, Outcome::Success);
        QCOMPARE(first.downloaded, 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(repository.children()->size(), 2);

        DraftStore drafts(tablet->vault().database(), tablet->clock);
        auto draft = drafts.create(moved, QStringLiteral("england"), QStringLiteral("1"));
        QVERIFY(draft);

        QCOMPARE(m_server
                     ->admin({ QStringLiteral("add-practitioner"), QStringLiteral("hv-0099"),
                         QStringLiteral("Other Practitioner") })
                     .exitCode,
            0);
        QCOMPARE(m_server->admin({ QStringLiteral("assign"), moved, QStringLiteral("hv-0099") })
                     .exitCode,
            0);
        const SyncAttempt second = tablet->sync();
        QCOMPARE(second.outcome, Outcome::Success);
        QVERIFY(second.downloaded >= 1);
        auto removed = repository.child(moved);
        QVERIFY(removed);
        QVERIFY(removed->isRemovedFromCaseload());
        QVERIFY(!repository.child(kept)->isRemovedFromCaseload());
        QVERIFY(drafts.load(draft->id));
        QCOMPARE(drafts.list(DraftStore::Filter::Drafts, moved)->size(), 1);
        // Nothing new: the stored cursor means nothing is downloaded again.
        QCOMPARE(tablet->sync().downloaded, 0);
    }

    void enrolmentRefusalsAreClear()
    {
        Tablet tablet;
        QCOMPARE(tablet.create(), QString());
        const QString code = m_server->newCode();
        QVERIFY(tablet.enrol(m_server->url(), QStringLiteral("NOPE-NOPE-NOPE"))
                    .contains(QStringLiteral("not known")));
        QCOMPARE(tablet.enrol(m_server->url(), code), QString());
        QVERIFY(tablet.enrol(m_server->url(), code).contains(QStringLiteral("already enrolled")));
        Tablet other;
        QCOMPARE(other.create(), QString());
        QVERIFY(other.enrol(m_server->url(), code).contains(QStringLiteral("already been used")));
        QVERIFY(!other.engine().enrolment().has_value());
        const QUrl unreachable(QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(other.enrol(unreachable, m_server->newCode())
                    .contains(QStringLiteral("could not be reached")));
        QVERIFY(other.enrol(QUrl(QStringLiteral("http://example.org")), code)
                    .contains(QStringLiteral("https://")));
    }

    void pinMismatchIsRefusedClearly()
    {
        QCOMPARE(m_server->start(true, QStringLiteral("a")), QString());
        QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
        Tablet tablet;
        QCOMPARE(tablet.create(), QString());
        const QString pinA = tablet.probe(m_server->url());
        QCOMPARE(pinA.size(), 64);
        // A wrong pin is refused before anything is sent (the code stays unused).
        const QString wrong(64, u'0');
        const QString code = m_server->newCode();
        const QString refused = tablet.enrol(m_server->url(), code, wrong);
        QVERIFY2(refused.contains(Enrolment::formatFingerprint(pinA)), qPrintable(refused));
        QVERIFY(refused.contains(Enrolment::formatFingerprint(wrong)));
        QCOMPARE(tablet.enrol(m_server->url(), code, pinA), QString());
        QVERIFY(tablet.sign(3));
        QCOMPARE(tablet.sync().outcome, Outcome::Success);
        checkAgree(tablet, *m_server);

        // Same address, another certificate: refused, naming both fingerprints.
        QCOMPARE(m_server->start(true, QStringLiteral("b")), QString());
        const QString pinB = tablet.probe(m_server->url()); // a probe only asks the version
        QVERIFY(pinB != pinA);
        QVERIFY(tablet.sign(2));
        const SyncAttempt attempt = tablet.sync();
        QCOMPARE(attempt.outcome, Outcome::PinMismatch);
        QVERIFY(attempt.message.contains(Enrolment::formatFingerprint(pinA)));
        QVERIFY(attempt.message.contains(Enrolment::formatFingerprint(pinB)));
        QCOMPARE(tablet.waiting(), 2);
        QCOMPARE(m_server->exported(tablet.deviceId()).size(), 3);
    }
};

HEARTH_SERVER_TEST_MAIN(TestSync)
#include "tst_sync.moc"
