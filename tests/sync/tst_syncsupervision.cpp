// A supervisor's records reaching the practitioner's tablet with the caseload feed (issue 14):
// signed on the real hearth-server by the console's own library call, downloaded by a real
// tablet, verified against the key pinned at enrolment, kept in the vault across a restart and
// shown by ChildHistory. A page with a tampered record and one signed by another key (answered
// by the fault proxy with the real server's bytes around them) keeps the rest and names those.
#include "faultproxy.h"
#include "household/childhistory.h"
#include "model/caseloadrepository.h"
#include "record/devicekeypair.h"
#include "record/recordwriter.h"
#include "record/uuidv7generator.h"
#include "sync/syncstore.h"
#include "syncserver.h"
#include "tablet.h"
#include "vault/database.h"
#include "vault/recordstore.h"
#include "vault/supervisionstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hearth;
using Outcome = SyncAttempt::Outcome;
using Kind = ChronologyEntry::Kind;

namespace {
const QString ChildId = QStringLiteral("5b1f0c1e-8a3d-4c2e-9f10-3d2a1b0c9e8f");
const QString HouseholdId = QStringLiteral("0c9e8f5b-1f0c-4e8a-bd4c-2e9f103d2a1b");

struct Signed
{
    QString id;
    QByteArray bytes;
};
} // namespace

