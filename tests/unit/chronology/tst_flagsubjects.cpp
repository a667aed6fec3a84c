#include "../testsupport.h"
#include "chronology/patternflag.h"
#include "content/contentlibrary.h"
#include "household/flagacknowledging.h"
#include "signedhistory.h"
#include "vault/recordstore.h"

#include <QTemporaryDir>
#include <QTest>

// Designated initializers name only what each visit is about; GCC 12 warns about the rest.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using HistoryVisit = SignedHistory::Visit;

namespace {
QList<PatternRule> englandRules()
{
    ContentLibrary library;
    if (!library.loadBuiltIn())
        qFatal("the built-in pack did not load");
    return library.current()->patterns;
}

QList<PatternFlag> flagsOf(const QList<VerifiedRecord> &records, const QDateTime &now)
{
    static const QList<PatternRule> rules = englandRules();
    const Chronology chronology = ChronologyBuilder::build(SignedHistory::childId(), records, {});
    const ProfileFacts facts
        = ProfileFacts::fromRecords(chronology, QDate(2024, 1, 1), {}, SignedHistory::childId());
    return PatternEvaluator::evaluate(rules, chronology, facts, now);
}

std::optional<PatternFlag> find(
    const QList<PatternFlag> &flags, const QString &rule, const QString &subject)
{
    for (const PatternFlag &flag : flags)
        if (flag.ruleId == rule && flag.subject == subject)
            return flag;
    return std::nullopt;
}

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(9, 0), QTimeZone::utc());
}
} // namespace

// Acknowledgements match a flag by rule and subject, not by rule alone (issue 11, item 4): two
// flags of one rule can rest on the same record, and acknowledging one leaves the other open.
class TestFlagSubjects : public QObject
{
    Q_OBJECT

    static const QString NewAdult;
    static const QString Repeated;

private Q_SLOTS:
    // Two adults first named at the same visit, neither spoken to: two flags, one record.
    void oneNewAdultAcknowledgedLeavesTheOther()
    {
        SignedHistory history;
        history.visit(
            { .date = QDate(2026, 1, 5), .adults = { { QStringLiteral("Jade"), true } } });
        const QString second = history.visit({ .date = QDate(2026, 2, 5),
            .adults = { { QStringLiteral("Jade"), true }, { QStringLiteral("Rhodri"), false },
                { QStringLiteral("Kyle"), false } } });
        auto flags = flagsOf(history.verified().records, at(2026, 2, 6));
        const auto rhodri = find(flags, NewAdult, QStringLiteral("Rhodri"));
        const auto kyle = find(flags, NewAdult, QStringLiteral("Kyle"));
        QVERIFY(rhodri && kyle);
        QCOMPARE(rhodri->evidence, QStringList { second });
        QCOMPARE(kyle->evidence, rhodri->evidence);

        // An acknowledgement that names no subject (as signed before subjects were recorded)
        // covers neither.
        history.acknowledge(QDate(2026, 2, 6), NewAdult, { second });
        flags = flagsOf(history.verified().records, at(2026, 2, 7));
        QVERIFY(!find(flags, NewAdult, QStringLiteral("Rhodri"))->acknowledged);
        QVERIFY(!find(flags, NewAdult, QStringLiteral("Kyle"))->acknowledged);

        const QString ack = history.acknowledge(
            QDate(2026, 2, 7), NewAdult, { second }, QStringLiteral("Rhodri"));
        flags = flagsOf(history.verified().records, at(2026, 2, 8));
        QVERIFY(find(flags, NewAdult, QStringLiteral("Rhodri"))->acknowledged);
        QCOMPARE(find(flags, NewAdult, QStringLiteral("Rhodri"))->acknowledgement, ack);
        QVERIFY(!find(flags, NewAdult, QStringLiteral("Kyle"))->acknowledged);

        // Kyle spoken to at the next visit: his flag goes, Rhodri's stays acknowledged.
        history.visit({ .date = QDate(2026, 3, 5),
            .adults = { { QStringLiteral("Jade"), true }, { QStringLiteral("Kyle"), true } } });
        flags = flagsOf(history.verified().records, at(2026, 3, 6));
        QVERIFY(!find(flags, NewAdult, QStringLiteral("Kyle")));
        QVERIFY(find(flags, NewAdult, QStringLiteral("Rhodri"))->acknowledged);
    }

