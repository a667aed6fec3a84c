#include "record/recordverifier.h"
#include "testsupport.h"
#include "vault/recordstore.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace hearth;

namespace {
JsonValue visitBody(int n)
{
    return JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-%1").arg(n % 3) },
        { QStringLiteral("visitId"), QStringLiteral("visit-%1").arg(n) },
        { QStringLiteral("summary"), QStringLiteral("Seen alone in her bedroom.") } });
}
const Envelope::PackRef Pack { QStringLiteral("england"), QStringLiteral("1") };
} // namespace

// Signed records inside the vault: identity once per vault, immutable rows, one chain that
// survives lock/unlock and cannot fork under concurrent finishes.
class TestRecordStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    RecoveryKeyPair m_recovery = RecoveryKeyPair::generate();

    std::unique_ptr<Vault> unlocked()
    {
        auto vault = std::make_unique<Vault>(m_dir->path());
        auto ok = vault->exists()
            ? vault->unlock(test::Passcode)
            : vault->create(test::Passcode, m_recovery.publicKey, KdfCost::interactive());
        return ok ? std::move(vault) : nullptr;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void identityIsCreatedOnceAndSurvivesLock()
    {
        auto vault = unlocked();
        QVERIFY(vault);
        RecordStore store(vault->database());
        QVERIFY(store.open());
        const QString device = store.deviceId();
        const SigningPublicKey key = store.publicKey();
        QVERIFY(!device.isEmpty());
        for (int i = 1; i <= 3; ++i)
            QVERIFY(store.append(RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(i)));
        store.close();
        vault->lock();

        auto again = unlocked();
        QVERIFY(again);
        RecordStore reopened(again->database());
        QVERIFY(reopened.open());
        QCOMPARE(reopened.deviceId(), device);
        QVERIFY(reopened.publicKey() == key);
        auto fourth
            = reopened.append(RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(4));
        QVERIFY(fourth);
        QCOMPARE(fourth->envelope.seq, 4);
        auto state = reopened.verifyAll();
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->nextSeq, 5);
        QCOMPARE(
            again->database().scalar(QStringLiteral("SELECT count(*) FROM outbox")).value(), 4);
    }

    void storedBytesAreWhatWasSigned()
    {
        auto vault = unlocked();
        QVERIFY(vault);
        RecordStore store(vault->database());
        QVERIFY(store.open());
        auto record = store.append(RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(1));
        QVERIFY(record);
        auto stored = store.envelope(record->envelope.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value(), record->bytes);
        auto verified = RecordVerifier::verifyEnvelope(
            stored->value(), RecordVerifier::singleDevice(store.deviceId(), store.publicKey()));
        QVERIFY(verified);
    }

    void signedRowsAreImmutable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update body")
            << QStringLiteral("UPDATE signed_record SET envelope = x'00' WHERE seq = 1");
        QTest::newRow("update seq")
            << QStringLiteral("UPDATE signed_record SET seq = 9 WHERE seq = 1");
        QTest::newRow("delete one") << QStringLiteral("DELETE FROM signed_record WHERE seq = 1");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM signed_record");
    }
    void signedRowsAreImmutable()
    {
        QFETCH(QString, sql);
        auto vault = unlocked();
        QVERIFY(vault);
        RecordStore store(vault->database());
        QVERIFY(store.open());
        QVERIFY(store.append(RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(1)));
        const auto before = store.envelopes();
        QVERIFY(before);
        auto refused = vault->database().exec(sql);
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(QLatin1String("signed records cannot")));
        QCOMPARE(store.envelopes().value(), before.value());
    }

    void invalidBodyIsRefusedAndNothingStored()
    {
        auto vault = unlocked();
        QVERIFY(vault);
        RecordStore store(vault->database());
        QVERIFY(store.open());
        auto refused = store.append(RecordKind::Amendment, QStringLiteral("hv-ali"), Pack,
            JsonValue::object({ { QStringLiteral("reason"), QStringLiteral("typo") } }));
        QVERIFY(!refused);
        QCOMPARE(store.envelopes()->size(), 0);
        QCOMPARE(
            vault->database().scalar(QStringLiteral("SELECT count(*) FROM outbox")).value(), 0);
    }

    void concurrentFinishesCannotFork()
    {
        auto first = unlocked();
        QVERIFY(first);
        { // create the identity once, before the race
            RecordStore store(first->database());
            QVERIFY(store.open());
        }
        auto second = unlocked(); // a second connection to the same vault
        QVERIFY(second);
        constexpr int PerWriter = 40;
        auto writer = [](Vault *vault, int offset, int *failures) {
            RecordStore store(vault->database());
            if (!store.open()) {
                *failures = PerWriter;
                return;
            }
            for (int i = 0; i < PerWriter; ++i) {
                if (!store.append(
                        RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(offset + i)))
                    ++*failures;
            }
        };
        int failuresA = 0;
        int failuresB = 0;
        std::thread a(writer, first.get(), 0, &failuresA);
        std::thread b(writer, second.get(), 1000, &failuresB);
        a.join();
        b.join();
        QCOMPARE(failuresA + failuresB, 0);
        RecordStore store(first->database());
        QVERIFY(store.open());
        auto state = store.verifyAll();
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->nextSeq, 2 * PerWriter + 1);
    }

    // Ids increase along the chain whichever RecordStore signs: the app, hearthctl and the
    // enrolment each make their own, and two of them can sign in the same millisecond (the
    // server refused such a record as "id-not-increasing", and the tablet's outbox stuck behind
    // it). Nor does an unlock after the wall clock stepped back start below the last id.
    void idsIncreaseAcrossStoresInOneMillisecondAndAfterTheClockStepsBack()
    {
        auto vault = unlocked();
        QVERIFY(vault);
        test::FakeClock clock; // stands still: every record in the same millisecond
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            RecordStore store(vault->database(), clock);
            QVERIFY(store.open());
            auto record
                = store.append(RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(i));
            QVERIFY(record);
            ids << record->envelope.id;
        }
        clock.advance(-1); // the tablet's clock corrected back by a second
        RecordStore later(vault->database(), clock);
        QVERIFY(later.open());
        auto afterStep
            = later.append(RecordKind::Visit, QStringLiteral("hv-ali"), Pack, visitBody(9));
        QVERIFY(afterStep);
        ids << afterStep->envelope.id;
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(
                ids[i] > ids[i - 1], qPrintable(ids[i - 1] + QStringLiteral(" then ") + ids[i]));
        // The same chain check the server makes, ids included.
        auto state = later.verifyAll();
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->nextSeq, qint64(ids.size() + 1));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
