#include "chronology/chronology.h"
#include "chronology/patternrule.h"
#include "content/contentpackreader.h"
#include "signedhistory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The histories are written with designated initializers so each visit names only what it is
// about; GCC 12 warns about every member left to its default, which is the intent here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;
using Kind = ChronologyEntry::Kind;

// The chronology itself: what each record becomes, in which order, with which signature status,
// and the pattern rules as every shipped pack declares them.
class TestChronology : public QObject
{
    Q_OBJECT

    static QList<Kind> kinds(const QList<ChronologyEntry> &entries)
    {
        QList<Kind> out;
        for (const ChronologyEntry &e : entries)
            out.append(e.kind);
        return out;
    }

private Q_SLOTS:
    void entriesOfAVisit()
    {
        SignedHistory history;
        const QString first = history.visit({ .date = QDate(2026, 1, 10),
            .seen = false,
            .level = 3,
            .offered = 2,
            .kept = 1,
            .missed = { QDate(2026, 1, 2) } });
        const QString second = history.visit({ .date = QDate(2026, 2, 10),
            .concerns = { { QStringLiteral("neglect"), QStringLiteral("No food in the fridge.") },
                { QStringLiteral("life-event"), QStringLiteral("Moved flat.") } },
            .quote = QStringLiteral("Mummy sleeps a lot"),
            .injuredOn = QDate(2026, 2, 7) });
        const VisitSummary summary { QStringLiteral("summary-1"), SignedHistory::childId(),
            QDate(2026, 1, 20), QStringLiteral("school nurse"), QStringLiteral("Seen at school.") };
        const Chronology chronology = ChronologyBuilder::build(
            SignedHistory::childId(), history.verified().records, { summary });

        QCOMPARE(kinds(chronology.entries),
            (QList<Kind> { Kind::Visit, Kind::Concern, Kind::ChildsWords, Kind::LifeEvent,
                Kind::Injury, Kind::AgencySummary, Kind::Visit, Kind::Cooperation,
                Kind::WasNotBrought }));
        const ChronologyEntry &injury = chronology.entries.at(4);
        QCOMPARE(injury.date, QDate(2026, 2, 7)); // when it happened
        QCOMPARE(injury.seenOn, QDate(2026, 2, 10));
        QCOMPARE(injury.recordId, second);
        QCOMPARE(chronology.entries.at(2).text, QStringLiteral("Mummy sleeps a lot"));
        QCOMPARE(chronology.entries.at(5).signature, SignatureStatus::Unverified);
        const ChronologyEntry &visit = chronology.entries.at(6);
        QCOMPARE(visit.recordId, first);
        QCOMPARE(visit.seen, std::optional<bool>(false));
        QCOMPARE(visit.signature, SignatureStatus::Verified);
        QCOMPARE(chronology.entries.at(7).level, std::optional<qint64>(3));
        QCOMPARE(chronology.entries.at(8).date, QDate(2026, 1, 2));
        QCOMPARE(chronology.filtered({ Kind::Visit }).size(), 2);
        QCOMPARE(chronology.recordIds, (QStringList { first, second }));
        // Another child's records are not this child's chronology.
        QVERIFY(
            ChronologyBuilder::build(QStringLiteral("child-other"), history.verified().records, {})
                .entries.isEmpty());
    }