class TestSyncSupervision : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Tablet> m_tablet;
    std::unique_ptr<CaseloadRepository> m_caseload;

    // The console's library call, in a process of its own (see supervisesign.cpp).
    Signed supervise(const char *kind, const QJsonObject &body)
    {
        QProcess process;
        process.start(QStringLiteral(HEARTH_TEST_SUPERVISE),
            m_server->storeArguments()
                << QString::fromLatin1(kind) << ChildId << QStringLiteral("sup-a")
                << QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        process.waitForFinished(60000);
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        if (process.exitCode() != 0 || lines.size() < 2) {
            qWarning() << process.readAllStandardError();
            return {};
        }
        return { QString::fromUtf8(lines[0]), lines[1] };
    }

    void enrolWithCaseload()
    {
        const QJsonObject caseload {
            { QStringLiteral("households"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), HouseholdId },
                    { QStringLiteral("address"), QStringLiteral("1 Example Row") },
                    { QStringLiteral("postcode"), QStringLiteral("EX1 2MP") } } } },
            { QStringLiteral("children"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), ChildId },
                    { QStringLiteral("source"), QStringLiteral("agency") },
                    { QStringLiteral("householdId"), HouseholdId },
                    { QStringLiteral("givenName"), QStringLiteral("Ada") },
                    { QStringLiteral("familyName"), QStringLiteral("Example") },
                    { QStringLiteral("dateOfBirth"), QStringLiteral("2025-03-14") },
                    { QStringLiteral("sex"), QStringLiteral("not-recorded") } } } },
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
        QCOMPARE(m_tablet->enrol(viaProxy(), m_server->newCode()), QString());
        attachCaseload();
    }
    void attachCaseload()
    {
        m_caseload = std::make_unique<CaseloadRepository>(m_tablet->vault().database());
        m_tablet->engine().setCaseloadRepository(m_caseload.get());
    }
    QUrl viaProxy() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
    }
    qint64 held()
    {
        auto count = SupervisionStore(m_tablet->vault().database()).count();
        return count ? count.value() : -1;
    }
    ChildHistory::OfChild history()
    {
        RecordStore store(m_tablet->vault().database());
        if (!store.open())
            return {};
        // As of the tablet's own clock, a minute on: what the agency signed a moment ago is in.
        auto loaded
            = ChildHistory::load(store, *m_caseload, {}, m_tablet->clock.nowUtc().addSecs(60));
        auto of = loaded ? loaded->child(ChildId)
                         : Expected<ChildHistory::OfChild, QString>(unexpected(loaded.error()));
        if (!of) {
            qWarning() << of.error();
            return {};
        }
        return of.value();
    }
    static const ChronologyEntry *find(const ChildHistory::OfChild &of, Kind kind)
    {
        for (const ChronologyEntry &e : of.chronology.entries)
            if (e.kind == kind)
                return &e;
        return nullptr;
    }
    static QByteArray page(const QList<QByteArray> &records, const QByteArray &summary)
    {
        QByteArray body = "{\"adults\":[],\"children\":[],\"cursor\":\"0\",\"households\":[],"
                          "\"links\":[],\"more\":false,\"nextCursor\":\"900\",\"removed\":[],"
                          "\"supervisionRecords\":[";
        body += records.join(',');
        body += "],\"visitSummaries\":[" + summary + "]}";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(), QString());
        m_proxy = std::make_unique<FaultProxy>(m_server->port());
        QVERIFY(m_proxy->start());
        m_tablet = std::make_unique<Tablet>();
        QCOMPARE(m_tablet->create(), QString());
    }
    void cleanup()
    {
        m_tablet.reset();
        m_caseload.reset();
        m_proxy.reset();
        m_server.reset();
    }

    void supervisorsRecordsReachTheTablet()
    {
        enrolWithCaseload();
        // A visit from this tablet for the supervisor to countersign.
        RecordStore store(m_tablet->vault().database(), m_tablet->clock);
        QVERIFY(store.open());
        auto visit = store.append(RecordKind::Visit, QStringLiteral("hv-0042"),
            { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") },
            JsonValue::object({ { QStringLiteral("child"), ChildId },
                { QStringLiteral("visitId"), QStringLiteral("visit-1") } }));
        QVERIFY(visit);
        QCOMPARE(m_tablet->sync().outcome, Outcome::Success);

        const Signed review = supervise("supervisor-review",
            { { QStringLiteral("discussion"), QStringLiteral("Missed checks and a new partner.") },
                { QStringLiteral("decision"), QStringLiteral("Strategy discussion this week.") },
                { QStringLiteral("rationale"), QStringLiteral("Missed care, new adult at home.") },
                { QStringLiteral("actions"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("action"), QStringLiteral("Ask the GP") },
                            { QStringLiteral("owner"), QStringLiteral("Alex Example") },
                            { QStringLiteral("due"), QStringLiteral("2026-12-10") } } } } });
        QVERIFY(!review.id.isEmpty());
        QVERIFY(!supervise("countersignature",
            { { QStringLiteral("device"), m_tablet->deviceId() },
                { QStringLiteral("record"), visit->envelope.id },
                { QStringLiteral("note"), QStringLiteral("Agreed with the plan.") } })
                     .id.isEmpty());
        const Signed opened = supervise("professional-difference",
            { { QStringLiteral("status"), QStringLiteral("open") },
                { QStringLiteral("raisedBy"), QStringLiteral("Health visitor") },
                { QStringLiteral("disagreesWith"), QStringLiteral("Social care") },
                { QStringLiteral("about"), QStringLiteral("Whether to hold a strategy meeting") },
                { QStringLiteral("escalationStep"), QStringLiteral("line-managers") } });
        QVERIFY(!opened.id.isEmpty());
        QVERIFY(!supervise("professional-difference",
            { { QStringLiteral("status"), QStringLiteral("closed") },
                { QStringLiteral("opened"), opened.id },
                { QStringLiteral("outcome"), QStringLiteral("Meeting held on Friday.") } })
                     .id.isEmpty());

        const SyncAttempt arrived = m_tablet->sync();
        QCOMPARE(arrived.outcome, Outcome::Success);
        QCOMPARE(arrived.message, QString());
        QCOMPARE(arrived.downloaded, 4);
        QCOMPARE(held(), 4);

        const auto checkShown = [this, &visit, &review] {
            const ChildHistory::OfChild of = history();
            QCOMPARE(of.byStatus.value(SignatureStatus::Verified), 5); // the visit and four
            const ChronologyEntry *shown = find(of, Kind::SupervisorReview);
            QVERIFY(shown);
            QCOMPARE(shown->recordId, review.id);
            QCOMPARE(shown->signature, SignatureStatus::Verified);
            QCOMPARE(shown->category, QStringLiteral("Strategy discussion this week."));
            QCOMPARE(shown->actions.size(), 1);
            QCOMPARE(shown->actions[0].owner, QStringLiteral("Alex Example"));
            QCOMPARE(shown->actions[0].due, QDate(2026, 12, 10));
            const ChronologyEntry *countersigned = find(of, Kind::Countersignature);
            QVERIFY(countersigned && countersigned->refers);
            QCOMPARE(countersigned->category, visit->envelope.id);
            QCOMPARE(countersigned->refers->kind, Kind::Visit);
            int differences = 0;
            for (const ChronologyEntry &e : of.chronology.entries) {
                if (e.kind != Kind::ProfessionalDifference)
                    continue;
                ++differences;
                if (e.category == u"open")
                    QCOMPARE(e.step, QStringLiteral("line-managers"));
                else
                    QCOMPARE(e.refers.value().text,
                        QStringLiteral("Whether to hold a strategy meeting"));
            }
            QCOMPARE(differences, 2);
        };
        checkShown();
        if (QTest::currentTestFailed())
            return;

        // The feed repeats them from the start: nothing is stored twice, nothing refused.
        QVERIFY(SyncStore(m_tablet->vault().database()).writeCaseloadCursor(QStringLiteral("0")));
        const SyncAttempt again = m_tablet->sync();
        QCOMPARE(again.outcome, Outcome::Success);
        QCOMPARE(again.message, QString());
        QCOMPARE(held(), 4);

        // Restart: locked, opened again, everything still there and still verified.
        m_caseload.reset();
        m_tablet->lock();
        QVERIFY(m_tablet->unlock());
        attachCaseload();
        QCOMPARE(held(), 4);
        checkShown();
        // What a supervisor decided is never changed or removed on the tablet.
        Database &db = m_tablet->vault().database();
        QVERIFY(!db.exec(QStringLiteral("UPDATE supervision_record SET kind = 'visit'")));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM supervision_record")));
        QCOMPARE(held(), 4);
    }

    void untrustworthyRecordsAreRefusedAndNamed()
    {
        enrolWithCaseload();
        const QJsonObject body { { QStringLiteral("discussion"), QStringLiteral("Reviewed.") },
            { QStringLiteral("decision"), QStringLiteral("Keep open.") },
            { QStringLiteral("rationale"), QStringLiteral("Concern keeps coming back.") },
            { QStringLiteral("actions"), QJsonArray() } };
        const Signed good = supervise("supervisor-review", body);
        const Signed second = supervise("supervisor-review", body);
        QVERIFY(!good.id.isEmpty() && !second.id.isEmpty());
        QByteArray tampered = second.bytes;
        tampered.replace("Keep open.", "Close case");
        QVERIFY(tampered != second.bytes);

        // Another key signing as the agency server, in a place of the chain nobody else holds.
        const DeviceKeyPair stranger = DeviceKeyPair::generate();
        ChainState state = ChainState::genesis(SupervisionStore::serverDevice());
        state.nextSeq = 40;
        state.prev = QString(64, u'a');
        UuidV7Generator ids(Clock::system());
        RecordWriter writer(stranger, state, ids);
        auto forged = writer.append(RecordKind::SupervisorReview, SupervisionStore::serverDevice(),
            { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") },
            JsonValue::object(
                { { QStringLiteral("format"), 1 }, { QStringLiteral("child"), ChildId },
                    { QStringLiteral("supervisor"), QStringLiteral("sup-x") },
                    { QStringLiteral("discussion"), QStringLiteral("x") },
                    { QStringLiteral("decision"), QStringLiteral("Close the case") },
                    { QStringLiteral("rationale"), QStringLiteral("x") },
                    { QStringLiteral("actions"), JsonValue::array() } }));
        QVERIFY(forged);

        const QString summaryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray summary = "{\"author\":\"hv-0007\",\"childId\":\"" + ChildId.toUtf8()
            + "\",\"date\":\"2026-10-01\",\"id\":\"" + summaryId.toUtf8()
            + "\",\"summary\":\"Seen at clinic.\"}";
        m_proxy->setCannedResponse(page({ good.bytes, tampered, forged->bytes }, summary));
        m_proxy->setMode(FaultProxy::Mode::Respond, 1);
        const SyncAttempt attempt = m_tablet->sync();
        QCOMPARE(attempt.outcome, Outcome::Success);
        QVERIFY2(attempt.message.contains(second.id), qPrintable(attempt.message));
        QVERIFY2(attempt.message.contains(forged->envelope.id), qPrintable(attempt.message));
        QVERIFY2(!attempt.message.contains(good.id), qPrintable(attempt.message));
        QVERIFY2(
            attempt.message.contains(QStringLiteral("IT support")), qPrintable(attempt.message));
        // The rest of the page arrived: the good review and the agency's summary.
        QCOMPARE(held(), 1);
        QCOMPARE(m_caseload->visitSummaries(ChildId)->size(), 1);
        const ChildHistory::OfChild of = history();
        QCOMPARE(of.agencySummaries, 1);
        const ChronologyEntry *shown = find(of, Kind::SupervisorReview);
        QVERIFY(shown);
        QCOMPARE(shown->recordId, good.id);
        for (const ChronologyEntry &e : of.chronology.entries)
            QVERIFY(e.category != u"Close case" && e.category != u"Close the case");
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncSupervision)
#include "tst_syncsupervision.moc"
