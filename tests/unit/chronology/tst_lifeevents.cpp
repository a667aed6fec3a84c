#include "../testsupport.h"
#include "chronology/lifeeventwords.h"
#include "chronology/patternflag.h"
#include "content/contentlibrary.h"
#include "record/bodyvalidator.h"
#include "record/jsonparser.h"
#include "record/lifeeventbody.h"
#include "signedhistory.h"
#include "vault/recordstore.h"

#include <QTemporaryDir>
#include <QTest>

// Designated initializers name only what each visit is about; GCC 12 warns about the rest.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;
using test::SignedHistory;

namespace {
JsonValue lifeEvent(const QString &type, QDate happened, const QStringList &children = {})
{
    JsonValue ids = JsonValue::array();
    for (const QString &id :
        children.isEmpty() ? QStringList { SignedHistory::childId() } : children)
        ids.append(id);
    return JsonValue::object({ { QStringLiteral("format"), LifeEventBody::Format },
        { QStringLiteral("household"), QStringLiteral("household-1") },
        { QStringLiteral("child"), SignedHistory::childId() }, { QStringLiteral("children"), ids },
        { QStringLiteral("scope"),
            children.size() > 1 ? QStringLiteral("household") : QStringLiteral("children") },
        { QStringLiteral("type"), type },
        { QStringLiteral("happenedOn"), happened.toString(Qt::ISODate) },
        { QStringLiteral("adult"), QStringLiteral("adult-dad") },
        { QStringLiteral("note"), QStringLiteral("Told at the door.") },
        { QStringLiteral("source"), QStringLiteral("Mother") } });
}

std::optional<PatternFlag> escalation(const QList<PatternFlag> &flags)
{
    for (const PatternFlag &flag : flags)
        if (flag.ruleId == QLatin1String("life-event-after-concern"))
            return flag;
    return std::nullopt;
}
} // namespace

// Life events as their own signed records (issue 11): the body rules, the chronology entry on the
// day it happened for every child it touches, the escalation pattern over typed events, and the
// record read back from a real vault after it was locked and opened again.
class TestLifeEvents : public QObject
{
    Q_OBJECT

    QList<PatternRule> m_rules;

