// The console's remembered signature checks (VerificationCache), against a real SQLite store and
// real Ed25519 keys: the remembered answer is the one a fresh check gives, a record whose stored
// bytes change after it was first shown fails on the next view, a replaced key checks again, and
// the cache never holds more than it was given room for; a child's records are read once
// (ChildRecordCache) and again only as far as the store changed.
#include "childrecordcache.h"
#include "consolechildrecords.h"
#include "devicerepository.h"
#include "practitionerrepository.h"
#include "record/jsonparser.h"
#include "record/recordchain.h"
#include "record/recordverifier.h"
#include "record/recordwriter.h"
#include "supervisionstore.h"
#include "verificationcache.h"

using namespace hearth;
using namespace hearth::server;
using namespace hearth::server::test;

namespace {
PublicKeyLookup serverKeyIs(const SigningPublicKey &key)
{
    return [key](const QString &device) {
        return device == QLatin1String(SupervisionRecords::serverDevice) ? std::optional(key)
                                                                         : std::nullopt;
    };
}
} // namespace

class TestVerificationCache : public QObject
{
    Q_OBJECT

    test::SupervisionStore m_store;

    SignedRecord signReview(const QString &child, const QString &discussion)
    {
        m_store.clock.now = m_store.clock.now.addSecs(60);
        auto signed_ = m_store.signReview(child, discussion);
        if (!signed_)
            qFatal("%s", qPrintable(signed_.error().message));
        return *signed_;
    }

private Q_SLOTS:
    void initTestCase() { m_store.open(); }

    // Good, tampered, malformed and unknown-key envelopes: asked twice, the cache answers what a
    // fresh check answers, both times.
    void rememberedEqualsFresh()
    {
        VerificationCache cache(100);
        const QByteArray good = signReview(QStringLiteral("fresh"), QStringLiteral("One")).bytes;
        QByteArray tampered = good;
        tampered.replace("\"One\"", "\"Two\"");
        const QList<QByteArray> envelopes { good, tampered, QByteArray("{not json"),
            QByteArray("{\"a\":1}") };
        const auto otherKey = DeviceKeyPair::generate().publicKey();
        for (const PublicKeyLookup &lookup : { serverKeyIs(m_store.serverKey.publicKey()),
                 serverKeyIs(otherKey), PublicKeyLookup() }) {
            for (const QByteArray &envelope : envelopes) {
                const bool fresh = RecordVerifier::verifyEnvelope(envelope, lookup).hasValue();
                QCOMPARE(cache.verifies(envelope, lookup), fresh);
                QCOMPARE(cache.verifies(envelope, lookup), fresh);
            }
        }
        QVERIFY(cache.verifies(good, serverKeyIs(m_store.serverKey.publicKey())));
        // As a record arrives: the full answer, remembered only when it verifies.
        VerificationCache arriving(100);
        for (const QByteArray &envelope : { good, tampered }) {
            auto parsed = JsonParser::parse(envelope);
            QVERIFY(parsed);
            const auto lookup = serverKeyIs(m_store.serverKey.publicKey());
            QCOMPARE(arriving.check(envelope, *parsed, lookup).hasValue(),
                RecordVerifier::verifyEnvelope(envelope, lookup).hasValue());
        }
        QCOMPARE(arriving.size(), 1);
        QVERIFY(arriving.verifies(good, serverKeyIs(m_store.serverKey.publicKey())));
        QVERIFY(!arriving.verifies(good, serverKeyIs(otherKey)));
        QVERIFY(!cache.verifies(tampered, serverKeyIs(m_store.serverKey.publicKey())));
        // The key changed after the answer was remembered: the record is checked against it.
        QVERIFY(!cache.verifies(good, serverKeyIs(otherKey)));
        QVERIFY(cache.verifies(good, serverKeyIs(m_store.serverKey.publicKey())));
    }

