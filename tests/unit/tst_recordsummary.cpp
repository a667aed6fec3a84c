#include "record/recordwriter.h"
#include "testsupport.h"
#include "vault/database.h"
#include "vault/migrations.h"
#include "vault/recordstore.h"
#include "vault/recordsummary.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hearth;

namespace {
const Envelope::PackRef Pack { QStringLiteral("hearth.england"), QStringLiteral("1.0.0") };

JsonValue visitBody(const QString &child, const QString &visitId)
{
    return JsonValue::object({ { QStringLiteral("child"), child },
        { QStringLiteral("visitId"), visitId },
        { QStringLiteral("summary"), QStringLiteral("Child seen alone in the living room.") } });
}

JsonValue amendmentBody(const QString &amends)
{
    return JsonValue::object({ { QStringLiteral("amends"), amends },
        { QStringLiteral("reason"), QStringLiteral("Mother phoned.") },
        { QStringLiteral("correction"), QStringLiteral("Registered with a dentist.") } });
}

Expected<Database, VaultError> openDatabase(const QTemporaryDir &dir, const DataKey &key)
{
    return Database::open(
        dir.filePath(QStringLiteral("s.db")), key, Database::OpenMode::CreateNew, 0);
}
} // namespace

// The summaries lists read instead of envelopes: written with each signed record, and filled
// by migration 7 for records signed before it, from the envelopes themselves.
class TestRecordSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendWritesTheSummaryWithTheRecord()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = openDatabase(dir, key);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db));
        test::FakeClock clock;
        RecordStore store(*db, clock);
        QVERIFY(store.open());

        auto first = store.append(RecordKind::Visit, QStringLiteral("hv-1"), Pack,
            visitBody(QStringLiteral("c1"), QStringLiteral("v1")));
        QVERIFY(first);
        clock.advance(60);
        QList<JsonValue> more;
        for (int i = 2; i <= 5; ++i)
            more.append(visitBody(QStringLiteral("c%1").arg(i), QStringLiteral("v%1").arg(i)));
        QCOMPARE(store.appendAll(RecordKind::Visit, QStringLiteral("hv-1"), Pack, more).value(), 4);
        auto amendment = store.append(
            RecordKind::Amendment, QStringLiteral("hv-1"), Pack, amendmentBody(first->envelope.id));
        QVERIFY(amendment);

        QCOMPARE(store.count(RecordKind::Visit).value(), 5);
        QCOMPARE(store.count(RecordKind::Amendment).value(), 1);
        // Newest first, in pages.
        auto page = store.summaries(RecordKind::Visit, 0, 2);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).visitId, QStringLiteral("v5"));
        QCOMPARE(page->at(1).visitId, QStringLiteral("v4"));
        auto last = store.summaries(RecordKind::Visit, 4, 2);
        QCOMPARE(last->size(), 1);
        const RecordSummary &oldest = last->first();
        QCOMPARE(oldest.recordId, first->envelope.id);
        QCOMPARE(oldest.childId, QStringLiteral("c1"));
        QCOMPARE(oldest.author, QStringLiteral("hv-1"));
        QCOMPARE(oldest.createdUtc, first->envelope.created);
        QCOMPARE(oldest.seq, first->envelope.seq);
        QVERIFY(store.visitSigned(QStringLiteral("v3")).value());
        QVERIFY(!store.visitSigned(QStringLiteral("v9")).value());
        QCOMPARE(
            store.amendmentsOf(first->envelope.id).value(), QStringList { amendment->envelope.id });
        QVERIFY(store.amendmentsOf(amendment->envelope.id)->isEmpty());
    }

    void aFailedBatchStoresNothing()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = openDatabase(dir, key);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db));
        RecordStore store(*db);
        QVERIFY(store.open());
        // Text not in NFC is refused by the signer: the whole batch goes, with the summaries
        // and outbox rows of the record before it.
        QList<JsonValue> bodies { visitBody(QStringLiteral("c1"), QStringLiteral("v1")),
            visitBody(QString::fromUtf8("Rene\xCC\x81"
                                        "e"),
                QStringLiteral("v2")) };
        QVERIFY(!store.appendAll(RecordKind::Visit, QStringLiteral("hv-1"), Pack, bodies));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM signed_record")).value(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM record_summary")).value(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value(), 0);
    }

    // A vault from the version before summaries, with records signed by the real writer, gets
    // a summary for each, read from its envelope.
    void migrationSummarisesEarlierRecords()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = openDatabase(dir, key);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db, 6));
        QList<SignedRecord> records = signBefore(*db,
            { { RecordKind::Visit, visitBody(QStringLiteral("c1"), QStringLiteral("v1")) },
                { RecordKind::Visit, visitBody(QStringLiteral("c2"), QStringLiteral("v2")) } });
        QCOMPARE(records.size(), 2);
        records += signBefore(*db,
            { { RecordKind::Amendment, amendmentBody(records.first().envelope.id) } },
            records.last());

        QVERIFY(Migrations::migrate(*db));
        QCOMPARE(Migrations::currentVersion(*db).value(), Migrations::latestVersion());
        auto visits = RecordSummary::page(*db, RecordKind::Visit, 0, 10);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 2);
        QCOMPARE(visits->at(0).recordId, records.at(1).envelope.id);
        QCOMPARE(visits->at(0).childId, QStringLiteral("c2"));
        QCOMPARE(visits->at(1).visitId, QStringLiteral("v1"));
        QCOMPARE(visits->at(1).author, QStringLiteral("hv-1"));
        QCOMPARE(RecordSummary::amendmentsOf(*db, records.first().envelope.id).value(),
            QStringList { records.last().envelope.id });
    }

    // Migration 8 reads when each earlier visit was and whether the child was seen from the
    // envelopes, for the caseload's last contact; a visit that did not say stays "not known".
    void migrationAddsTheVisitFacts()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = openDatabase(dir, key);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db, 6));
        JsonValue seen = visitBody(QStringLiteral("c1"), QStringLiteral("v1"));
        seen.insert(QStringLiteral("start"),
            JsonValue::object(
                { { QStringLiteral("arrivalUtc"), QStringLiteral("2026-03-02T09:15:00.000Z") } }));
        seen.insert(
            QStringLiteral("seeing"), JsonValue::object({ { QStringLiteral("seen"), true } }));
        QList<SignedRecord> records = signBefore(*db,
            { { RecordKind::Visit, seen },
                { RecordKind::Visit, visitBody(QStringLiteral("c2"), QStringLiteral("v2")) } });
        QCOMPARE(records.size(), 2);
        QVERIFY(Migrations::migrate(*db, 7));
        QVERIFY(Migrations::migrate(*db));
        QCOMPARE(Migrations::currentVersion(*db).value(), Migrations::latestVersion());
        auto visits = RecordSummary::page(*db, RecordKind::Visit, 0, 10);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 2);
        QCOMPARE(visits->at(1).arrivalUtc, QStringLiteral("2026-03-02T09:15:00.000Z"));
        QCOMPARE(visits->at(1).childSeen, std::optional<bool>(true));
        QCOMPARE(visits->at(0).arrivalUtc, QString());
        QCOMPARE(visits->at(0).childSeen, std::nullopt);
    }

    // An envelope that no longer parses is damage: the step says which record, and the vault
    // stays on version 6 with nothing written.
    void migrationRefusesADamagedEnvelope()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = openDatabase(dir, key);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db, 6));
        QList<SignedRecord> records = signBefore(
            *db, { { RecordKind::Visit, visitBody(QStringLiteral("c1"), QStringLiteral("v1")) } });
        QVERIFY(db->exec(QStringLiteral("INSERT INTO signed_record VALUES (2, 'x', 'visit',"
                                        " X'7B7D', 'h', '2026-01-01T00:00:00.000Z')")));
        auto migrated = Migrations::migrate(*db);
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().code, VaultError::Code::DatabaseDamaged);
        QVERIFY(migrated.error().detail.contains(QStringLiteral("signed record 2")));
        QCOMPARE(Migrations::currentVersion(*db).value(), 6);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                           " WHERE name = 'record_summary'"))
                     .value(),
            0);
    }

