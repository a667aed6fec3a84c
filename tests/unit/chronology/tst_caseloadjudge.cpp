#include "../household/profiletestsupport.h"
#include "content/contentlibrary.h"
#include "household/caseloadjudge.h"
#include "signedhistory.h"

#include <QTest>

// Designated initializers name only what each visit is about; GCC 12 warns about the rest.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;

namespace {
const QDateTime Now(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
constexpr int Children = 300;

QString childNumber(int n)
{
    return QStringLiteral("child-%1").arg(n);
}

// A caseload's records in one chain, 300 children over several groups of the judge: unseen
// visits (one child's amended to seen), repeated concerns, missed appointments, profile records
// with a condition, an acknowledgement, a record signed after the moment judged, bytes that are
// not an envelope and a record whose signature fails.
void caseload(SignedHistory &h, QString *amendedChild)
{
    for (int round = 0; round < 5; ++round) {
        for (int n = 0; n < Children; ++n) {
            h.setChild(childNumber(n));
            SignedHistory::Visit v { .date = QDate(2026, 1 + round * 2, 1 + n % 28),
                .seen = n % 3 != 0 };
            if (n % 4 == 0)
                v.concerns = { { QStringLiteral("neglect"), QStringLiteral("No food.") } };
            if (n % 5 == 0)
                v.missed = { v.date.addDays(-3) };
            const QString id = h.visit(v);
            if (round == 3 && n == 3) {
                *amendedChild = childNumber(n);
                h.add(RecordKind::Amendment, v.date.addDays(1),
                    JsonValue::object({ { QStringLiteral("amends"), id },
                        { QStringLiteral("reason"), QStringLiteral("Seen asleep.") },
                        { QStringLiteral("correction"), QStringLiteral("Seen: yes.") },
                        { QStringLiteral("changes"),
                            JsonValue::object({ { QStringLiteral("seeing"),
                                JsonValue::object({ { QStringLiteral("seen"), true } }) } }) } }));
            }
            if (round == 0 && n % 7 == 0) {
                JsonValue profile = test::profileBody();
                profile.insert(QStringLiteral("child"), childNumber(n));
                h.add(RecordKind::ProfileChange, v.date, profile);
            }
        }
    }
    h.setChild(childNumber(1));
    h.visit({ .date = QDate(2027, 1, 1), .seen = false }); // after the moment judged
    h.bytes().insert(400, QByteArrayLiteral("not an envelope"));
    QByteArray tampered = h.bytes().at(900);
    tampered.replace("Visit ", "Visjt ");
    h.bytes()[900] = tampered;
}
} // namespace

// The caseload list's judge reads a group of children at a time so its memory does not grow
// with a year of records (issue 11, item 6): it must say exactly what judging every record at
// once says, for every child.
class TestCaseloadJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsJudgeAsTheWholeDoes()
    {
        ContentLibrary library;
        QVERIFY(library.loadBuiltIn());
        SignedHistory history;
        QString amended;
        caseload(history, &amended);

        CaseloadFlagInput input;
        input.envelopes = history.bytes();
        input.lookup = history.lookup();
        input.rules = library.current()->patterns;
        input.asOf = Now;
        for (int n = 0; n < Children; ++n) {
            Child child;
            child.id = childNumber(n);
            child.dateOfBirth = QDate(2025, 1, 1);
            input.children.append(child);
            input.summaries.append({ QStringLiteral("summary-%1").arg(n), child.id,
                QDate(2026, 6, 1), QStringLiteral("sw-7"), QStringLiteral("Home visit.") });
        }

        qsizetype unreadable = 0;
        const QList<VerifiedRecord> all
            = CaseloadJudge::verified(input.envelopes, input.lookup, input.asOf, &unreadable);
        QCOMPARE(unreadable, 1);
        QVERIFY(std::any_of(all.cbegin(), all.cend(),
            [](const VerifiedRecord &r) { return r.status == SignatureStatus::Unverified; }));
        const auto whole = CaseloadJudge::judge(
            all, input.children, input.summaries, input.rules, input.asOf, nullptr);
        const auto grouped = CaseloadJudge::summarise(input);

        QCOMPARE(grouped.size(), whole.size());
        QVERIFY(grouped.size() > Children / 2);
        for (auto it = whole.cbegin(); it != whole.cend(); ++it)
            QCOMPARE(grouped.value(it.key()), CaseloadJudge::summarise(it.value()));
        // The amendment, signed among other children's records, made that child's fourth visit
        // seen: the run of visits not seen is the first three, not all five.
        QCOMPARE(grouped.value(amended).firstRule, QStringLiteral("not-seen-running"));
        QVERIFY2(grouped.value(amended).first.text(QStringLiteral("en")).contains(u"at 3 visits"),
            qPrintable(grouped.value(amended).first.text(QStringLiteral("en"))));
    }
};

QTEST_GUILESS_MAIN(TestCaseloadJudge)
#include "tst_caseloadjudge.moc"
