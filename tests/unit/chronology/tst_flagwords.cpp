#include "../household/profiletestsupport.h"
#include "chronology/patternflag.h"
#include "content/contentlibrary.h"
#include "household/caseloadjudge.h"
#include "household/storedprofilefacts.h"
#include "signedhistory.h"

#include <QTest>

// Designated initializers name only what each visit is about; GCC 12 warns about the rest.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using Visit = SignedHistory::Visit;

namespace {
const QDateTime Now(QDate(2027, 3, 31), QTime(9, 0), QTimeZone::utc());

const ContentLibrary &shipped()
{
    static const ContentLibrary library = [] {
        ContentLibrary l;
        const auto refused = l.loadFolder(QStringLiteral(HEARTH_PACKS_DIR));
        Q_ASSERT(refused.isEmpty());
        return l;
    }();
    return library;
}

// Adolescent episodes, which no record kind holds yet, beside the real profile records.
class WithEpisodes final : public ProfileFactsSource
{
public:
    explicit WithEpisodes(const QList<Envelope> &profiles)
        : m_stored(profiles, Now.date())
    { }
    void fill(const QString &childId, ProfileFacts &facts) const override
    {
        m_stored.fill(childId, facts);
        facts.missingEpisodes = { { QDateTime(QDate(2027, 2, 1), QTime(8, 0), QTimeZone::utc()),
                                      std::nullopt, QStringLiteral("missing-1") },
            { QDateTime(QDate(2027, 3, 1), QTime(8, 0), QTimeZone::utc()), std::nullopt,
                QStringLiteral("missing-2") } };
    }

private:
    StoredProfileFacts m_stored;
};

// One history that raises every rule of the shipped packs: a profile with asthma and a baby
// not yet mobile, visits with falling co-operation, repeated neglect, new adults, an injury, an
// immediate concern nobody was told about and a life event.
void everyPattern(SignedHistory &h)
{
    h.visit({ .date = QDate(2025, 12, 1),
        .seen = true,
        .level = 5,
        .concerns = { { QStringLiteral("parental-mental-health"), QStringLiteral("Low mood.") } },
        .adults = { { QStringLiteral("Jade"), true } } });
    JsonValue profile = test::profileBody();
    profile.insert(QStringLiteral("child"), SignedHistory::childId());
    h.add(RecordKind::ProfileChange, QDate(2026, 10, 5), profile);
    h.visit({ .date = QDate(2026, 11, 1),
        .seen = false,
        .level = 5,
        .missed = { QDate(2026, 10, 20) },
        .concerns = { { QStringLiteral("neglect"), QStringLiteral("No food in the fridge.") },
            { QStringLiteral("drug-misuse"), QStringLiteral("Foil and a lighter.") } } });
    h.visit({ .date = QDate(2026, 12, 1),
        .seen = false,
        .level = 4,
        .offered = 4,
        .kept = 1,
        .missed = { QDate(2026, 11, 20) },
        .concerns = { { QStringLiteral("neglect"), QStringLiteral("Bedding soaked.") } },
        .adults = { { QStringLiteral("Jade"), true }, { QStringLiteral("Rhodri"), false } },
        .injuredOn = QDate(2026, 11, 30),
        .immediate = true });
    h.visit({ .date = QDate(2027, 1, 10),
        .seen = false,
        .level = 3,
        .missed = { QDate(2027, 1, 5) },
        .concerns = { { QStringLiteral("neglect"), QStringLiteral("Same clothes all week.") },
            { QStringLiteral("domestic-abuse"), QStringLiteral("A hole in the door.") } } });
    h.visit({ .date = QDate(2027, 2, 10),
        .seen = false,
        .level = 2,
        .concerns
        = { { QStringLiteral("life-event"), QStringLiteral("Taid died in January.") } } });
}

QList<PatternFlag> judged(const SignedHistory &history, const QList<PatternRule> &rules)
{
    const QList<VerifiedRecord> records = history.verified().records;
    const WithEpisodes facts(CaseloadJudge::profileRecords(records));
    Child child;
    child.id = SignedHistory::childId();
    child.dateOfBirth = QDate(2014, 1, 1);
    return CaseloadJudge::judge(records, { child }, {}, rules, Now, &facts)
        .value(SignedHistory::childId());
}

// The English words a Welsh flag must never carry: every category label of the pack, and the
// condition names Hearth itself writes into a flag.
QStringList englishWords(const ContentPack &pack)
{
    QStringList words { QStringLiteral("asthma"), QStringLiteral("epilepsy"),
        QStringLiteral("diabetes"), QStringLiteral("special educational needs"),
        QStringLiteral("immediate safety") };
    for (const auto &category : pack.concernCategories)
        words.append(category.label.text(QStringLiteral("en")));
    for (const auto &category : pack.concernLogCategories)
        words.append(category.label.text(QStringLiteral("en")));
    return words;
}
} // namespace