    QList<PatternFlag> flags(const QList<VerifiedRecord> &records, const QDateTime &now)
    {
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), records, {});
        const ProfileFacts facts = ProfileFacts::fromRecords(
            chronology, QDate(2024, 1, 1), {}, SignedHistory::childId());
        return PatternEvaluator::evaluate(m_rules, chronology, facts, now);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ContentLibrary library;
        QVERIFY(library.loadBuiltIn());
        m_rules = library.current()->patterns;
        QCOMPARE(recordKindFromName(u"life-event"), std::optional(RecordKind::LifeEvent));
    }

    void everyType_data()
    {
        QTest::addColumn<QString>("type");
        for (const QString &type : LifeEventBody::types())
            QTest::newRow(qPrintable(type)) << type;
    }
    void everyType()
    {
        QFETCH(QString, type);
        QVERIFY(BodyValidator::validate(RecordKind::LifeEvent, lifeEvent(type, QDate(2026, 1, 2))));
        SignedHistory history;
        history.add(RecordKind::LifeEvent, QDate(2026, 2, 1), lifeEvent(type, QDate(2026, 1, 2)));
        const Chronology chronology
            = ChronologyBuilder::build(SignedHistory::childId(), history.verified().records, {});
        QCOMPARE(chronology.entries.size(), 1);
        QCOMPARE(chronology.entries.constFirst().category, type);
        const LocalText words = LifeEventWords::type(type);
        QVERIFY(!words.text(QStringLiteral("cy")).isEmpty());
        QVERIFY(words.text(QStringLiteral("cy")) != words.text(QStringLiteral("en")));
        QVERIFY(words.text(QStringLiteral("en")) != type);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("json"); // the member's new value; empty: left out
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown type") << "type"
                                      << "\"eviction\""
                                      << "$.body.type";
        QTest::newRow("unknown member") << "mood"
                                        << "\"low\""
                                        << "$.body.mood";
        QTest::newRow("no date") << "happenedOn"
                                 << ""
                                 << "$.body.happenedOn";
        QTest::newRow("not a date") << "happenedOn"
                                    << "\"2026-02-30\""
                                    << "$.body.happenedOn";
        QTest::newRow("no source") << "source"
                                   << "\"  \""
                                   << "$.body.source";
        QTest::newRow("no children") << "children"
                                     << "[]"
                                     << "$.body.children";
        QTest::newRow("child not among children") << "children"
                                                  << "[\"child-other\"]"
                                                  << "$.body.children";
        QTest::newRow("a child twice") << "children"
                                       << "[\"child-maya\", \"child-maya\"]"
                                       << "$.body.children[1]";
        QTest::newRow("unknown scope") << "scope"
                                       << "\"street\""
                                       << "$.body.scope";
        QTest::newRow("empty adult") << "adult"
                                     << "\"\""
                                     << "$.body.adult";
        QTest::newRow("format 2") << "format"
                                  << "2"
                                  << "$.body.format";
    }
    void refused()
    {
        QFETCH(QString, member);
        QFETCH(QString, json);
        QFETCH(QString, path);
        JsonValue body = lifeEvent(QStringLiteral("move"), QDate(2026, 1, 2));
        if (json.isEmpty())
            body.remove(member);
        else
            body.insert(member, JsonParser::parse(json.toUtf8()).value());
        const auto result = BodyValidator::validate(RecordKind::LifeEvent, body);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
    }

    void otherNeedsItsNote()
    {
        JsonValue body = lifeEvent(QStringLiteral("other"), QDate(2026, 1, 2));
        body.remove(QStringLiteral("note"));
        const auto result = BodyValidator::validate(RecordKind::LifeEvent, body);
        QVERIFY(!result);
        QCOMPARE(result.error().path, QStringLiteral("$.body.note"));
        body.insert(QStringLiteral("type"), QStringLiteral("bereavement"));
        QVERIFY(BodyValidator::validate(RecordKind::LifeEvent, body));
    }

    // The writer's clock is the day of signing: the day itself is fine, the next is refused
    // with its path and nothing is added to the chain.
    void futureDateRefusedAtSigning()
    {
        DeviceKeyPair key = DeviceKeyPair::generate();
        test::FakeClock clock;
        clock.now = QDateTime(QDate(2026, 3, 10), QTime(23, 59), QTimeZone::utc());
        UuidV7Generator ids(clock);
        RecordWriter writer(key, ChainState::genesis(QStringLiteral("tablet-1")), ids);
        const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") };
        auto tomorrow = writer.append(RecordKind::LifeEvent, QStringLiteral("hv-0042"), pack,
            lifeEvent(QStringLiteral("move"), QDate(2026, 3, 11)));
        QVERIFY(!tomorrow);
        QCOMPARE(tomorrow.error().path, QStringLiteral("$.body.happenedOn"));
        QVERIFY(tomorrow.error().message.contains(QStringLiteral("2026-03-10")));
        QCOMPARE(writer.state().nextSeq, 1);
        QVERIFY(writer.append(RecordKind::LifeEvent, QStringLiteral("hv-0042"), pack,
            lifeEvent(QStringLiteral("move"), QDate(2026, 3, 10))));
    }

    // Dated the day it happened, not the day it was recorded, and in each child's chronology.
    void entryOnTheDayItHappened()
    {
        SignedHistory history;
        const QString id = history.add(RecordKind::LifeEvent, QDate(2026, 5, 20),
            lifeEvent(QStringLiteral("prison-release"), QDate(2026, 4, 2),
                { SignedHistory::childId(), QStringLiteral("child-sam") }));
        for (const QString &child : { SignedHistory::childId(), QStringLiteral("child-sam") }) {
            const Chronology chronology
                = ChronologyBuilder::build(child, history.verified().records, {});
            const auto events = chronology.filtered({ ChronologyEntry::Kind::LifeEvent });
            QCOMPARE(events.size(), 1);
            const ChronologyEntry &e = events.constFirst();
            QCOMPARE(e.date, QDate(2026, 4, 2));
            QCOMPARE(e.recordedAt.date(), QDate(2026, 5, 20));
            QCOMPARE(e.recordId, id);
            QCOMPARE(e.category, QStringLiteral("prison-release"));
            QCOMPARE(e.text, QStringLiteral("Told at the door."));
            QCOMPARE(e.detail, QStringLiteral("Mother"));
            QCOMPARE(e.subject, QStringLiteral("adult-dad"));
        }
        QVERIFY(
            ChronologyBuilder::build(QStringLiteral("child-ana"), history.verified().records, {})
                .entries.isEmpty());
    }

    // Two concerns in the months before the day it happened, though it was recorded later: the
    // flag names the type in both languages and rests on the concerns and the event.
    void patternOverTypedEvent()
    {
        const auto mood = QPair<QString, QString> { QStringLiteral("parental-mental-health"),
            QStringLiteral("Low mood.") };
        SignedHistory history;
        const QString a = history.visit({ .date = QDate(2026, 1, 5), .concerns = { mood } });
        const QString b = history.visit({ .date = QDate(2026, 3, 5), .concerns = { mood } });
        const QString event = history.add(RecordKind::LifeEvent, QDate(2026, 6, 1),
            lifeEvent(QStringLiteral("bereavement"), QDate(2026, 5, 1)));
        const auto flag = escalation(flags(history.verified().records,
            QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone::utc())));
        QVERIFY(flag);
        QCOMPARE(flag->evidence, (QStringList { a, b, event }));
        QCOMPARE(flag->to, QDate(2026, 5, 1));
        QVERIFY2(flag->text(QStringLiteral("en")).contains(QStringLiteral("Bereavement: Told")),
            qPrintable(flag->text(QStringLiteral("en"))));
        QVERIFY2(flag->text(QStringLiteral("cy")).contains(QStringLiteral("Profedigaeth")),
            qPrintable(flag->text(QStringLiteral("cy"))));
        // Not yet known the day before it was recorded.
        QVERIFY(!escalation(flags(history.verified().records,
            QDateTime(QDate(2026, 5, 31), QTime(9, 0), QTimeZone::utc()))));
    }

    void quietWithoutConcerns()
    {
        SignedHistory history;
        history.visit({ .date = QDate(2026, 1, 5) });
        history.add(RecordKind::LifeEvent, QDate(2026, 6, 1),
            lifeEvent(QStringLiteral("job-loss"), QDate(2026, 5, 1)));
        QVERIFY(!escalation(flags(history.verified().records,
            QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone::utc()))));
        // One concern is not a period of concern (the pack asks for two).
        SignedHistory one;
        one.visit({ .date = QDate(2026, 1, 5),
            .concerns = { { QStringLiteral("domestic-abuse"), QStringLiteral("Shouting.") } } });
        one.add(RecordKind::LifeEvent, QDate(2026, 6, 1),
            lifeEvent(QStringLiteral("separation"), QDate(2026, 5, 1)));
        QVERIFY(!escalation(flags(
            one.verified().records, QDateTime(QDate(2026, 6, 2), QTime(9, 0), QTimeZone::utc()))));
    }

    // Signed into a real SQLCipher vault, locked, opened again: the record and its flag are
    // still there and still say the same.
    void survivesRestart()
    {
        QTemporaryDir dir;
        RecoveryKeyPair recovery = RecoveryKeyPair::generate();
        test::FakeClock clock;
        clock.now = QDateTime(QDate(2026, 1, 5), QTime(10, 0), QTimeZone::utc());
        const auto mood = QPair<QString, QString> { QStringLiteral("parental-mental-health"),
            QStringLiteral("Low mood.") };
        const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") };
        QString said;
        {
            Vault vault(dir.path());
            QVERIFY(vault.create(test::Passcode, recovery.publicKey, KdfCost::interactive()));
            RecordStore store(vault.database(), clock);
            QVERIFY(store.open());
            for (int i = 1; i <= 2; ++i) {
                QVERIFY(store.append(RecordKind::Visit, QStringLiteral("hv-0042"), pack,
                    SignedHistory::visitBody(
                        { .concerns = { mood } }, SignedHistory::childId(), i)));
                clock.advance(86400 * 30);
            }
            QVERIFY(store.append(RecordKind::LifeEvent, QStringLiteral("hv-0042"), pack,
                lifeEvent(QStringLiteral("new-partner"), clock.now.date().addDays(-3))));
            auto envelopes = store.envelopes();
            QVERIFY(envelopes);
            const auto before = escalation(
                flags(VerifiedRecords::fromChain(envelopes.value(),
                          RecordVerifier::singleDevice(store.deviceId(), store.publicKey()))
                          .records,
                    clock.now.addDays(1)));
            QVERIFY(before);
            said = before->text(QStringLiteral("cy"));
        }
        Vault vault(dir.path());
        QVERIFY(vault.unlock(test::Passcode));
        RecordStore store(vault.database(), clock);
        QVERIFY(store.open());
        auto envelopes = store.envelopes();
        QVERIFY(envelopes);
        const auto records = VerifiedRecords::fromChain(
            envelopes.value(), RecordVerifier::singleDevice(store.deviceId(), store.publicKey()))
                                 .records;
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.constLast().status, SignatureStatus::Verified);
        const auto after = escalation(flags(records, clock.now.addDays(1)));
        QVERIFY(after);
        QCOMPARE(after->text(QStringLiteral("cy")), said);
        QVERIFY(said.contains(QStringLiteral("Partner newydd")));
    }
};

QTEST_GUILESS_MAIN(TestLifeEvents)
#include "tst_lifeevents.moc"
