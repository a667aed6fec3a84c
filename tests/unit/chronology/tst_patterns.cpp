#include "chronology/patternflag.h"
#include "content/contentlibrary.h"
#include "signedhistory.h"

#include <QTest>

// The histories are written with designated initializers so each visit names only what it is
// about; GCC 12 warns about every member left to its default, which is the intent here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using Visit = SignedHistory::Visit;

namespace {
QDateTime at(int y, int m, int d, int hour = 9)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), QTimeZone::utc());
}

// Facts the visit records cannot hold yet, as the household profile will give them.
class ProfileRecords final : public ProfileFactsSource
{
public:
    std::optional<bool> notYetMobile;
    QString condition;
    QList<ProfileFacts::MissingEpisode> episodes;
    void fill(const QString &, ProfileFacts &facts) const override
    {
        if (notYetMobile) {
            facts.notYetMobile = notYetMobile;
            facts.mobilitySource = QStringLiteral("profile-record-1");
        }
        if (!condition.isEmpty())
            facts.conditionOrDisability = LocalText::plain(condition);
        facts.missingEpisodes += episodes;
    }
};
} // namespace

// Every rule of the shipped England pack over signed multi-visit histories (DOMAIN s.3-7): the
// flag appears, names its evidence and stays away one step short of the threshold.
class TestPatterns : public QObject
{
    Q_OBJECT

    QList<PatternRule> m_rules;
    ProfileRecords m_profile;
    QDate m_birth = QDate(2025, 9, 24);

