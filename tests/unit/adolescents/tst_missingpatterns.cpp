#include "../chronology/signedhistory.h"
#include "../testsupport.h"
#include "chronology/patternflag.h"
#include "content/contentpackreader.h"
#include "missingbodies.h"
#include "vault/recordstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using test::SignedHistory;

namespace {
QDateTime at(QDate day, int hour = 9)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone::utc());
}

QList<PatternRule> rulesOf(const QString &packFile, PatternRule::Check check)
{
    auto pack = ContentPackReader::read(test::readAll(packFile), packFile);
    if (!pack)
        qFatal("%s: %s", qPrintable(packFile), qPrintable(pack.error().message()));
    QList<PatternRule> out;
    for (const PatternRule &rule : pack->patterns)
        if (rule.check == check)
            out.append(rule);
    return out;
}

QList<PatternFlag> flagsOf(const QList<PatternFlag> &flags, const QString &rule)
{
    QList<PatternFlag> out;
    for (const PatternFlag &flag : flags)
        if (flag.ruleId == rule)
            out.append(flag);
    return out;
}

QList<PatternFlag> judge(
    const SignedHistory &history, const PatternRule &rule, QDate birth, const QDateTime &now)
{
    const Chronology chronology
        = ChronologyBuilder::build(SignedHistory::childId(), history.verified().records, {});
    const ProfileFacts facts
        = ProfileFacts::fromRecords(chronology, birth, {}, SignedHistory::childId());
    return flagsOf(PatternEvaluator::evaluate({ rule }, chronology, facts, now), rule.id);
}

// The flag's words in `language`, every figure filled in.
bool saysIt(const PatternFlag &flag, const QString &language)
{
    const QString text = flag.text(language);
    return !text.trimmed().isEmpty() && !text.contains(u'{');
}
} // namespace

// The adolescent rules of issue 11 over signed going-missing and return home interview records:
// every such rule of every shipped pack, in both languages, fires with the records behind it,
// stays quiet one step short (episodes a day too far apart, an interview an hour inside the
// limit), and is there again after the vault is locked and opened.
class TestMissingPatterns : public QObject
{
    Q_OBJECT

    static void packRows()
    {
        QTest::addColumn<QString>("packFile");
        QTest::addColumn<QString>("language");
        const QDir packs(QStringLiteral(HEARTH_PACKS_DIR));
        const QStringList files = packs.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY2(files.size() >= 2, "the England and Wales packs are found");
        for (const QString &file : files)
            for (const char *language : { "en", "cy" })
                QTest::addRow("%s %s", qPrintable(file), language)
                    << packs.filePath(file) << QString::fromLatin1(language);
    }

private Q_SLOTS:
    void missingRepeat_data() { packRows(); }
    void missingRepeat()
    {
        QFETCH(QString, packFile);
        QFETCH(QString, language);
        const QList<PatternRule> rules = rulesOf(packFile, PatternRule::Check::MissingRepeat);
        QVERIFY2(!rules.isEmpty(), "the pack declares a repeated going-missing rule");
        for (const PatternRule &rule : rules) {
            const qint64 count = rule.number(QStringLiteral("count"));
            const qint64 days = rule.number(QStringLiteral("withinDays"));
            const QDate first(2026, 2, 1);
            const QDate birth = first.addMonths(-rule.number(QStringLiteral("fromMonths")) - 12);
            for (const qint64 span : { days, days + 1 }) {
                SignedHistory history;
                QStringList episodes;
                for (qint64 i = 0; i < count; ++i) {
                    const QDate back = first.addDays(span * i / (count - 1));
                    episodes.append(history.add(RecordKind::GoingMissing, back,
                        test::episodeBody(
                            SignedHistory::childId(), at(back.addDays(-1)), at(back))));
                }
                const QDateTime now = at(first.addDays(span + 1));
                const QList<PatternFlag> flags = judge(history, rule, birth, now);
                if (span > days) {
                    QVERIFY2(
                        flags.isEmpty(), qPrintable(rule.id + QStringLiteral(" too far apart")));
                    continue;
                }
                QCOMPARE(flags.size(), 1);
                QCOMPARE(flags.first().evidence, episodes);
                QCOMPARE(flags.first().from, first);
                QVERIFY2(saysIt(flags.first(), language), qPrintable(flags.first().text(language)));
                QVERIFY(flags.first().text(language).contains(QString::number(days)));
                // The same history for a child younger than the rule's age says nothing.
                const QDate young
                    = first.addMonths(-rule.number(QStringLiteral("fromMonths")) + 12);
                QVERIFY(judge(history, rule, young, now).isEmpty());
            }
        }
    }

