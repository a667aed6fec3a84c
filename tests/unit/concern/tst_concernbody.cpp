#include "record/bodyvalidator.h"
#include "record/jsonparser.h"

#include <QTest>

using namespace hearth;

namespace {
// A complete concern, as the tablet signs one.
const QByteArray Complete = R"({"format": 1, "concernId": "c1", "child": "child-1",
    "seen": "A round bruise on the left forearm, about 2 cm.",
    "childsWords": {"by": "child", "quote": "Dad grabbed me"},
    "category": "injury", "immediateSafety": true, "nextStep": "DSL to call social care now",
    "action": "dsl", "told": {"who": "Ms Jones, DSL", "when": "2026-11-22T09:40:00.000Z"},
    "sharingBasis": "safeguarding-without-consent"})";

JsonValue parse(const QByteArray &json)
{
    auto value = JsonParser::parse(json);
    if (!value)
        qFatal("test body does not parse: %s", qPrintable(value.error().message));
    return value.value();
}

// The complete body with `member` replaced by `json` (or removed when json is empty).
JsonValue with(const QString &member, const QByteArray &json)
{
    JsonValue body = parse(Complete);
    JsonValue out = JsonValue::object();
    for (const JsonMember &m : body.members())
        if (m.key != member)
            out.insert(m.key, m.value);
    if (!json.isEmpty())
        out.insert(member, parse(json));
    return out;
}
} // namespace

// One row per refusal: each names the member at fault, so the practitioner (through
// ConcernDraft) and the server's problem answer can say what is wrong.
class TestConcernBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsCompleteConcerns()
    {
        QVERIFY(BodyValidator::validate(RecordKind::Concern, parse(Complete)));
        // Monitoring without telling anyone needs neither "told" nor a sharing basis.
        JsonValue monitor = with(QStringLiteral("told"), {});
        monitor = [&] {
            JsonValue out = JsonValue::object();
            for (const JsonMember &m : monitor.members())
                if (m.key != u"sharingBasis" && m.key != u"action")
                    out.insert(m.key, m.value);
            out.insert(QStringLiteral("action"), JsonValue(QStringLiteral("monitor")));
            return out;
        }();
        auto ok = BodyValidator::validate(RecordKind::Concern, monitor);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        // A pupil not on the tablet, by name and school year.
        JsonValue pupil = with(QStringLiteral("child"), {});
        pupil.insert(
            QStringLiteral("childDetails"), parse(R"({"name": "Sam Lee", "yearGroup": "Year 8"})"));
        QVERIFY(BodyValidator::validate(RecordKind::Concern, pupil));
        QCOMPARE(recordKindFromName(u"concern"), std::optional(RecordKind::Concern));
    }

    void refusesIncompleteConcerns_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("format missing") << "format" << QByteArray() << "$.body.format";
        QTest::newRow("format from the future") << "format" << QByteArray("2") << "$.body.format";
        QTest::newRow("no child") << "child" << QByteArray() << "$.body.child";
        QTest::newRow("empty child") << "child" << QByteArray(R"("  ")") << "$.body.child";
        QTest::newRow("nothing seen") << "seen" << QByteArray() << "$.body.seen";
        QTest::newRow("seen blank") << "seen" << QByteArray(R"(" ")") << "$.body.seen";
        QTest::newRow("no category") << "category" << QByteArray() << "$.body.category";
        QTest::newRow("words paraphrased")
            << "childsWords" << QByteArray(R"({"by": "nurse", "quote": "x"})")
            << "$.body.childsWords";
        QTest::newRow("words as plain text")
            << "childsWords" << QByteArray(R"("Dad grabbed me")") << "$.body.childsWords";
        QTest::newRow("safety not answered")
            << "immediateSafety" << QByteArray() << "$.body.immediateSafety";
        QTest::newRow("safety as text")
            << "immediateSafety" << QByteArray(R"("yes")") << "$.body.immediateSafety";
        QTest::newRow("danger without next step")
            << "nextStep" << QByteArray() << "$.body.nextStep";
        QTest::newRow("danger, blank next step")
            << "nextStep" << QByteArray(R"("")") << "$.body.nextStep";
        QTest::newRow("no action") << "action" << QByteArray() << "$.body.action";
        QTest::newRow("unknown action")
            << "action" << QByteArray(R"("phoned-a-friend")") << "$.body.action";
        QTest::newRow("other without detail")
            << "action" << QByteArray(R"("other")") << "$.body.actionDetail";
        QTest::newRow("DSL told, nobody named") << "told" << QByteArray() << "$.body.told";
        QTest::newRow("told without who")
            << "told" << QByteArray(R"({"when": "2026-11-22T09:40:00.000Z"})") << "$.body.told.who";
        QTest::newRow("told with a local time")
            << "told" << QByteArray(R"({"who": "DSL", "when": "2026-11-22T09:40:00"})")
            << "$.body.told.when";
        QTest::newRow("told with no time")
            << "told" << QByteArray(R"({"who": "DSL"})") << "$.body.told.when";
        QTest::newRow("shared on no basis")
            << "sharingBasis" << QByteArray() << "$.body.sharingBasis";
        QTest::newRow("child and details both")
            << "childDetails" << QByteArray(R"({"name": "Sam", "yearGroup": "Year 8"})")
            << "$.body.child";
    }

    void refusesIncompleteConcerns()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        auto result = BodyValidator::validate(RecordKind::Concern, with(member, json));
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY(!result.error().message.isEmpty());
    }

    void refusesIncompletePupilDetails_data()
    {
        QTest::addColumn<QByteArray>("details");
        QTest::addColumn<QString>("path");
        QTest::newRow("not an object") << QByteArray(R"("Sam")") << "$.body.childDetails";
        QTest::newRow("no name") << QByteArray(R"({"yearGroup": "Year 8"})")
                                 << "$.body.childDetails.name";
        QTest::newRow("no year") << QByteArray(R"({"name": "Sam"})")
                                 << "$.body.childDetails.yearGroup";
    }

    void refusesIncompletePupilDetails()
    {
        QFETCH(QByteArray, details);
        QFETCH(QString, path);
        JsonValue body = with(QStringLiteral("child"), {});
        body.insert(QStringLiteral("childDetails"), parse(details));
        auto result = BodyValidator::validate(RecordKind::Concern, body);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
    }
};

QTEST_GUILESS_MAIN(TestConcernBody)
#include "tst_concernbody.moc"