// Every flag of every rule of both shipped packs, in each of the pack's languages: the words a
// flag fills in (a concern's kind, the adversities, a condition) are the pack's words in that
// language, never the English label or the id (issue 11, item 5).
class TestFlagWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleInEveryLanguage_data()
    {
        QTest::addColumn<int>("pack");
        for (qsizetype i = 0; i < shipped().packs().size(); ++i)
            QTest::newRow(qPrintable(shipped().packs().at(i).id)) << int(i);
    }
    void everyRuleInEveryLanguage()
    {
        QFETCH(int, pack);
        const ContentPack &p = shipped().packs().at(pack);
        QVERIFY(p.languages.contains(QStringLiteral("cy")));
        SignedHistory history;
        everyPattern(history);
        const QList<PatternFlag> flags = judged(history, p.patterns);
        QSet<QString> raised;
        for (const PatternFlag &flag : flags)
            raised.insert(flag.ruleId);
        for (const PatternRule &rule : p.patterns)
            QVERIFY2(raised.contains(rule.id), qPrintable(rule.id + QStringLiteral(" not raised")));

        QStringList ids;
        for (const auto &category : p.concernCategories)
            ids.append(category.id);
        const QStringList english = englishWords(p);
        for (const PatternFlag &flag : flags) {
            for (const QString &language : p.languages) {
                const QString text = flag.text(language);
                const QString where = flag.ruleId + u'/' + language + QStringLiteral(": ") + text;
                QVERIFY2(!text.contains(u'{'), qPrintable(where));
                for (const QString &id : std::as_const(ids))
                    QVERIFY2(!id.contains(u'-') || !text.contains(id), qPrintable(where));
                if (language == u"en")
                    continue;
                QVERIFY2(text != flag.text(QStringLiteral("en")), qPrintable(where));
                for (const QString &word : english)
                    QVERIFY2(!text.contains(word, Qt::CaseInsensitive),
                        qPrintable(where + QStringLiteral(" [") + word + u']'));
            }
        }
        // The words filled in are the pack's own, in each language.
        const auto says = [&flags](const QString &rule, const QString &language) {
            for (const PatternFlag &flag : flags)
                if (flag.ruleId == rule)
                    return flag.text(language);
            return QString();
        };
        QVERIFY(says(QStringLiteral("was-not-brought-condition"), QStringLiteral("en"))
                    .contains(QStringLiteral("asthma")));
        QVERIFY(says(QStringLiteral("was-not-brought-condition"), QStringLiteral("cy"))
                    .contains(QStringLiteral("y fogfa")));
        QVERIFY(says(QStringLiteral("repeated-concern"), QStringLiteral("en"))
                    .contains(QStringLiteral("(Neglect)")));
        QVERIFY(says(QStringLiteral("repeated-concern"), QStringLiteral("cy"))
                    .contains(QStringLiteral("(Esgeulustod)")));
        QVERIFY(says(QStringLiteral("adversities"), QStringLiteral("cy"))
                    .contains(QStringLiteral("Camddefnyddio cyffuriau")));
    }
};

QTEST_GUILESS_MAIN(TestFlagWords)
#include "tst_flagwords.moc"