    void returnInterviewLate_data() { packRows(); }
    void returnInterviewLate()
    {
        QFETCH(QString, packFile);
        QFETCH(QString, language);
        const QList<PatternRule> rules = rulesOf(packFile, PatternRule::Check::ReturnInterviewLate);
        QVERIFY2(!rules.isEmpty(), "the pack declares a late return home interview rule");
        struct Case
        {
            const char *name;
            const char *status;  // "" for no interview recorded
            qint64 offeredAfter; // hours after coming back, relative to the limit
            qint64 judgedAfter;  // hours after coming back, relative to the limit
            bool fires;
        };
        for (const PatternRule &rule : rules) {
            const qint64 hours = rule.number(QStringLiteral("withinHours"));
            for (const Case &c : { Case { "no interview yet, inside the limit", "", 0, -1, false },
                     Case { "no interview, past the limit", "", 0, 1, true },
                     Case { "held an hour inside the limit", "done", -1, 24, false },
                     Case { "declined an hour inside the limit", "declined", -1, 24, false },
                     Case { "held an hour past the limit", "done", 1, 24, true },
                     Case { "not offered", "not-offered", 0, 24, true } }) {
                SignedHistory history;
                const QDateTime back = at(QDate(2026, 3, 5), 9);
                const QString episode = history.add(RecordKind::GoingMissing, back.date(),
                    test::episodeBody(SignedHistory::childId(), back.addDays(-1), back));
                QString interview;
                if (*c.status) {
                    const QDateTime offered = back.addSecs((hours + c.offeredAfter) * 3600);
                    interview
                        = history.add(RecordKind::ReturnHomeInterview, offered.date().addDays(1),
                            test::interviewBody(SignedHistory::childId(), episode,
                                QString::fromLatin1(c.status), offered));
                }
                const QDateTime now = back.addSecs((hours + c.judgedAfter) * 3600);
                const QList<PatternFlag> flags
                    = judge(history, rule, QDate(2011, 5, 1), now.addDays(*c.status ? 2 : 0));
                QVERIFY2(flags.size() == (c.fires ? 1 : 0), c.name);
                if (!c.fires)
                    continue;
                QCOMPARE(flags.first().evidence, QStringList { episode });
                QCOMPARE(flags.first().from, back.date());
                QVERIFY2(saysIt(flags.first(), language), qPrintable(flags.first().text(language)));
                QVERIFY(flags.first().text(language).contains(QString::number(hours)));
            }
        }
    }

    // Two episodes and no interview for the second, in a real SQLCipher vault: both flags are
    // judged again from the stored records after the vault is locked and opened, and an
    // interview recorded after that quiets exactly the episode it names.
    void survivesRestart()
    {
        QTemporaryDir dir;
        const RecoveryKeyPair recovery = RecoveryKeyPair::generate();
        test::FakeClock clock;
        clock.now = at(QDate(2026, 3, 1));
        QList<PatternRule> rules = rulesOf(QStringLiteral(HEARTH_PACKS_DIR "/england.json"),
                                       PatternRule::Check::MissingRepeat)
            + rulesOf(QStringLiteral(HEARTH_PACKS_DIR "/england.json"),
                PatternRule::Check::ReturnInterviewLate);
        QCOMPARE(rules.size(), 2);
        const QString child = SignedHistory::childId();
        const auto session = [&](const QList<QPair<RecordKind, JsonValue>> &append,
                                 QStringList *ids) -> QList<PatternFlag> {
            Vault vault(dir.path());
            const bool opened = vault.exists()
                ? bool(vault.unlock(test::Passcode))
                : bool(vault.create(test::Passcode, recovery.publicKey, KdfCost::interactive()));
            if (!opened)
                return {};
            RecordStore store(vault.database(), clock);
            if (!store.open())
                return {};
            for (const auto &[kind, body] : append) {
                clock.advance(3600);
                auto record = store.append(kind, QStringLiteral("sw-0007"),
                    { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") }, body);
                if (!record)
                    return {};
                if (ids)
                    ids->append(record->envelope.id);
            }
            auto envelopes = store.envelopes();
            if (!envelopes)
                return {};
            const VerifiedRecords verified = VerifiedRecords::fromChain(envelopes.value(),
                RecordVerifier::singleDevice(store.deviceId(), store.publicKey()));
            const Chronology chronology = ChronologyBuilder::build(child, verified.records, {});
            const ProfileFacts facts
                = ProfileFacts::fromRecords(chronology, QDate(2011, 5, 1), {}, child);
            return PatternEvaluator::evaluate(rules, chronology, facts, clock.now);
        };
        const QDateTime back1 = at(QDate(2026, 1, 10));
        const QDateTime back2 = at(QDate(2026, 2, 20));
        QStringList ids;
        auto flags = session(
            { { RecordKind::GoingMissing, test::episodeBody(child, back1.addDays(-1), back1) },
                { RecordKind::GoingMissing, test::episodeBody(child, back2.addDays(-1), back2) } },
            &ids);
        QCOMPARE(ids.size(), 2);
        QCOMPARE(flagsOf(flags, rules.at(0).id).size(), 1);
        QCOMPARE(flagsOf(flags, rules.at(1).id).size(), 2);

        flags = session({}, nullptr); // locked and opened again
        QCOMPARE(flagsOf(flags, rules.at(0).id).value(0).evidence, ids);
        const QList<PatternFlag> late = flagsOf(flags, rules.at(1).id);
        QCOMPARE(late.size(), 2);
        QCOMPARE(late.at(0).evidence, QStringList { ids.at(0) });
        QCOMPARE(late.at(1).evidence, QStringList { ids.at(1) });

        // Recorded today, offered 48 hours after the second return: that episode is answered.
        flags = session({ { RecordKind::ReturnHomeInterview,
                            test::interviewBody(child, ids.at(1), QStringLiteral("done"),
                                back2.addSecs(48 * 3600)) } },
            nullptr);
        QCOMPARE(flagsOf(flags, rules.at(1).id).size(), 1);
        QCOMPARE(flagsOf(flags, rules.at(1).id).first().evidence, QStringList { ids.at(0) });
        QCOMPARE(flagsOf(flags, rules.at(0).id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMissingPatterns)
#include "tst_missingpatterns.moc"
