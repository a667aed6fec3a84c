#include "../chronology/signedhistory.h"
#include "../model/modeltestsupport.h"
#include "content/contentlibrary.h"
#include "household/childhistory.h"
#include "household/profiledraftstore.h"
#include "household/profilefold.h"
#include "household/profilestore.h"
#include "household/storedprofilefacts.h"
#include "model/caseloadrepository.h"
#include "vault/recordstore.h"

#include <QTest>

// Designated initializers name only what each visit is about; GCC 12 warns about the rest.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using HistoryVisit = SignedHistory::Visit;

namespace {
const Envelope::PackRef Pack { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") };
const QString ChildId = SignedHistory::childId();

ProfileAdult adult(const QString &id, const QString &name, const QString &relationship,
    const QList<AdultRisk> &risks = {})
{
    return { id, name, relationship, QStringLiteral("lives-here"), true, true, {}, risks, {}, {} };
}

AdultRisk risk(const QString &kind, QDate date)
{
    return { kind, QStringLiteral("GP letter"), date, {} };
}

ChildProfile profile()
{
    ChildProfile p;
    p.childId = ChildId;
    p.householdId = QStringLiteral("household-1");
    return p;
}
} // namespace

// The household profile's facts feeding the pattern rules, in a real SQLCipher vault: each
// profile is signed through ProfileStore::save, the vault is locked and opened again, and the
// child's flags are judged by ChildHistory with the profile facts and without them.
class TestProfileFacts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempVault> m_temp;
    test::FakeClock m_clock;
    std::unique_ptr<RecordStore> m_store;
    QList<PatternRule> m_rules;

    void at(QDate day) { m_clock.now = QDateTime(day, QTime(10, 0), QTimeZone::utc()); }
    QString visit(QDate day, HistoryVisit v)
    {
        at(day);
        v.date = day;
        auto record = m_store->append(RecordKind::Visit, QStringLiteral("hv-0042"), Pack,
            SignedHistory::visitBody(v, ChildId, int(day.dayOfYear())));
        if (!record)
            qWarning("%s", qPrintable(record.error().message));
        return record ? record->envelope.id : QString();
    }
    QString save(QDate day, const ChildProfile &p)
    {
        at(day);
        auto id = ProfileStore::save(*m_store, QStringLiteral("hv-0042"), Pack, p, day);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        return id ? id.value() : QString();
    }
    struct NoFacts final : ProfileFactsSource
    {
        void fill(const QString &, ProfileFacts &) const override { }
    };
    // Locks the vault, opens it again and judges the child's flags as of `day`.
    QList<PatternFlag> flags(QDate day, bool withProfile)
    {
        m_store.reset();
        m_temp->vault.lock();
        if (!m_temp->vault.unlock(test::Passcode))
            return {};
        m_store = std::make_unique<RecordStore>(m_temp->db(), m_clock);
        if (!m_store->open())
            return {};
        CaseloadRepository caseload(m_temp->db(), m_clock);
        const QDateTime asOf(day, QTime(18, 0), QTimeZone::utc());
        auto history = ChildHistory::load(*m_store, caseload, m_rules, asOf);
        if (!history)
            return {};
        // The profile records' facts are judged by default; "without" stands in an empty source.
        const NoFacts none;
        if (!withProfile)
            history->setFactsSource(&none);
        auto child = history->child(ChildId);
        return child ? child->flags : QList<PatternFlag>();
    }
    static std::optional<PatternFlag> find(const QList<PatternFlag> &flags, const char *rule)
    {
        for (const PatternFlag &flag : flags)
            if (flag.ruleId == QLatin1String(rule))
                return flag;
        return std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        ContentLibrary library;
        QVERIFY(library.loadBuiltIn());
        m_rules = library.current()->patterns;
        m_temp = std::make_unique<test::TempVault>();
        QVERIFY(m_temp->open());
        m_store = std::make_unique<RecordStore>(m_temp->db(), m_clock);
        QVERIFY(m_store->open());
    }
    void cleanup()
    {
        m_store.reset();
        m_temp.reset();
    }