    // The amended values are shown, marked with the amendment, and the amendment is an entry.
    void amendmentApplied()
    {
        SignedHistory history;
        const QString visit = history.visit({ .date = QDate(2026, 3, 1), .seen = false });
        const QString amendment = history.add(RecordKind::Amendment, QDate(2026, 3, 2),
            JsonValue::object({ { QStringLiteral("amends"), visit },
                { QStringLiteral("reason"), QStringLiteral("Maya was seen asleep in her cot.") },
                { QStringLiteral("correction"), QStringLiteral("Seen: yes, asleep.") },
                { QStringLiteral("changes"),
                    JsonValue::object({ { QStringLiteral("seeing"),
                        JsonValue::object({ { QStringLiteral("seen"), true } }) } }) } }));
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), history.verified().records, {});
        QCOMPARE(kinds(chronology.entries), (QList<Kind> { Kind::Amendment, Kind::Visit }));
        QCOMPARE(chronology.entries.at(0).recordId, amendment);
        QCOMPARE(chronology.entries.at(0).category, visit);
        QCOMPARE(chronology.entries.at(0).detail, QStringLiteral("Seen: yes, asleep."));
        QCOMPARE(chronology.entries.at(1).seen, std::optional<bool>(true));
        QCOMPARE(chronology.entries.at(1).amendedBy, amendment);
    }

    // A quick concern (a school nurse's) joins the child's chronology on the day it was signed,
    // with the child's own words as a quote; a pupil known only by name joins no one's.
    void quickConcernJoinsTheChronology()
    {
        SignedHistory history;
        history.visit({ .date = QDate(2026, 3, 1) });
        const auto quote = JsonValue::object({ { QStringLiteral("by"), QStringLiteral("child") },
            { QStringLiteral("quote"), QStringLiteral("Dad grabbed me") } });
        const QString concern = history.add(RecordKind::Concern, QDate(2026, 3, 9),
            JsonValue::object({ { QStringLiteral("format"), 1 },
                { QStringLiteral("child"), SignedHistory::childId() },
                { QStringLiteral("seen"), QStringLiteral("A purple bruise, 2 cm, left forearm.") },
                { QStringLiteral("childsWords"), quote },
                { QStringLiteral("category"), QStringLiteral("injury") },
                { QStringLiteral("immediateSafety"), false },
                { QStringLiteral("action"), QStringLiteral("monitor") } }));
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), history.verified().records, {});
        QVERIFY(chronology.recordIds.contains(concern));
        QList<ChronologyEntry> fromConcern;
        for (const ChronologyEntry &e : chronology.entries)
            if (e.recordId == concern)
                fromConcern.append(e);
        QCOMPARE(kinds(fromConcern), (QList<Kind> { Kind::Concern, Kind::ChildsWords }));
        QCOMPARE(fromConcern.at(0).date, QDate(2026, 3, 9));
        QCOMPARE(fromConcern.at(0).category, QStringLiteral("injury"));
        QCOMPARE(fromConcern.at(0).text, QStringLiteral("A purple bruise, 2 cm, left forearm."));
        QCOMPARE(fromConcern.at(1).text, QStringLiteral("Dad grabbed me"));
        QCOMPARE(chronology.entries.first().recordId, concern);
    }

    // A child-voice session joins the chronology on the day it was signed (where, whether the
    // child was seen alone, what the practitioner will do), and each of the child's words on the
    // day it was said, with what was being talked about.
    void childVoiceSessionJoinsTheChronology()
    {
        SignedHistory history;
        history.visit({ .date = QDate(2026, 3, 1) });
        const auto quote = [](const QString &text, const QString &at) {
            return JsonValue::object({ { QStringLiteral("by"), QStringLiteral("child") },
                { QStringLiteral("quote"), text }, { QStringLiteral("at"), at },
                { QStringLiteral("context"), QStringLiteral("evenings at home") } });
        };
        const QString session = history.add(RecordKind::ChildVoiceSession, QDate(2026, 3, 10),
            JsonValue::object({ { QStringLiteral("format"), 1 },
                { QStringLiteral("sessionId"), QStringLiteral("s-1") },
                { QStringLiteral("child"), SignedHistory::childId() },
                { QStringLiteral("where"),
                    JsonValue::object({ { QStringLiteral("place"), QStringLiteral("school") },
                        { QStringLiteral("detail"), QStringLiteral("the quiet room") } }) },
                { QStringLiteral("othersPresent"), JsonValue::array() },
                { QStringLiteral("seenAlone"), true },
                { QStringLiteral("childsWords"),
                    JsonValue::array({ quote(QStringLiteral("They shout"),
                                           QStringLiteral("2026-03-09T15:00:00.000Z")),
                        quote(QStringLiteral("Nan is nice"),
                            QStringLiteral("2026-03-10T09:00:00.000Z")) }) },
                { QStringLiteral("practitionerWillDo"), QStringLiteral("Tell my manager") },
                { QStringLiteral("childToldNext"), QStringLiteral("I will come back") } }));
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), history.verified().records, {});
        QList<ChronologyEntry> fromSession;
        for (const ChronologyEntry &e : chronology.entries)
            if (e.recordId == session)
                fromSession.append(e);
        QCOMPARE(fromSession.size(), 3);
        const auto find = [&](Kind kind, const QString &text) {
            for (const ChronologyEntry &e : fromSession)
                if (e.kind == kind && (text.isEmpty() || e.text == text))
                    return e;
            return ChronologyEntry {};
        };
        const ChronologyEntry entry = find(Kind::ChildVoiceSession, {});
        QCOMPARE(entry.date, QDate(2026, 3, 10));
        QCOMPARE(entry.category, QStringLiteral("school"));
        QCOMPARE(entry.text, QStringLiteral("the quiet room"));
        QCOMPARE(entry.seenAlone, std::optional<bool>(true));
        QCOMPARE(entry.detail, QStringLiteral("Tell my manager"));
        const ChronologyEntry first = find(Kind::ChildsWords, QStringLiteral("They shout"));
        QCOMPARE(first.date, QDate(2026, 3, 9));
        QCOMPARE(first.category, QStringLiteral("evenings at home"));
        QCOMPARE(find(Kind::ChildsWords, QStringLiteral("Nan is nice")).date, QDate(2026, 3, 10));
        QCOMPARE(entryKindName(Kind::ChildVoiceSession), QStringLiteral("child-voice-session"));
        QCOMPARE(entryKindFromName(QStringLiteral("child-voice-session")),
            std::optional(Kind::ChildVoiceSession));
    }

    // A record whose bytes were changed is still listed, marked unverified; the next record can
    // no longer be tied to the chain and says so.
    void signatureStatus()
    {
        SignedHistory history;
        history.visit({ .date = QDate(2026, 3, 1) });
        history.visit({ .date = QDate(2026, 4, 1) });
        history.visit({ .date = QDate(2026, 5, 1) });
        history.bytes()[1].replace("Visit 2", "Visit 9");
        const VerifiedRecords verified = history.verified();
        QCOMPARE(verified.records.size(), 3);
        QCOMPARE(verified.records.at(0).status, SignatureStatus::Verified);
        QCOMPARE(verified.records.at(1).status, SignatureStatus::Unverified);
        QCOMPARE(verified.records.at(2).status, SignatureStatus::ChainBroken);
        history.bytes()[2] = "{not an envelope";
        QCOMPARE(history.verified().unreadable, 1);
    }

    // Every shipped pack declares a rule for every check, in both languages.
    void shippedPacks_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name :
            QDir(QStringLiteral(HEARTH_PACKS_DIR)).entryList({ QStringLiteral("*.json") }))
            QTest::newRow(qPrintable(name))
                << QDir(QStringLiteral(HEARTH_PACKS_DIR)).filePath(name);
    }
    void shippedPacks()
    {
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto pack = ContentPackReader::read(in.readAll(), file);
        QVERIFY2(pack, pack ? "" : qPrintable(pack.error().message()));
        QSet<int> checks;
        for (const PatternRule &rule : pack->patterns) {
            checks.insert(int(rule.check));
            for (const QString &language : { QStringLiteral("en"), QStringLiteral("cy") })
                QVERIFY2(!rule.says.byLanguage.value(language).isEmpty(), qPrintable(rule.id));
        }
        QCOMPARE(checks.size(), int(PatternRule::Check::SignificantNotShared) + 1);
    }

    void ruleRefusals_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("path");
        const QByteArray says = R"("says": {"en": "Seen.", "cy": "Gwelwyd."})";
        QTest::newRow("unknown check") << QByteArray(R"({"id": "x", "check": "vibes", )") + says
                + "}" << QByteArray("$.patterns.rules[0].check");
        QTest::newRow("threshold missing")
            << QByteArray(R"({"id": "x", "check": "not-seen-running", )") + says + "}"
            << QByteArray("$.patterns.rules[0].visits");
        QTest::newRow("threshold too small")
            << QByteArray(R"({"id": "x", "check": "not-seen-running", "visits": 1, )") + says + "}"
            << QByteArray("$.patterns.rules[0].visits");
        QTest::newRow("threshold not whole")
            << QByteArray(R"({"id": "x", "check": "not-seen-running", "visits": 2.5, )") + says
                + "}"
            << QByteArray("$.patterns.rules[0].visits");
        QTest::newRow("setting of another check")
            << QByteArray(R"({"id": "x", "check": "not-seen-running", "visits": 2, "count": 3, )")
                + says + "}"
            << QByteArray("$.patterns.rules[0].count");
        QTest::newRow("Welsh missing") << QByteArray(
            R"({"id": "x", "check": "not-seen-running", "visits": 2, "says": {"en": "Seen."}})")
                                       << QByteArray("$.patterns.rules[0].says.cy");
        QTest::newRow("unknown category")
            << QByteArray(
                   R"({"id": "x", "check": "adversities", "count": 3, "categories": ["gossip"], )")
                + says + "}"
            << QByteArray("$.patterns.rules[0].categories");
        QTest::newRow("age limits without a last open one")
            << QByteArray(
                   R"({"id": "x", "check": "no-health-contact", "ageLimits": [{"toMonths": 12, "days": 30}], )")
                + says + "}"
            << QByteArray("$.patterns.rules[0].ageLimits");
        QTest::newRow("bad id") << QByteArray(R"({"id": "Bad Id", "check": "injury-not-mobile", )")
                + says + "}" << QByteArray("$.patterns.rules[0].id");
    }
    void ruleRefusals()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, path);
        const QJsonDocument doc = QJsonDocument::fromJson(R"({"rules": [)" + rule + "]}");
        QVERIFY(doc.isObject());
        auto read = PatternRuleReader::read(doc.object(),
            { QStringLiteral("en"), QStringLiteral("cy") }, { QStringLiteral("neglect") });
        QVERIFY(!read);
        QCOMPARE(read.error().first().path, QString::fromUtf8(path));
    }

    // A pack with a broken rule is refused whole, naming the rule, like any other pack mistake.
    void brokenRuleRefusesPack()
    {
        QFile in(QDir(QStringLiteral(HEARTH_PACKS_DIR)).filePath(QStringLiteral("england.json")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QVERIFY(bytes.contains("\"withinMonths\": 12"));
        bytes.replace("\"withinMonths\": 12", "\"withinMonths\": 0");
        auto pack = ContentPackReader::read(bytes, QStringLiteral("england.json"));
        QVERIFY(!pack);
        QVERIFY2(
            pack.error().message().contains(QStringLiteral("$.patterns.rules[0].withinMonths")),
            qPrintable(pack.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestChronology)
#include "tst_chronology.moc"
