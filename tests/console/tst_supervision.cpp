// Supervision on the agency server, in process against a real SQLite store and real Ed25519 keys,
// with time from a clock the test sets: records signed with the server's key in their own chain
// and verifiable by a tablet, refusals that store nothing, the flags judged by the shared
// chronology code (and marked reviewed by a review that covers them), and every reason a child
// joins the review queue with the queue's order.
#include "caseloadfeed.h"
#include "consolechildrecords.h"
#include "consolequeue.h"
#include "practitionerrepository.h"
#include "record/recordverifier.h"
#include "record/recordwriter.h"
#include "supervisionstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace hearth;
using namespace hearth::server;
using namespace hearth::server::test;

namespace {
const QDateTime Now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

ChronologyEntry concernAt(const QString &recordId, const QDateTime &at)
{
    ChronologyEntry e;
    e.kind = ChronologyEntry::Kind::Concern;
    e.recordId = recordId;
    e.recordedAt = at;
    e.date = at.date();
    return e;
}

ChildSummary child(const QString &id, const QString &name)
{
    return { id, QStringLiteral("hv-a"), QJsonObject { { QStringLiteral("givenName"), name } } };
}
} // namespace

class TestSupervision : public QObject
{
    Q_OBJECT

    test::SupervisionStore m_store;

    Expected<SignedRecord, StoreError> signReview(const QString &child, const QString &discussion)
    {
        return m_store.signReview(child, discussion);
    }

private Q_SLOTS:
    void initTestCase() { m_store.open(); }

    void builtInPackHasRules()
    {
        QVERIFY(!SupervisionFlags::builtIn().rules().isEmpty());
        QCOMPARE(SupervisionFlags::builtIn().pack().id, QStringLiteral("hearth.england"));
        QVERIFY(!SupervisionFlags::fromPack("{\"languages\": [\"en\"], \"patterns\": 3}"));
        QVERIFY(!SupervisionFlags::fromPack("not json"));
    }