    void aLongTermConditionMakesOneNotBroughtCount()
    {
        ChildProfile p = profile();
        p.health.conditions.append({ QStringLiteral("epilepsy"), {} });
        const QString recorded = save(QDate(2026, 3, 2), p);
        const QString missed
            = visit(QDate(2026, 4, 6), { .missed = { QDate(2026, 4, 1) } }); // one only
        QVERIFY(!recorded.isEmpty() && !missed.isEmpty());

        const auto flag = find(flags(QDate(2026, 4, 7), true), "was-not-brought-condition");
        QVERIFY(flag);
        QVERIFY2(flag->text(QStringLiteral("en")).contains(QStringLiteral("epilepsy")),
            qPrintable(flag->text(QStringLiteral("en"))));
        QVERIFY(flag->evidence.contains(missed));
        QVERIFY(!find(flags(QDate(2026, 4, 7), false), "was-not-brought-condition"));
    }

    void withoutAConditionOneNotBroughtStaysQuiet()
    {
        ChildProfile p = profile();
        p.health.gpRegistered = true;
        p.health.gpPractice = QStringLiteral("Canton Surgery");
        QVERIFY(!save(QDate(2026, 3, 2), p).isEmpty());
        QVERIFY(!visit(QDate(2026, 4, 6), { .missed = { QDate(2026, 4, 1) } }).isEmpty());
        QVERIFY(!find(flags(QDate(2026, 4, 7), true), "was-not-brought-condition"));
    }

    void aBruiseOnABabyNotYetMobile()
    {
        ChildProfile p = profile();
        p.health.mobility = QStringLiteral("not-yet-mobile");
        const QString recorded = save(QDate(2026, 3, 2), p);
        const QString bruise = visit(QDate(2026, 3, 20), { .injuredOn = QDate(2026, 3, 19) });
        QVERIFY(!recorded.isEmpty() && !bruise.isEmpty());

        const auto flag = find(flags(QDate(2026, 3, 21), true), "injury-not-mobile");
        QVERIFY(flag);
        QCOMPARE(flag->evidence, (QStringList { recorded, bruise }));
        QVERIFY(!find(flags(QDate(2026, 3, 21), false), "injury-not-mobile"));

        // Once the profile says the baby moves about, a later bruise is not this flag.
        p.health.mobility = QStringLiteral("mobile");
        QVERIFY(!save(QDate(2026, 6, 1), p).isEmpty());
        QVERIFY(!find(flags(QDate(2026, 6, 2), true), "injury-not-mobile"));
    }

    void threeAdversitiesAcrossTheAdults()
    {
        ChildProfile p = profile();
        p.adults = { adult(QStringLiteral("a-mum"), QStringLiteral("Rhian"),
                         QStringLiteral("birth-mother"),
                         { risk(QStringLiteral("mental-health"), QDate(2026, 1, 10)) }),
            adult(QStringLiteral("a-dad"), QStringLiteral("Dai"), QStringLiteral("birth-father"),
                { risk(QStringLiteral("domestic-abuse"), QDate(2026, 2, 1)) }) };
        const QString first = save(QDate(2026, 3, 2), p);
        QVERIFY(!first.isEmpty());
        // Two kinds: not yet the pattern.
        QVERIFY(!find(flags(QDate(2026, 3, 3), true), "adversities"));

        // A grandmother not at today's visit, with her own risk recorded from a police report.
        p.adults.append(
            adult(QStringLiteral("a-nan"), QStringLiteral("Glenys"), QStringLiteral("grandparent"),
                { { QStringLiteral("offending"), QStringLiteral("Police report"), QDate(2026, 3, 1),
                    {} } }));
        const QString second = save(QDate(2026, 4, 2), p);
        QVERIFY(!second.isEmpty());
        const auto flag = find(flags(QDate(2026, 4, 3), true), "adversities");
        QVERIFY(flag);
        QVERIFY(flag->text(QStringLiteral("en")).startsWith(QStringLiteral("3 adversities")));
        // In the pack's words for each language, never its ids.
        QVERIFY2(flag->text(QStringLiteral("en")).contains(QStringLiteral("Criminal record")),
            qPrintable(flag->text(QStringLiteral("en"))));
        QVERIFY2(flag->text(QStringLiteral("cy")).contains(QStringLiteral("Cofnod troseddol")),
            qPrintable(flag->text(QStringLiteral("cy"))));
        // The mother's and father's risks come from the first record, the grandmother's from
        // the second: each record named once.
        QCOMPARE(flag->evidence, (QStringList { first, second }));
        QVERIFY(!find(flags(QDate(2026, 4, 3), false), "adversities"));
    }

