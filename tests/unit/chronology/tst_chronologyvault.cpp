#include "../testsupport.h"
#include "chronology/patternflag.h"
#include "content/contentlibrary.h"
#include "signedhistory.h"
#include "vault/recordstore.h"

#include <QTemporaryDir>
#include <QTest>

// Designated initializers name only what each visit is about; GCC 12 warns about the rest.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using Visit = SignedHistory::Visit;

// A flag and its acknowledgement kept in a real SQLCipher vault: both are there after the vault
// is locked and opened again, and a new record written after reopening brings the flag back.
class TestChronologyVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RecoveryKeyPair m_recovery = RecoveryKeyPair::generate();
    test::FakeClock m_clock;
    QList<PatternRule> m_rules;

    std::unique_ptr<Vault> unlocked()
    {
        auto vault = std::make_unique<Vault>(m_dir.path());
        auto ok = vault->exists()
            ? vault->unlock(test::Passcode)
            : vault->create(test::Passcode, m_recovery.publicKey, KdfCost::interactive());
        return ok ? std::move(vault) : nullptr;
    }
    // Opens the vault, appends the records, reads every record back and judges the patterns.
    QList<PatternFlag> session(const QList<QPair<RecordKind, JsonValue>> &append, QStringList *ids)
    {
        auto vault = unlocked();
        if (!vault)
            return {};
        RecordStore store(vault->database(), m_clock);
        if (!store.open())
            return {};
        for (const auto &[kind, body] : append) {
            m_clock.advance(86400 * 7);
            auto record = store.append(kind, QStringLiteral("hv-0042"),
                { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") }, body);
            if (record && ids)
                ids->append(record->envelope.id);
        }
        auto envelopes = store.envelopes();
        if (!envelopes)
            return {};
        const VerifiedRecords verified = VerifiedRecords::fromChain(
            envelopes.value(), RecordVerifier::singleDevice(store.deviceId(), store.publicKey()));
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), verified.records, {});
        const ProfileFacts facts = ProfileFacts::fromRecords(
            chronology, QDate(2025, 1, 1), {}, SignedHistory::childId());
        return PatternEvaluator::evaluate(m_rules, chronology, facts, m_clock.now.addDays(1));
    }
    static std::optional<PatternFlag> notSeen(const QList<PatternFlag> &flags)
    {
        for (const PatternFlag &flag : flags)
            if (flag.ruleId == QLatin1String("not-seen-running"))
                return flag;
        return std::nullopt;
    }

private Q_SLOTS:
    void acknowledgedFlagAcrossRestarts()
    {
        ContentLibrary library;
        QVERIFY(library.loadBuiltIn());
        m_rules = library.current()->patterns;
        const JsonValue unseen
            = SignedHistory::visitBody({ .seen = false }, SignedHistory::childId(), 1);
        QStringList ids;
        auto flag = notSeen(
            session({ { RecordKind::Visit, unseen }, { RecordKind::Visit, unseen } }, &ids));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, ids);
        QVERIFY(!flag->acknowledged);

        flag = notSeen(session(
            { { RecordKind::FlagAcknowledgement,
                SignedHistory::acknowledgementBody(QStringLiteral("not-seen-running"), ids) } },
            nullptr));
        QVERIFY(flag);
        QVERIFY(flag->acknowledged);

        flag = notSeen(session({}, nullptr)); // opened again, nothing new
        QVERIFY(flag);
        QVERIFY(flag->acknowledged);

        flag = notSeen(session({ { RecordKind::Visit, unseen } }, &ids));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, ids);
        QVERIFY(!flag->acknowledged);
    }
};

QTEST_GUILESS_MAIN(TestChronologyVault)
#include "tst_chronologyvault.moc"