    // An agency's own pack (hearth-server --pack): its tuned rules judge, not the built-in ones;
    // a pack that cannot judge is refused with where and why.
    void agencyPack()
    {
        QFile file(QStringLiteral(":/hearth/server/packs/england.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject pack = QJsonDocument::fromJson(file.readAll()).object();
        pack.insert(QStringLiteral("id"), QStringLiteral("agency.tuned"));
        pack.insert(QStringLiteral("version"), QStringLiteral("2.0.0"));
        QJsonObject patterns = pack.value(QLatin1String("patterns")).toObject();
        QJsonArray rules = patterns.value(QLatin1String("rules")).toArray();
        for (QJsonValueRef rule : rules) {
            QJsonObject object = rule.toObject();
            if (object.value(QLatin1String("id")).toString() == u"repeated-concern")
                object.insert(QStringLiteral("count"), 2); // the agency asks sooner
            rule = object;
        }
        patterns.insert(QStringLiteral("rules"), rules);
        pack.insert(QStringLiteral("patterns"), patterns);
        auto tuned = SupervisionFlags::fromPack(QJsonDocument(pack).toJson());
        QVERIFY2(tuned, qPrintable(tuned ? QString() : tuned.error()));
        QCOMPARE(tuned->pack().id, QStringLiteral("agency.tuned"));
        QCOMPARE(tuned->pack().version, QStringLiteral("2.0.0"));

        const DeviceKeyPair tablet = DeviceKeyPair::generate();
        TestClock tabletClock;
        UuidV7Generator ids(tabletClock);
        RecordWriter writer(tablet, ChainState::genesis(QStringLiteral("tablet-p")), ids);
        QList<ConsoleRecord> records;
        for (int daysAgo : { 40, 20 }) {
            tabletClock.now = Now.addDays(-daysAgo);
            auto signed_ = writer.append(RecordKind::Concern, QStringLiteral("hv-a"),
                { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") },
                JsonValue::object({ { QStringLiteral("format"), 1 },
                    { QStringLiteral("child"), QStringLiteral("pack-child") },
                    { QStringLiteral("seen"), QStringLiteral("Shouting heard from the flat") },
                    { QStringLiteral("category"), QStringLiteral("domestic-abuse") },
                    { QStringLiteral("immediateSafety"), false },
                    { QStringLiteral("action"), QStringLiteral("monitor") } }));
            QVERIFY(signed_);
            records.prepend(ConsoleChildRecords::read(
                { signed_->envelope.id, QStringLiteral("tablet-p"), signed_->envelope.seq,
                    signed_->chainHash, signed_->bytes },
                { { QStringLiteral("tablet-p"), tablet.publicKey() } }));
        }
        const auto raised = [&](const SupervisionFlags &with) {
            const ChildFlags judged = with.evaluate(QStringLiteral("pack-child"), {}, records, Now);
            return std::any_of(judged.flags.cbegin(), judged.flags.cend(),
                [](const PatternFlag &flag) { return flag.ruleId == u"repeated-concern"; });
        };
        QVERIFY(raised(*tuned));
        QVERIFY(!raised(SupervisionFlags::builtIn()));

        for (const char *bad : { "{\"version\": \"1\", \"languages\": [\"en\"], \"patterns\": {}}",
                 "{\"id\": \"a\", \"languages\": [\"en\"], \"patterns\": {}}",
                 "{\"id\": \"a\", \"version\": \"1\", \"languages\": [\"en\"]}",
                 "{\"id\": \"a\", \"version\": \"1\", \"languages\": [\"en\"], "
                 "\"patterns\": {\"rules\": [{\"id\": \"x\", \"check\": \"no-such-check\"}]}}" }) {
            auto refused = SupervisionFlags::fromPack(bad);
            QVERIFY2(!refused, bad);
            QVERIFY2(refused.error().contains(u'$'), qPrintable(refused.error()));
        }
    }

    // Signed with the server's key as one chain, so a tablet that pinned the key verifies it.
    void signsInTheServersChain()
    {
        auto first = signReview(QStringLiteral("chain-child"), QStringLiteral("First review"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        m_store.clock.now = m_store.clock.now.addSecs(60);
        auto second = signReview(QStringLiteral("chain-child"), QStringLiteral("Second review"));
        QVERIFY(second);
        QCOMPARE(second->envelope.seq, first->envelope.seq + 1);
        QCOMPARE(second->envelope.prev, first->chainHash);
        QCOMPARE(second->envelope.device, QString::fromLatin1(SupervisionRecords::serverDevice));
        QCOMPARE(second->envelope.body[u"supervisor"].toString(), QStringLiteral("sup-a"));
        const auto key = m_store.serverKey.publicKey();
        const PublicKeyLookup pinned = [key](const QString &device) {
            return device == QLatin1String(SupervisionRecords::serverDevice) ? std::optional(key)
                                                                             : std::nullopt;
        };
        QVERIFY(RecordVerifier::verifyEnvelope(second->bytes, pinned));
        // Any other key refuses it.
        const auto otherKey = DeviceKeyPair::generate().publicKey();
        const PublicKeyLookup other
            = [otherKey](const QString &) { return std::optional(otherKey); };
        QVERIFY(!RecordVerifier::verifyEnvelope(second->bytes, other));

        auto stored = SupervisionRecords(*m_store.database).forChild(QStringLiteral("chain-child"));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(1).envelope, second->bytes);
        // The console shows them with their signature checked against the server's key.
        auto records
            = ConsoleChildRecords::forChild(*m_store.database, QStringLiteral("chain-child"));
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QVERIFY(records->at(0).signatureOk);
        QCOMPARE(records->at(0).author, QStringLiteral("sup-a"));
        auto reviews = SupervisionRecords(*m_store.database).lastReviews();
        QVERIFY(reviews);
        QCOMPARE(reviews->value(QStringLiteral("chain-child")), second->envelope.created);
    }

    void refusalStoresNothing()
    {
        auto refused = signReview(QStringLiteral("refused-child"), QStringLiteral("   "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("discussion")),
            qPrintable(refused.error().message));
        QCOMPARE(
            SupervisionRecords(*m_store.database).forChild(QStringLiteral("refused-child"))->size(),
            0);
        // The chain goes on from the last stored record, not from the refused one.
        auto next = signReview(QStringLiteral("refused-child"), QStringLiteral("Now complete"));
        QVERIFY(next);
        QCOMPARE(next->envelope.seq, qint64(3));
    }

    // Three concerns of one kind raise the pack's repeated-concern flag through the shared
    // chronology code; a review naming that evidence marks it reviewed; a fourth concern after
    // the review brings it back.
    void flagsAndReviewThroughTheChronology()
    {
        const DeviceKeyPair tablet = DeviceKeyPair::generate();
        TestClock tabletClock;
        UuidV7Generator ids(tabletClock);
        RecordWriter writer(tablet, ChainState::genesis(QStringLiteral("tablet-1")), ids);
        QList<ConsoleRecord> records;
        const QHash<QString, SigningPublicKey> keys {
            { QStringLiteral("tablet-1"), tablet.publicKey() },
            { QString::fromLatin1(SupervisionRecords::serverDevice), m_store.serverKey.publicKey() }
        };
        const auto concern = [&](const QDateTime &at) {
            tabletClock.now = at;
            auto signed_ = writer.append(RecordKind::Concern, QStringLiteral("hv-a"),
                { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") },
                JsonValue::object({ { QStringLiteral("format"), 1 },
                    { QStringLiteral("child"), QStringLiteral("flag-child") },
                    { QStringLiteral("seen"), QStringLiteral("Shouting heard from the flat") },
                    { QStringLiteral("category"), QStringLiteral("domestic-abuse") },
                    { QStringLiteral("immediateSafety"), false },
                    { QStringLiteral("action"), QStringLiteral("monitor") } }));
            QVERIFY2(signed_, qPrintable(signed_ ? QString() : signed_.error().message));
            const ConsoleRecord record = ConsoleChildRecords::read(
                { signed_->envelope.id, QStringLiteral("tablet-1"), signed_->envelope.seq,
                    signed_->chainHash, signed_->bytes },
                keys);
            QVERIFY(record.signatureOk && record.envelope);
            records.prepend(record);
        };
        concern(Now.addDays(-60));
        concern(Now.addDays(-40));
        concern(Now.addDays(-20));
        const SupervisionFlags &pack = SupervisionFlags::builtIn();
        ChildFlags judged = pack.evaluate(QStringLiteral("flag-child"), {}, records, Now);
        const auto repeated = [](const ChildFlags &flags) -> const PatternFlag * {
            for (const PatternFlag &flag : flags.flags)
                if (flag.ruleId == u"repeated-concern")
                    return &flag;
            return nullptr;
        };
        QVERIFY(repeated(judged));
        QCOMPARE(repeated(judged)->evidence.size(), 3);
        QVERIFY(!repeated(judged)->reviewed);
        QVERIFY(judged.openCount() >= 1);

        m_store.clock.now = Now.addDays(-10);
        JsonValue body
            = reviewBody(QStringLiteral("flag-child"), QStringLiteral("Talked it through"));
        JsonValue evidence = JsonValue::array();
        for (const QString &id : repeated(judged)->evidence)
            evidence.append(id);
        JsonValue flags = JsonValue::array();
        flags.append(
            JsonValue::object({ { QStringLiteral("rule"), QStringLiteral("repeated-concern") },
                { QStringLiteral("evidence"), evidence } }));
        body.insert(QStringLiteral("flags"), flags);
        auto review
            = SupervisionRecords(*m_store.database)
                  .sign(RecordKind::SupervisorReview, QStringLiteral("flag-child"),
                      QStringLiteral("sup-a"), pack.pack(), body, m_store.serverKey, m_store.clock);
        QVERIFY(review);
        const ConsoleRecord reviewRecord = ConsoleChildRecords::read(
            { review->envelope.id, QString::fromLatin1(SupervisionRecords::serverDevice),
                review->envelope.seq, {}, review->bytes },
            keys);
        QVERIFY(reviewRecord.signatureOk);
        records.prepend(reviewRecord);
        judged = pack.evaluate(QStringLiteral("flag-child"), {}, records, Now);
        QVERIFY(repeated(judged));
        QVERIFY(repeated(judged)->reviewed);
        QCOMPARE(repeated(judged)->review, review->envelope.id);
        const auto open = std::count_if(judged.flags.cbegin(), judged.flags.cend(),
            [](const PatternFlag &f) { return !f.reviewed && !f.acknowledged; });
        QCOMPARE(judged.openCount(), qsizetype(open));
        const bool reviewInChronology = std::any_of(judged.chronology.entries.cbegin(),
            judged.chronology.entries.cend(), [](const ChronologyEntry &e) {
                return e.kind == ChronologyEntry::Kind::SupervisorReview;
            });
        QVERIFY(reviewInChronology);

        concern(Now.addDays(-5));
        judged = pack.evaluate(QStringLiteral("flag-child"), {}, records, Now);
        QVERIFY(repeated(judged));
        QCOMPARE(repeated(judged)->evidence.size(), 4);
        QVERIFY(!repeated(judged)->reviewed);
    }

    // The caseload feed carries the records about a practitioner's children byte for byte, once,
    // and to no one else.
    void caseloadFeedCarriesThem()
    {
        for (const char *id : { "hv-a", "hv-b" })
            QVERIFY(
                PractitionerRepository(*m_store.database)
                    .upsert(QString::fromLatin1(id), QStringLiteral("P"), QStringLiteral("now")));
        for (const QString &sql :
            { QStringLiteral("INSERT INTO households (id, rev, payload) VALUES ('h1', 1, '{}')"),
                QStringLiteral("INSERT INTO children (id, household_id, practitioner_id, rev,"
                               " payload) VALUES ('feed-child', 'h1', 'hv-a', 2, '{}')") })
            QVERIFY(m_store.database->exec(sql));
        const CaseloadFeed feed(*m_store.database);
        auto before = feed.page(QStringLiteral("hv-a"), 0, 100);
        QVERIFY(before);
        auto review = signReview(QStringLiteral("feed-child"), QStringLiteral("For the tablet"));
        QVERIFY(review);
        auto page = feed.page(QStringLiteral("hv-a"), before->nextCursor, 100);
        QVERIFY(page);
        QVERIFY(page->json.contains("\"supervisionRecords\":[" + review->bytes + ']'));
        auto again = feed.page(QStringLiteral("hv-a"), page->nextCursor, 100);
        QVERIFY(again);
        QVERIFY(again->json.contains("\"supervisionRecords\":[]"));
        auto other = feed.page(QStringLiteral("hv-b"), 0, 100);
        QVERIFY(other);
        QVERIFY(!other->json.contains(review->bytes));
    }

    void queueReasons()
    {
        const QueuePolicy policy; // 90 days, 3 concerns in 6 months
        ChildFlags quiet;
        // Nothing at all: not in the queue.
        QVERIFY(!ConsoleQueue::judge(
            child(QStringLiteral("c0"), QStringLiteral("A")), quiet, {}, Now, policy)
                     .inQueue());

        // Open flags: unacknowledged and unreviewed ones only.
        ChildFlags flagged;
        PatternFlag open;
        open.ruleId = QStringLiteral("repeated-concern");
        PatternFlag acknowledged = open;
        acknowledged.acknowledged = true;
        PatternFlag reviewed = open;
        reviewed.reviewed = true;
        flagged.flags = { open, acknowledged, reviewed };
        const QueueRow withFlags = ConsoleQueue::judge(
            child(QStringLiteral("c1"), QStringLiteral("B")), flagged, {}, Now, policy);
        QVERIFY(withFlags.inQueue());
        QCOMPARE(withFlags.openFlags.size(), 1);
        QVERIFY(!withFlags.reviewDue);

        // Time since review: due at the interval, not before.
        ChildFlags seen;
        seen.chronology.entries = { concernAt(QStringLiteral("r1"), Now.addDays(-200)) };
        const QString longAgo = Envelope::formatCreated(Now.addDays(-100));
        const QueueRow overdue = ConsoleQueue::judge(
            child(QStringLiteral("c2"), QStringLiteral("C")), seen, longAgo, Now, policy);
        QVERIFY(overdue.reviewDue);
        QCOMPARE(overdue.daysSinceReview, std::optional<qint64>(100));
        const QueueRow recent
            = ConsoleQueue::judge(child(QStringLiteral("c2"), QStringLiteral("C")), seen,
                Envelope::formatCreated(Now.addDays(-89)), Now, policy);
        QVERIFY(!recent.reviewDue);
        QVERIFY(!recent.inQueue());

        // Never reviewed: counted from the first record.
        const QueueRow never = ConsoleQueue::judge(
            child(QStringLiteral("c3"), QStringLiteral("D")), seen, {}, Now, policy);
        QVERIFY(never.reviewDue);
        QVERIFY(!never.daysSinceReview);
        QCOMPARE(never.daysUnreviewed, qint64(200));
        ChildFlags newCase;
        newCase.chronology.entries = { concernAt(QStringLiteral("r1"), Now.addDays(-5)) };
        QVERIFY(!ConsoleQueue::judge(
            child(QStringLiteral("c4"), QStringLiteral("E")), newCase, {}, Now, policy)
                     .reviewDue);

        // Persistent concern: three records in six months after the last review; a record
        // counts once however many concern items it has; older ones and reviewed ones do not.
        ChildFlags concerns;
        concerns.chronology.entries = { concernAt(QStringLiteral("a"), Now.addDays(-10)),
            concernAt(QStringLiteral("a"), Now.addDays(-10)),
            concernAt(QStringLiteral("b"), Now.addDays(-30)),
            concernAt(QStringLiteral("c"), Now.addDays(-50)),
            concernAt(QStringLiteral("old"), Now.addMonths(-7)) };
        const QueueRow persistent = ConsoleQueue::judge(
            child(QStringLiteral("c5"), QStringLiteral("F")), concerns, {}, Now, policy);
        QVERIFY(persistent.persistentConcern);
        QCOMPARE(persistent.recentConcerns, 3);
        QVERIFY(persistent.reviewDue); // and never reviewed, the first record 7 months old
        const QueueRow afterReview
            = ConsoleQueue::judge(child(QStringLiteral("c5"), QStringLiteral("F")), concerns,
                Envelope::formatCreated(Now.addDays(-40)), Now, policy);
        QCOMPARE(afterReview.recentConcerns, 2);
        QVERIFY(!afterReview.persistentConcern);
        QVERIFY(!afterReview.inQueue());
    }

    void queueOrder()
    {
        const QueuePolicy policy;
        ChildFlags twoFlags;
        PatternFlag flag;
        flag.ruleId = QStringLiteral("r");
        twoFlags.flags = { flag, flag };
        ChildFlags oneFlag;
        oneFlag.flags = { flag };
        ChildFlags seen;
        seen.chronology.entries = { concernAt(QStringLiteral("x"), Now.addDays(-400)) };
        ChildFlags concerns;
        concerns.chronology.entries = { concernAt(QStringLiteral("a"), Now.addDays(-1)),
            concernAt(QStringLiteral("b"), Now.addDays(-2)),
            concernAt(QStringLiteral("c"), Now.addDays(-3)) };
        QList<QueueRow> rows {
            ConsoleQueue::judge(child(QStringLiteral("5"), QStringLiteral("Concern")), concerns,
                Envelope::formatCreated(Now.addDays(-10)), Now, policy),
            ConsoleQueue::judge(child(QStringLiteral("3"), QStringLiteral("Overdue 100")), seen,
                Envelope::formatCreated(Now.addDays(-100)), Now, policy),
            ConsoleQueue::judge(
                child(QStringLiteral("2"), QStringLiteral("One flag")), oneFlag, {}, Now, policy),
            ConsoleQueue::judge(child(QStringLiteral("4"), QStringLiteral("Overdue 300")), seen,
                Envelope::formatCreated(Now.addDays(-300)), Now, policy),
            ConsoleQueue::judge(
                child(QStringLiteral("1"), QStringLiteral("Two flags")), twoFlags, {}, Now, policy),
        };
        ConsoleQueue::order(rows);
        QStringList order;
        for (const QueueRow &row : rows)
            order.append(row.child.id);
        QCOMPARE(order,
            QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"),
                QStringLiteral("3"), QStringLiteral("5") }));
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
