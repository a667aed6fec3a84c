// The console's remembered signature checks (VerificationCache), against a real SQLite store and
// real Ed25519 keys: the remembered answer is the one a fresh check gives, a record whose stored
// bytes change after it was first shown fails on the next view, a replaced key checks again, and
// the cache never holds more than it was given room for.
#include "consolechildrecords.h"
#include "database.h"
#include "migrations.h"
#include "record/jsonparser.h"
#include "record/recordverifier.h"
#include "settingsstore.h"
#include "supervisionflags.h"
#include "supervisionrecords.h"
#include "verificationcache.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;
using namespace hearth::server;

namespace {
class TestClock final : public Clock
{
public:
    QDateTime now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

JsonValue reviewBody(const QString &child, const QString &discussion)
{
    return JsonValue::object({ { QStringLiteral("format"), 1 }, { QStringLiteral("child"), child },
        { QStringLiteral("supervisor"), QStringLiteral("sup-a") },
        { QStringLiteral("discussion"), discussion },
        { QStringLiteral("decision"), QStringLiteral("Keep open") },
        { QStringLiteral("rationale"), QStringLiteral("Concern keeps coming back") },
        { QStringLiteral("actions"), JsonValue::array() } });
}

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

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    DeviceKeyPair m_serverKey = DeviceKeyPair::generate();
    TestClock m_clock;

    SignedRecord signReview(const QString &child, const QString &discussion)
    {
        m_clock.now = m_clock.now.addSecs(60);
        auto signed_ = SupervisionRecords(*m_database)
                           .sign(RecordKind::SupervisorReview, child, QStringLiteral("sup-a"),
                               SupervisionFlags::builtIn().pack(), reviewBody(child, discussion),
                               m_serverKey, m_clock);
        if (!signed_)
            qFatal("%s", qPrintable(signed_.error().message));
        return *signed_;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>(StoreConfig::sqliteIn(m_dir.path()));
        QCOMPARE(Migrations::migrate(*m_database).value(), Migrations::latestVersion());
        QVERIFY(SettingsStore(*m_database)
                    .set(SettingsStore::serverPublicKey,
                        DeviceKeyPair::toHex(m_serverKey.publicKey())));
    }

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
        for (const PublicKeyLookup &lookup :
            { serverKeyIs(m_serverKey.publicKey()), serverKeyIs(otherKey), PublicKeyLookup() }) {
            for (const QByteArray &envelope : envelopes) {
                const bool fresh = RecordVerifier::verifyEnvelope(envelope, lookup).hasValue();
                QCOMPARE(cache.verifies(envelope, lookup), fresh);
                QCOMPARE(cache.verifies(envelope, lookup), fresh);
            }
        }
        QVERIFY(cache.verifies(good, serverKeyIs(m_serverKey.publicKey())));
        // As a record arrives: the full answer, remembered only when it verifies.
        VerificationCache arriving(100);
        for (const QByteArray &envelope : { good, tampered }) {
            auto parsed = JsonParser::parse(envelope);
            QVERIFY(parsed);
            const auto lookup = serverKeyIs(m_serverKey.publicKey());
            QCOMPARE(arriving.check(envelope, *parsed, lookup).hasValue(),
                RecordVerifier::verifyEnvelope(envelope, lookup).hasValue());
        }
        QCOMPARE(arriving.size(), 1);
        QVERIFY(arriving.verifies(good, serverKeyIs(m_serverKey.publicKey())));
        QVERIFY(!arriving.verifies(good, serverKeyIs(otherKey)));
        QVERIFY(!cache.verifies(tampered, serverKeyIs(m_serverKey.publicKey())));
        // The key changed after the answer was remembered: the record is checked against it.
        QVERIFY(!cache.verifies(good, serverKeyIs(otherKey)));
        QVERIFY(cache.verifies(good, serverKeyIs(m_serverKey.publicKey())));
    }

    // Shown once as verified, then its bytes are changed in the store: the next view says failed.
    void changedInStoreFailsNextView()
    {
        const QString child = QStringLiteral("tampered-child");
        const SignedRecord record = signReview(child, QStringLiteral("Seen at home"));
        auto first = ConsoleChildRecords::forChild(*m_database, child);
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        QVERIFY(first->at(0).signatureOk);

        QByteArray changed = record.bytes;
        changed.replace("Seen at home", "Seen at scho");
        QVERIFY(changed != record.bytes);
        QVERIFY(m_database->exec(
            QStringLiteral("UPDATE supervision_records SET envelope = ? WHERE id = ?"),
            { changed, record.envelope.id }));

        auto second = ConsoleChildRecords::forChild(*m_database, child);
        QVERIFY(second);
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->at(0).stored.envelope, changed);
        QVERIFY(!second->at(0).signatureOk);
        auto found = ConsoleChildRecords::find(
            *m_database, QString::fromLatin1(SupervisionRecords::serverDevice), record.envelope.id);
        QVERIFY(found && found->has_value());
        QVERIFY(!(*found)->signatureOk);
    }

    // More records than room: the cache stays at its capacity and every answer is still right.
    void bounded()
    {
        VerificationCache cache(3);
        const PublicKeyLookup lookup = serverKeyIs(m_serverKey.publicKey());
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