    // Shown once as verified, then its bytes are changed in the store: the next view says failed.
    void changedInStoreFailsNextView()
    {
        const QString child = QStringLiteral("tampered-child");
        const SignedRecord record = signReview(child, QStringLiteral("Seen at home"));
        auto first = ConsoleChildRecords::forChild(*m_store.database, child);
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QVERIFY(first->at(0).signatureOk);

        QByteArray changed = record.bytes;
        changed.replace("Seen at home", "Seen at scho");
        QVERIFY(changed != record.bytes);
        QVERIFY(m_store.database->exec(
            QStringLiteral("UPDATE supervision_records SET envelope = ? WHERE id = ?"),
            { changed, record.envelope.id }));

        auto second = ConsoleChildRecords::forChild(*m_store.database, child);
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->at(0).stored.envelope, changed);
        QVERIFY(!second->at(0).signatureOk);
        auto found = ConsoleChildRecords::find(*m_store.database,
            QString::fromLatin1(SupervisionRecords::serverDevice), record.envelope.id);
        QVERIFY(found && found->has_value());
        QVERIFY(!(*found)->signatureOk);
    }

    // A child's tablet records are read and checked once: a second view reads nothing, a new
    // upload reads only what it added about the child, and a changed device key reads the child
    // again (and its signatures no longer verify).
    void childRecordsReadOnce()
    {
        Database &database = *m_store.database;
        QVERIFY(PractitionerRepository(database).upsert(
            QStringLiteral("hv-a"), QStringLiteral("Alex Example"), QStringLiteral("2026-01-01")));
        const DeviceKeyPair key = DeviceKeyPair::generate();
        DeviceRow device;
        device.id = QStringLiteral("tablet-c");
        device.publicKeyHex = DeviceKeyPair::toHex(key.publicKey());
        device.name = QStringLiteral("Tablet");
        device.practitionerId = QStringLiteral("hv-a");
        device.enrolledAt = QStringLiteral("2026-01-01T00:00:00.000Z");
        device.headHash = RecordChain::genesisHash();
        QVERIFY(DeviceRepository(database).insert(device));
        UuidV7Generator ids(m_store.clock);
        RecordWriter writer(key, ChainState::genesis(device.id), ids);
        const auto upload = [&](const QStringList &children) {
            QList<StoredRecord> batch;
            for (const QString &child : children) {
                m_store.clock.now = m_store.clock.now.addSecs(60);
                auto signed_ = writer.append(RecordKind::Visit, QStringLiteral("hv-a"),
                    { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") },
                    JsonValue::object({ { QStringLiteral("child"), child },
                        { QStringLiteral("visitId"), QStringLiteral("v") } }));
                QVERIFY(signed_);
                batch.append({ signed_->envelope.id, device.id, signed_->envelope.seq,
                    signed_->chainHash, signed_->bytes });
            }
            QVERIFY(RecordRepository(database).insert(batch, QStringLiteral("2026-11-02")));
            QVERIFY(DeviceRepository(database).updateHead(device.id, batch.last().seq,
                batch.last().chainHash, batch.last().id, QStringLiteral("2026-11-02")));
        };
        const QString child = QStringLiteral("cached-child");
        upload({ child, child, QStringLiteral("other-child"), child });
        const ChildRecordCache &cache = ChildRecordCache::shared();

        qint64 read = cache.readCount();
        auto first = ConsoleChildRecords::forChild(database, child);
        QVERIFY(first);
        QCOMPARE(first->size(), 3);
        QCOMPARE(cache.readCount() - read, 3); // the other child's record is not parsed
        QVERIFY(std::all_of(first->cbegin(), first->cend(),
            [](const ConsoleRecord &r) { return r.signatureOk && r.envelope; }));

        read = cache.readCount();
        auto again = ConsoleChildRecords::forChild(database, child);
        QVERIFY(again);
        QCOMPARE(cache.readCount(), read);
        QCOMPARE(again->size(), 3);
        QCOMPARE(again->at(0).stored.id, first->at(0).stored.id);

        upload({ QStringLiteral("other-child"), child });
        read = cache.readCount();
        auto grown = ConsoleChildRecords::forChild(database, child);
        QVERIFY(grown);
        QCOMPARE(grown->size(), 4);
        QCOMPARE(cache.readCount() - read, 1);
        QVERIFY(grown->at(0).created > first->at(0).created); // newest first

        QVERIFY(database.exec(QStringLiteral("UPDATE devices SET public_key = ? WHERE id = ?"),
            { DeviceKeyPair::toHex(DeviceKeyPair::generate().publicKey()), device.id }));
        read = cache.readCount();
        auto rekeyed = ConsoleChildRecords::forChild(database, child);
        QVERIFY(rekeyed);
        QCOMPARE(rekeyed->size(), 4);
        QCOMPARE(cache.readCount() - read, 4);
        QVERIFY(std::none_of(rekeyed->cbegin(), rekeyed->cend(),
            [](const ConsoleRecord &r) { return r.signatureOk; }));
    }

    // More records than room: the cache stays at its capacity and every answer is still right.
    void bounded()
    {
        VerificationCache cache(3);
        const PublicKeyLookup lookup = serverKeyIs(m_store.serverKey.publicKey());
        QList<QByteArray> envelopes;
        for (int i = 0; i < 8; ++i)
            envelopes.append(
                signReview(QStringLiteral("bounded"), QStringLiteral("Visit %1").arg(i)).bytes);
        for (int round = 0; round < 2; ++round) {
            for (const QByteArray &envelope : envelopes) {
                QVERIFY(cache.verifies(envelope, lookup));
                QVERIFY(cache.size() <= cache.capacity());
            }
        }
        QCOMPARE(cache.size(), 3);
        QCOMPARE(cache.capacity(), 3);
        QVERIFY(VerificationCache::shared().capacity() > 5000);
    }
};

QTEST_GUILESS_MAIN(TestVerificationCache)
#include "tst_verificationcache.moc"