    // The same visits hold two kinds of concern three times each: acknowledging the neglect
    // flag leaves the emotional harm flag open, and a fourth neglect concern brings it back.
    void oneConcernKindAcknowledgedUntilNewEvidence()
    {
        SignedHistory history;
        QStringList visits;
        const QList<QPair<QString, QString>> both { { QStringLiteral("neglect"),
                                                        QStringLiteral("No food in the fridge.") },
            { QStringLiteral("emotional-harm"), QStringLiteral("Flinched when mum shouted.") } };
        for (int month = 1; month <= 3; ++month)
            visits.append(history.visit({ .date = QDate(2026, month, 10), .concerns = both }));
        auto flags = flagsOf(history.verified().records, at(2026, 3, 11));
        QVERIFY(find(flags, Repeated, QStringLiteral("neglect")));
        QCOMPARE(find(flags, Repeated, QStringLiteral("emotional-harm"))->evidence, visits);

        history.acknowledge(QDate(2026, 3, 11), Repeated, visits, QStringLiteral("neglect"));
        flags = flagsOf(history.verified().records, at(2026, 3, 12));
        QVERIFY(find(flags, Repeated, QStringLiteral("neglect"))->acknowledged);
        QVERIFY(!find(flags, Repeated, QStringLiteral("emotional-harm"))->acknowledged);

        const QString fourth = history.visit({ .date = QDate(2026, 4, 10),
            .concerns = { { QStringLiteral("neglect"), QStringLiteral("Bedding soaked.") } } });
        flags = flagsOf(history.verified().records, at(2026, 4, 11));
        const auto neglect = find(flags, Repeated, QStringLiteral("neglect"));
        QVERIFY(!neglect->acknowledged);
        QCOMPARE(neglect->evidence, visits + QStringList { fourth });
    }

    // Signed through the app's one acknowledgement path into a real vault: the record names
    // the subject, and after the vault is opened again only that flag is acknowledged.
    void signedAcknowledgementNamesTheSubject()
    {
        QTemporaryDir dir;
        test::FakeClock clock;
        clock.now = at(2026, 2, 5);
        const RecoveryKeyPair recovery = RecoveryKeyPair::generate();
        const auto session = [&](const std::function<void(RecordStore &)> &work) {
            Vault vault(dir.path());
            const auto ok = vault.exists()
                ? vault.unlock(test::Passcode)
                : vault.create(test::Passcode, recovery.publicKey, KdfCost::interactive());
            QVERIFY(ok);
            RecordStore store(vault.database(), clock);
            QVERIFY(store.open());
            work(store);
        };
        const auto flagsIn = [&](RecordStore &store) {
            auto envelopes = store.envelopes();
            if (!envelopes)
                return QList<PatternFlag>();
            return flagsOf(VerifiedRecords::fromChain(envelopes.value(),
                               RecordVerifier::singleDevice(store.deviceId(), store.publicKey()))
                               .records,
                clock.now.addDays(1));
        };
        session([&](RecordStore &store) {
            int number = 0;
            for (const HistoryVisit &visit :
                { HistoryVisit { .adults = { { QStringLiteral("Jade"), true } } },
                    HistoryVisit { .adults
                        = { { QStringLiteral("Jade"), true }, { QStringLiteral("Rhodri"), false },
                            { QStringLiteral("Kyle"), false } } } }) {
                clock.advance(86400);
                QVERIFY(store.append(RecordKind::Visit, QStringLiteral("hv-0042"),
                    { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") },
                    SignedHistory::visitBody(visit, SignedHistory::childId(), ++number)));
            }
            const auto rhodri = find(flagsIn(store), NewAdult, QStringLiteral("Rhodri"));
            QVERIFY(rhodri);
            clock.advance(3600);
            const auto signedId = FlagAcknowledging::sign(store,
                { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") },
                QStringLiteral("hv-0042"), SignedHistory::childId(), *rhodri,
                QStringLiteral("Rhodri is mum's brother, staying a week; I will ask to meet him."));
            QVERIFY(signedId);
            auto envelopes = store.envelopes();
            QVERIFY(envelopes);
            QVERIFY(envelopes->constLast().contains(R"("subject":"Rhodri")"));
        });
        session([&](RecordStore &store) {
            const QList<PatternFlag> flags = flagsIn(store);
            QVERIFY(find(flags, NewAdult, QStringLiteral("Rhodri"))->acknowledged);
            QVERIFY(!find(flags, NewAdult, QStringLiteral("Kyle"))->acknowledged);
        });
    }
};

const QString TestFlagSubjects::NewAdult = QStringLiteral("new-adult-not-seen");
const QString TestFlagSubjects::Repeated = QStringLiteral("repeated-concern");

QTEST_GUILESS_MAIN(TestFlagSubjects)
#include "tst_flagsubjects.moc"