private:
    // Signs with the real record writer and stores the rows as a version-6 vault held them.
    QList<SignedRecord> signBefore(Database &db, const QList<QPair<RecordKind, JsonValue>> &items,
        const std::optional<SignedRecord> &after = std::nullopt)
    {
        UuidV7Generator ids(m_clock);
        ChainState state = after
            ? ChainState { m_device, after->envelope.seq + 1, after->chainHash }
            : ChainState::genesis(m_device);
        RecordWriter writer(m_key, state, ids);
        QList<SignedRecord> out;
        for (const auto &[kind, body] : items) {
            auto record = writer.append(kind, QStringLiteral("hv-1"), Pack, body);
            if (!record)
                return {};
            auto insert = db.prepare(QStringLiteral("INSERT INTO signed_record (seq, id, kind,"
                                                    " envelope, chain_hash, created_utc)"
                                                    " VALUES (?, ?, ?, ?, ?, ?)"));
            if (!insert
                || !insert->bind(1, record->envelope.seq)
                        .bind(2, record->envelope.id)
                        .bind(3, recordKindName(kind))
                        .bind(4, record->bytes)
                        .bind(5, record->chainHash)
                        .bind(6, record->envelope.created)
                        .run())
                return {};
            out.append(std::move(record.value()));
        }
        return out;
    }

    test::FakeClock m_clock;
    DeviceKeyPair m_key = DeviceKeyPair::generate();
    QString m_device = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

QTEST_GUILESS_MAIN(TestRecordSummary)
#include "tst_recordsummary.moc"