    void aNewAdultNotYetSeen()
    {
        ChildProfile p = profile();
        p.adults = { adult(
            QStringLiteral("a-mum"), QStringLiteral("Rhian"), QStringLiteral("birth-mother")) };
        QVERIFY(!save(QDate(2026, 3, 2), p).isEmpty());
        p.adults.append(adult(
            QStringLiteral("a-lee"), QStringLiteral("Lee"), QStringLiteral("parents-partner")));
        const QString added = save(QDate(2026, 4, 2), p);
        QVERIFY(!added.isEmpty());

        const auto flag = find(flags(QDate(2026, 4, 3), true), "new-adult-not-seen");
        QVERIFY(flag);
        QCOMPARE(flag->evidence, QStringList { added });
        QVERIFY(flag->text(QStringLiteral("en")).contains(QStringLiteral("Lee")));
        QVERIFY(!find(flags(QDate(2026, 4, 3), false), "new-adult-not-seen"));

        p.adults.last().seenOn = QDate(2026, 5, 1);
        QVERIFY(!save(QDate(2026, 5, 1), p).isEmpty());
        QVERIFY(!find(flags(QDate(2026, 5, 2), true), "new-adult-not-seen"));
    }

    void theHouseholdAsFirstRecordedIsNotNew()
    {
        ChildProfile p = profile();
        p.adults = { adult(QStringLiteral("a-mum"), QStringLiteral("Rhian"),
                         QStringLiteral("birth-mother")),
            adult(QStringLiteral("a-dad"), QStringLiteral("Dai"), QStringLiteral("birth-father")) };
        QVERIFY(!save(QDate(2026, 3, 2), p).isEmpty());
        QVERIFY(!save(QDate(2026, 4, 2), p).isEmpty());
        QVERIFY(!find(flags(QDate(2026, 4, 3), true), "new-adult-not-seen"));
    }

    // The editor's unsigned changes are kept in the vault: after a lock they read back as they
    // were, and dropping them leaves nothing and signs nothing.
    void anEditKeptAsADraftSurvivesALock()
    {
        ChildProfile p = profile();
        p.adults = { adult(QStringLiteral("a-dai"), QStringLiteral("Dai"),
            QStringLiteral("birth-father"),
            { risk(QStringLiteral("domestic-abuse"), QDate(2026, 2, 1)) }) };
        p.adults.front().seenOn = QDate(2026, 3, 1);
        p.health.conditions.append({ QStringLiteral("other"), QStringLiteral("Coeliac disease") });
        p.health.gpRegistered = false;
        at(QDate(2026, 3, 2));
        QVERIFY(ProfileDraftStore(m_temp->db(), m_clock).save(p));
        flags(QDate(2026, 3, 2), true); // locks and opens the vault again
        auto back = ProfileDraftStore(m_temp->db(), m_clock).load(ChildId);
        QVERIFY(back && back->has_value());
        ChildProfile kept = **back;
        QCOMPARE(kept.adults.size(), 1);
        QCOMPARE(kept.adults.front().risks, p.adults.front().risks);
        QCOMPARE(kept.adults.front().seenOn, QDate(2026, 3, 1));
        QCOMPARE(kept.health, p.health);
        QVERIFY(ProfileDraftStore(m_temp->db(), m_clock).discard(ChildId));
        auto gone = ProfileDraftStore(m_temp->db(), m_clock).load(ChildId);
        QVERIFY(gone && !gone->has_value());
        QCOMPARE(m_store->count(RecordKind::ProfileChange).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileFacts)
#include "tst_profilefacts.moc"
