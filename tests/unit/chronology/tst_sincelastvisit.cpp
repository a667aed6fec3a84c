// "Since your last visit": over a signed history and the England pack's rules, what is new
// since the practitioner's own last visit (flags whose evidence runs past it, with a line per
// record behind them, and the agency's summaries after it), what is not (flags already there
// then, acknowledged flags), and a first visit where everything open is new.
#include "content/contentlibrary.h"
#include "household/sincelastvisit.h"
#include "signedhistory.h"

#include <QTest>

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using Visit = SignedHistory::Visit;

namespace {
const QDateTime Now(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
const QString Me = QStringLiteral("hv-0042");
} // namespace

class TestSinceLastVisit : public QObject
{
    Q_OBJECT

    QList<PatternRule> m_rules;

    SinceLastVisit since(const SignedHistory &history, const QList<VisitSummary> &summaries,
        const QString &author = Me)
    {
        const auto records = history.verified().records;
        Child child;
        child.id = SignedHistory::childId();
        child.dateOfBirth = QDate(2023, 1, 10);
        Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), records, summaries);
        const auto flags
            = CaseloadJudge::judge(records, { child }, summaries, m_rules, Now, nullptr)
                  .value(child.id);
        return SinceLastVisit::from(chronology, flags, m_rules, author, Now.date());
    }

    static VisitSummary summary(const QDate &date, const QString &text)
    {
        return { text, SignedHistory::childId(), date, QStringLiteral("School nurse team"), text };
    }

private Q_SLOTS:
    void initTestCase()
    {
        ContentLibrary content;
        QVERIFY(content.loadBuiltIn());
        m_rules = content.current()->patterns;
    }

    // My own visits only: the flag they raised was there when I last visited, so nothing is new.
    void nothingNewAfterMyOwnLastVisit()
    {
        SignedHistory history;
        history.visit({ .date = QDate(2026, 1, 5), .missed = { QDate(2026, 1, 2) } });
        history.visit({ .date = QDate(2026, 5, 20), .missed = { QDate(2026, 5, 18) } });
        const SinceLastVisit s
            = since(history, { summary(QDate(2026, 4, 1), QStringLiteral("Before")) });
        QCOMPARE(s.lastVisit, std::optional<QDate>(QDate(2026, 5, 20)));
        QVERIFY(s.flags.isEmpty());
        QVERIFY(s.agencySummaries.isEmpty());
        QVERIFY(s.isEmpty());
    }

    void aFlagRaisedAfterTheLastVisitComesWithItsEvidence()
    {
        SignedHistory history;
        const QString first
            = history.visit({ .date = QDate(2026, 1, 5), .missed = { QDate(2026, 1, 2) } });
        history.visit({ .date = QDate(2026, 3, 2) });
        // The clinic's missed-appointment record after my visit (not a visit: no "last visit").
        const QString late = history.add(RecordKind::MissedAppointment, QDate(2026, 5, 20),
            JsonValue::object({ { QStringLiteral("child"), SignedHistory::childId() },
                { QStringLiteral("what"), QStringLiteral("Hearing test") },
                { QStringLiteral("when"), QStringLiteral("2026-05-18") },
                { QStringLiteral("arrangedBy"), QStringLiteral("Audiology") },
                { QStringLiteral("followUp"), QStringLiteral("Rebooked.") } }));
        const SinceLastVisit s = since(history,
            { summary(QDate(2026, 2, 1), QStringLiteral("Before")),
                summary(QDate(2026, 4, 1), QStringLiteral("After")) });
        QCOMPARE(s.lastVisit, std::optional<QDate>(QDate(2026, 3, 2)));
        QCOMPARE(s.flags.size(), 1);
        const SinceLastVisit::Flag &flag = s.flags.constFirst();
        QCOMPARE(flag.flag.ruleId, QStringLiteral("was-not-brought-second"));
        QCOMPARE(flag.evidence.size(), 2);
        QCOMPARE(flag.evidence.at(0).recordId, first);
        QCOMPARE(flag.evidence.at(0).kind, ChronologyEntry::Kind::WasNotBrought);
        QCOMPARE(flag.evidence.at(0).date, QDate(2026, 1, 2));
        QCOMPARE(flag.evidence.at(1).recordId, late);
        QCOMPARE(s.agencySummaries.size(), 1);
        QCOMPARE(s.agencySummaries.constFirst().text, QStringLiteral("After"));

        // Acknowledged: known already, not new. One more missed appointment brings it back.
        history.acknowledge(
            QDate(2026, 5, 21), QStringLiteral("was-not-brought-second"), { first, late });
        QVERIFY(since(history, {}).flags.isEmpty());
        history.add(RecordKind::MissedAppointment, QDate(2026, 5, 28),
            JsonValue::object({ { QStringLiteral("child"), SignedHistory::childId() },
                { QStringLiteral("what"), QStringLiteral("Hearing test, rebooked") },
                { QStringLiteral("when"), QStringLiteral("2026-05-27") },
                { QStringLiteral("arrangedBy"), QStringLiteral("Audiology") },
                { QStringLiteral("followUp"), QStringLiteral("Letter to the GP.") } }));
        const SinceLastVisit back = since(history, {});
        QVERIFY(std::any_of(back.flags.cbegin(), back.flags.cend(), [](const auto &f) {
            return f.flag.ruleId == QStringLiteral("was-not-brought-second");
        }));
    }

    void beforeAFirstVisitEveryOpenFlagIsNew()
    {
        SignedHistory history;
        history.visit({ .date = QDate(2026, 1, 5), .missed = { QDate(2026, 1, 2) } });
        history.visit({ .date = QDate(2026, 3, 2), .missed = { QDate(2026, 3, 1) } });
        const SinceLastVisit s = since(history,
            { summary(QDate(2025, 6, 1), QStringLiteral("Old")) }, QStringLiteral("sn-new"));
        QVERIFY(!s.lastVisit);
        QCOMPARE(s.flags.size(), 1);
        QCOMPARE(s.agencySummaries.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSinceLastVisit)
#include "tst_sincelastvisit.moc"