    QList<PatternFlag> flags(const SignedHistory &history, const QDateTime &now)
    {
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), history.verified().records, {});
        ProfileFacts facts
            = ProfileFacts::fromRecords(chronology, m_birth, {}, SignedHistory::childId());
        m_profile.fill(SignedHistory::childId(), facts);
        return PatternEvaluator::evaluate(m_rules, chronology, facts, now);
    }
    static std::optional<PatternFlag> find(const QList<PatternFlag> &flags, const QString &rule)
    {
        for (const PatternFlag &flag : flags)
            if (flag.ruleId == rule)
                return flag;
        return std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        ContentLibrary library;
        QVERIFY(library.loadBuiltIn());
        m_rules = library.current()->patterns;
        QVERIFY(!m_rules.isEmpty());
        m_profile = {};
        m_birth = QDate(2025, 9, 24);
    }

    void wasNotBrought_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("extraDays"); // after 12 months from the first
        QTest::addColumn<bool>("flagged");
        QTest::newRow("2nd on the day 12 months on") << "was-not-brought-second" << 2 << 0 << true;
        QTest::newRow("2nd at 12 months + 1 day") << "was-not-brought-second" << 2 << 1 << false;
        QTest::newRow("3rd on the day 12 months on") << "was-not-brought-third" << 3 << 0 << true;
        QTest::newRow("3rd at 12 months + 1 day") << "was-not-brought-third" << 3 << 1 << false;
        QTest::newRow("only 2 for the 3rd rule") << "was-not-brought-third" << 2 << -30 << false;
    }
    void wasNotBrought()
    {
        QFETCH(QString, rule);
        QFETCH(int, count);
        QFETCH(int, extraDays);
        QFETCH(bool, flagged);
        SignedHistory history;
        const QDate first(2026, 1, 10);
        const QDate last = first.addMonths(12).addDays(extraDays);
        QStringList ids;
        ids << history.visit({ .date = first.addDays(2), .missed = { first } });
        if (count == 3)
            ids << history.visit({ .date = first.addMonths(6), .missed = { first.addMonths(5) } });
        ids << history.visit({ .date = last.addDays(3), .missed = { last } });
        const auto found = flags(history, at(2027, 3, 1));
        auto flag = find(found, rule);
        QCOMPARE(flag.has_value(), flagged);
        if (!flagged)
            return;
        QCOMPARE(flag->evidence, ids);
        QVERIFY2(flag->text(QStringLiteral("en")).contains(QStringLiteral("10/01/2026")),
            qPrintable(flag->text(QStringLiteral("en"))));
        QVERIFY(flag->text(QStringLiteral("cy")).contains(QStringLiteral("mis")));
        QVERIFY(!flag->acknowledged);
    }

    void wasNotBroughtWithCondition()
    {
        SignedHistory history;
        const QString id
            = history.visit({ .date = QDate(2026, 3, 1), .missed = { QDate(2026, 2, 20) } });
        QVERIFY(!find(flags(history, at(2026, 3, 2)), QStringLiteral("was-not-brought-condition")));
        m_profile.condition = QStringLiteral("epilepsy");
        auto flag
            = find(flags(history, at(2026, 3, 2)), QStringLiteral("was-not-brought-condition"));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, QStringList { id });
        QVERIFY(flag->text(QStringLiteral("en")).contains(QStringLiteral("epilepsy")));
    }

    void notSeenRunning()
    {
        SignedHistory apart;
        apart.visit({ .date = QDate(2026, 4, 1), .seen = false });
        apart.visit({ .date = QDate(2026, 4, 10), .seen = true });
        apart.visit({ .date = QDate(2026, 4, 20), .seen = false });
        QVERIFY(!find(flags(apart, at(2026, 4, 21)), QStringLiteral("not-seen-running")));

        SignedHistory running;
        const QString a = running.visit({ .date = QDate(2026, 4, 1), .seen = false });
        const QString b = running.visit({ .date = QDate(2026, 4, 20), .seen = false });
        auto flag = find(flags(running, at(2026, 4, 21)), QStringLiteral("not-seen-running"));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, (QStringList { a, b }));
    }

    void noHealthContact()
    {
        // Under one the limit is 56 days since the child was last seen.
        m_birth = QDate(2026, 1, 1);
        SignedHistory history;
        const QString seen = history.visit({ .date = QDate(2026, 6, 1) });
        QVERIFY(!find(flags(history, at(2026, 7, 27)), QStringLiteral("no-health-contact")));
        auto flag = find(flags(history, at(2026, 7, 28)), QStringLiteral("no-health-contact"));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, QStringList { seen });
        QVERIFY(flag->text(QStringLiteral("en")).contains(QStringLiteral("57 days")));
        // At four, 183 days.
        m_birth = QDate(2022, 1, 1);
        QVERIFY(!find(flags(history, at(2026, 11, 30)), QStringLiteral("no-health-contact")));
        QVERIFY(find(flags(history, at(2026, 12, 2)), QStringLiteral("no-health-contact")));
    }

    void cooperation_data()
    {
        QTest::addColumn<QList<qint64>>("levels");
        QTest::addColumn<QList<qint64>>("kept"); // of 4 offered
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("flagged");
        const QList<qint64> allKept { 4, 4, 4, 4 };
        QTest::newRow("falling 4 3 3 2")
            << QList<qint64> { 4, 3, 3, 2 } << allKept << "co-operation-falling" << true;
        QTest::newRow("rises between")
            << QList<qint64> { 4, 3, 4, 2 } << allKept << "co-operation-falling" << false;
        QTest::newRow("falls by one only")
            << QList<qint64> { 3, 3, 3, 2 } << allKept << "co-operation-falling" << false;
        QTest::newRow("level 5 twice")
            << QList<qint64> { 5, 4, 5 } << allKept << "help-seeking-repeat" << true;
        QTest::newRow("level 5 once")
            << QList<qint64> { 5, 4, 4 } << allKept << "help-seeking-repeat" << false;
        QTest::newRow("co-operative, 3 of 4 missed")
            << QList<qint64> { 4 } << QList<qint64> { 1 } << "co-operative-while-missing" << true;
        QTest::newRow("co-operative, half missed")
            << QList<qint64> { 4 } << QList<qint64> { 2 } << "co-operative-while-missing" << false;
    }
    void cooperation()
    {
        QFETCH(QList<qint64>, levels);
        QFETCH(QList<qint64>, kept);
        QFETCH(QString, rule);
        QFETCH(bool, flagged);
        SignedHistory history;
        QStringList ids;
        for (qsizetype i = 0; i < levels.size(); ++i)
            ids << history.visit({ .date = QDate(2026, 2, 1).addMonths(int(i)),
                .level = levels[i],
                .offered = 4,
                .kept = kept.value(i, 4) });
        auto flag = find(flags(history, at(2026, 12, 1)), rule);
        QCOMPARE(flag.has_value(), flagged);
        if (flag && rule == QLatin1String("co-operation-falling"))
            QCOMPARE(flag->evidence, ids);
    }

    void concerns()
    {
        SignedHistory history;
        const auto mood = QPair<QString, QString> { QStringLiteral("parental-mental-health"),
            QStringLiteral("Low mood.") };
        const QString a = history.visit({ .date = QDate(2026, 1, 5), .concerns = { mood } });
        const QString b = history.visit({ .date = QDate(2026, 3, 5),
            .concerns
            = { mood, { QStringLiteral("domestic-abuse"), QStringLiteral("Shouting heard.") } } });
        QVERIFY(!find(flags(history, at(2026, 3, 6)), QStringLiteral("repeated-concern")));
        QVERIFY(!find(flags(history, at(2026, 3, 6)), QStringLiteral("adversities")));
        QVERIFY(!find(flags(history, at(2026, 3, 6)), QStringLiteral("life-event-after-concern")));
        const QString c = history.visit({ .date = QDate(2026, 7, 5),
            .concerns = { mood, { QStringLiteral("alcohol-misuse"), QStringLiteral("Cans.") } } });
        const QString d = history.visit({ .date = QDate(2026, 8, 1),
            .concerns
            = { { QStringLiteral("life-event"), QStringLiteral("Grandmother died.") } } });
        const auto found = flags(history, at(2026, 8, 2));
        auto repeated = find(found, QStringLiteral("repeated-concern"));
        QVERIFY(repeated);
        QCOMPARE(repeated->subject, QStringLiteral("parental-mental-health"));
        QCOMPARE(repeated->evidence, (QStringList { a, b, c }));
        auto adversities = find(found, QStringLiteral("adversities"));
        QVERIFY(adversities);
        QVERIFY(
            adversities->text(QStringLiteral("en")).startsWith(QStringLiteral("3 adversities")));
        auto escalation = find(found, QStringLiteral("life-event-after-concern"));
        QVERIFY(escalation);
        QCOMPARE(escalation->evidence, (QStringList { a, b, c, d }));
        QVERIFY(
            escalation->text(QStringLiteral("en")).contains(QStringLiteral("Grandmother died.")));

        // Six months and a day from the first: not three within six months.
        SignedHistory spread;
        spread.visit({ .date = QDate(2026, 1, 5), .concerns = { mood } });
        spread.visit({ .date = QDate(2026, 4, 5), .concerns = { mood } });
        spread.visit({ .date = QDate(2026, 7, 6), .concerns = { mood } });
        QVERIFY(!find(flags(spread, at(2026, 8, 1)), QStringLiteral("repeated-concern")));
    }

    void newAdult()
    {
        SignedHistory history;
        const auto jade = QPair<QString, bool> { QStringLiteral("Jade"), true };
        history.visit({ .date = QDate(2026, 3, 1), .adults = { jade } });
        const QString met = history.visit(
            { .date = QDate(2026, 5, 1), .adults = { jade, { QStringLiteral("Ryan"), false } } });
        auto flag = find(flags(history, at(2026, 5, 2)), QStringLiteral("new-adult-not-seen"));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, QStringList { met });
        QVERIFY(flag->text(QStringLiteral("en")).contains(QStringLiteral("Ryan")));
        history.visit(
            { .date = QDate(2026, 6, 1), .adults = { { QStringLiteral("Ryan"), true } } });
        QVERIFY(!find(flags(history, at(2026, 6, 2)), QStringLiteral("new-adult-not-seen")));
    }

    void significantNotShared()
    {
        // Recorded on a Friday: one working day runs to Monday.
        SignedHistory untold;
        const QString id = untold.visit({ .date = QDate(2026, 5, 1), .immediate = true });
        QVERIFY(!find(flags(untold, at(2026, 5, 4, 9)), QStringLiteral("significant-not-shared")));
        auto flag
            = find(flags(untold, at(2026, 5, 4, 11)), QStringLiteral("significant-not-shared"));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, QStringList { id });

        SignedHistory told;
        told.visit({ .date = QDate(2026, 5, 1),
            .immediate = true,
            .toldAt = QStringLiteral("2026-05-01T11:00:00Z") });
        QVERIFY(!find(flags(told, at(2026, 6, 1)), QStringLiteral("significant-not-shared")));
    }

    void injuryNotMobile()
    {
        SignedHistory history;
        const QString id
            = history.visit({ .date = QDate(2026, 1, 10), .injuredOn = QDate(2026, 1, 8) });
        QVERIFY(!find(flags(history, at(2026, 1, 11)), QStringLiteral("injury-not-mobile")));
        m_profile.notYetMobile = true;
        auto flag = find(flags(history, at(2026, 1, 11)), QStringLiteral("injury-not-mobile"));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, (QStringList { QStringLiteral("profile-record-1"), id }));
        QCOMPARE(flag->to, QDate(2026, 1, 8)); // the day it happened, not the visit
    }

    void adolescentMissing()
    {
        m_birth = QDate(2012, 6, 1);
        SignedHistory history;
        history.visit({ .date = QDate(2026, 1, 5) });
        m_profile.episodes = { { at(2026, 2, 1), at(2026, 2, 3), QStringLiteral("missing-1") },
            { at(2026, 5, 1), std::nullopt, QStringLiteral("missing-2") } };
        auto found = flags(history, at(2026, 5, 3));
        auto repeat = find(found, QStringLiteral("missing-repeat"));
        QVERIFY(repeat);
        QCOMPARE(repeat->evidence,
            (QStringList { QStringLiteral("missing-1"), QStringLiteral("missing-2") }));
        QVERIFY(!find(found, QStringLiteral("return-interview-late"))); // 48 hours so far
        found = flags(history, at(2026, 5, 4, 10));
        auto late = find(found, QStringLiteral("return-interview-late"));
        QVERIFY(late);
        QCOMPARE(late->evidence, QStringList { QStringLiteral("missing-2") });
        // 90 days apart counts; 91 does not.
        m_profile.episodes = { { at(2026, 2, 1), at(2026, 2, 2), QStringLiteral("missing-1") },
            { at(2026, 5, 3), at(2026, 5, 4), QStringLiteral("missing-2") } };
        QVERIFY(!find(flags(history, at(2026, 5, 5)), QStringLiteral("missing-repeat")));
        // A child under eleven is not flagged by the adolescent rule.
        m_birth = QDate(2018, 1, 1);
        m_profile.episodes[1].returned = at(2026, 2, 20);
        QVERIFY(!find(flags(history, at(2026, 5, 5)), QStringLiteral("missing-repeat")));
    }

    // An acknowledgement covers the evidence it names; new evidence brings the flag back.
    void acknowledgement()
    {
        SignedHistory history;
        const QString a = history.visit({ .date = QDate(2026, 1, 5), .seen = false });
        const QString b = history.visit({ .date = QDate(2026, 1, 20), .seen = false });
        const QString ack
            = history.acknowledge(QDate(2026, 1, 21), QStringLiteral("not-seen-running"), { a, b });
        auto flag = find(flags(history, at(2026, 1, 22)), QStringLiteral("not-seen-running"));
        QVERIFY(flag);
        QVERIFY(flag->acknowledged);
        QCOMPARE(flag->acknowledgement, ack);
        const QString c = history.visit({ .date = QDate(2026, 2, 2), .seen = false });
        const auto found = flags(history, at(2026, 2, 3));
        flag = find(found, QStringLiteral("not-seen-running"));
        QVERIFY(flag);
        QVERIFY(!flag->acknowledged);
        QCOMPARE(flag->evidence, (QStringList { a, b, c }));
    }
};

QTEST_GUILESS_MAIN(TestPatterns)
#include "tst_patterns.moc"
