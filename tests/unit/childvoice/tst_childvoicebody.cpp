#include "record/bodyvalidator.h"
#include "record/jsonparser.h"

#include <QTest>

using namespace hearth;

namespace {
// A complete session, as the tablet signs one: every member there is.
const QByteArray Complete = R"({"format": 1, "sessionId": "s1", "child": "child-1",
    "where": {"place": "school", "detail": "the quiet room by the library"},
    "othersPresent": ["Mrs Evans, teaching assistant"],
    "seenAlone": false, "notSeenAloneReason": "Asked for Mrs Evans to stay",
    "childsWords": [
        {"by": "child", "quote": "I don’t like it when they shout", "at": "2026-11-23T10:05:00.000Z",
         "context": "talking about evenings at home"},
        {"by": "child", "quote": "Nan makes pancakes", "at": "2026-11-23T10:12:00.000Z"}],
    "threeHouses": {"worries": ["shouting at night"], "goodThings": ["Nan", "football"],
        "dreams": ["a dog"]},
    "scales": [{"question": "How safe do you feel at home?", "number": 4,
        "reason": "because of the shouting"}, {"question": "How happy at school?", "number": 8}],
    "trusts": ["Nan", "Mrs Evans"],
    "betterIf": "If Dad stopped shouting",
    "viewOfPlan": "Wants to stay with Nan at weekends",
    "practitionerWillDo": "Share with the team manager today; ask about Nan at the review",
    "childToldNext": "That I will talk to Mum and Dad and come back next Tuesday"})";

// What a child made in child mode, as docs/record-format.md shows it.
const QByteArray Contribution = R"({"format": 1, "houses": {"dreams": [{"words": "A dog"}],
    "goodThings": [{"picture": "pet"}], "worries": [{"picture": "shouting"}]}, "readAloud": false,
    "scales": [{"scale": "home", "value": 3}, {"scale": "safe", "value": 7}],
    "strokes": [{"colour": "red", "points": [1200, 800, 0, 1260, 840, 16], "width": 100}]})";

JsonValue parse(const QByteArray &json)
{
    auto value = JsonParser::parse(json);
    if (!value)
        qFatal("test body does not parse: %s", qPrintable(value.error().message));
    return value.value();
}

// `body` with `member` replaced by `json` (or removed when json is empty).
JsonValue with(const JsonValue &body, const QString &member, const QByteArray &json)
{
    JsonValue out = JsonValue::object();
    for (const JsonMember &m : body.members())
        if (m.key != member)
            out.insert(m.key, m.value);
    if (!json.isEmpty())
        out.insert(member, parse(json));
    return out;
}

JsonValue with(const QString &member, const QByteArray &json)
{
    return with(parse(Complete), member, json);
}

// Only what is required: the child is seen alone and said one thing.
JsonValue minimal()
{
    return parse(R"({"format": 1, "sessionId": "s2", "child": "child-1",
        "where": {"place": "car"}, "othersPresent": [], "seenAlone": true,
        "childsWords": [{"by": "child", "quote": "ok", "at": "2026-11-23T10:05:00.000Z"}],
        "practitionerWillDo": "Nothing new", "childToldNext": "See you next week"})");
}

QString errorOf(const Expected<void, JsonError> &result)
{
    return result ? QString() : result.error().path + QStringLiteral(": ") + result.error().message;
}
} // namespace

// One row per refusal: each names the member at fault, so the practitioner (through the
// session draft) and the server's problem answer can say what is wrong.
class TestChildVoiceBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsCompleteSessions()
    {
        auto ok = BodyValidator::validate(RecordKind::ChildVoiceSession, parse(Complete));
        QVERIFY2(ok, qPrintable(errorOf(ok)));
        ok = BodyValidator::validate(RecordKind::ChildVoiceSession, minimal());
        QVERIFY2(ok, qPrintable(errorOf(ok)));
        QCOMPARE(recordKindFromName(u"child-voice-session"),
            std::optional(RecordKind::ChildVoiceSession));
        QCOMPARE(recordKindName(RecordKind::ChildVoiceSession), u"child-voice-session");
        QVERIFY(!isServerSigned(RecordKind::ChildVoiceSession));
    }

    // Each way of holding the child's voice is enough on its own; the words are not required
    // of a child who chose to draw or place answers instead.
    void acceptsTheChildsVoiceInAnyForm_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("three houses")
            << "threeHouses"
            << QByteArray(R"({"worries": [], "goodThings": ["Nan"], "dreams": []})");
        QTest::newRow("a scale") << "scales"
                                 << QByteArray(R"([{"question": "Safe?", "number": 0}])");
        QTest::newRow("trusted people") << "trusts" << QByteArray(R"(["Nan"])");
        QTest::newRow("better if") << "betterIf" << QByteArray(R"("a dog")");
        QTest::newRow("view of plan") << "viewOfPlan" << QByteArray(R"("fine")");
        QTest::newRow("child mode") << "childContribution" << Contribution;
        QTest::newRow("a new child")
            << "childDetails" << QByteArray(R"({"name": "Sam Lee", "yearGroup": "Year 3"})");
    }

    void acceptsTheChildsVoiceInAnyForm()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        JsonValue body = with(minimal(), QStringLiteral("childsWords"), {});
        if (member == u"childDetails")
            body = with(minimal(), QStringLiteral("child"), {});
        body.insert(member, parse(json));
        auto ok = BodyValidator::validate(RecordKind::ChildVoiceSession, body);
        QVERIFY2(ok, qPrintable(errorOf(ok)));
    }

    void refusesIncompleteSessions_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("format missing") << "format" << QByteArray() << "$.body.format";
        QTest::newRow("format from the future") << "format" << QByteArray("2") << "$.body.format";
        QTest::newRow("no session id") << "sessionId" << QByteArray() << "$.body.sessionId";
        QTest::newRow("no child") << "child" << QByteArray() << "$.body.child";
        QTest::newRow("blank child") << "child" << QByteArray(R"(" ")") << "$.body.child";
        QTest::newRow("child and details both")
            << "childDetails" << QByteArray(R"({"name": "Sam", "yearGroup": "Year 3"})")
            << "$.body.child";
        QTest::newRow("nowhere") << "where" << QByteArray() << "$.body.where";
        QTest::newRow("where as text") << "where" << QByteArray(R"("school")") << "$.body.where";
        QTest::newRow("unknown place")
            << "where" << QByteArray(R"({"place": "park"})") << "$.body.where.place";
        QTest::newRow("other place, not said")
            << "where" << QByteArray(R"({"place": "other"})") << "$.body.where.detail";
        QTest::newRow("blank place detail")
            << "where" << QByteArray(R"({"place": "home", "detail": " "})")
            << "$.body.where.detail";
        QTest::newRow("nobody listed") << "othersPresent" << QByteArray() << "$.body.othersPresent";
        QTest::newRow("others as text")
            << "othersPresent" << QByteArray(R"("Mum")") << "$.body.othersPresent";
        QTest::newRow("blank other person")
            << "othersPresent" << QByteArray(R"(["Mum", ""])") << "$.body.othersPresent[1]";
        QTest::newRow("alone not answered") << "seenAlone" << QByteArray() << "$.body.seenAlone";
        QTest::newRow("alone as text")
            << "seenAlone" << QByteArray(R"("no")") << "$.body.seenAlone";
        QTest::newRow("not alone, no reason")
            << "notSeenAloneReason" << QByteArray() << "$.body.notSeenAloneReason";
        QTest::newRow("words as text")
            << "childsWords" << QByteArray(R"("I don’t like it")") << "$.body.childsWords";
        QTest::newRow("words paraphrased")
            << "childsWords"
            << QByteArray(R"([{"by": "worker", "quote": "x", "at": "2026-11-23T10:05:00.000Z"}])")
            << "$.body.childsWords[0]";
        QTest::newRow("blank words")
            << "childsWords"
            << QByteArray(R"([{"by": "child", "quote": " ", "at": "2026-11-23T10:05:00.000Z"}])")
            << "$.body.childsWords[0]";
        QTest::newRow("words undated")
            << "childsWords" << QByteArray(R"([{"by": "child", "quote": "x"}])")
            << "$.body.childsWords[0].at";
        QTest::newRow("words in local time")
            << "childsWords"
            << QByteArray(R"([{"by": "child", "quote": "x", "at": "2026-11-23T10:05:00"}])")
            << "$.body.childsWords[0].at";
        QTest::newRow("blank context")
            << "childsWords"
            << QByteArray(R"([{"by": "child", "quote": "x", "at": "2026-11-23T10:05:00.000Z",
                "context": ""}])")
            << "$.body.childsWords[0].context";
        QTest::newRow("words with a comment")
            << "childsWords"
            << QByteArray(R"([{"by": "child", "quote": "x", "at": "2026-11-23T10:05:00.000Z",
                "meaning": "she is scared"}])")
            << "$.body.childsWords[0]";
        QTest::newRow("houses as list")
            << "threeHouses" << QByteArray(R"(["Nan"])") << "$.body.threeHouses";
        QTest::newRow("house missing")
            << "threeHouses" << QByteArray(R"({"worries": [], "goodThings": []})")
            << "$.body.threeHouses.dreams";
        QTest::newRow("house item blank")
            << "threeHouses" << QByteArray(R"({"worries": [""], "goodThings": [], "dreams": []})")
            << "$.body.threeHouses.worries[0]";
        QTest::newRow("house item a number")
            << "threeHouses" << QByteArray(R"({"worries": [], "goodThings": [3], "dreams": []})")
            << "$.body.threeHouses.goodThings[0]";
        QTest::newRow("scales as object")
            << "scales" << QByteArray(R"({"question": "x", "number": 3})") << "$.body.scales";
        QTest::newRow("scale as text") << "scales" << QByteArray(R"(["x"])") << "$.body.scales[0]";
        QTest::newRow("scale without question")
            << "scales" << QByteArray(R"([{"number": 3}])") << "$.body.scales[0].question";
        QTest::newRow("scale without number")
            << "scales" << QByteArray(R"([{"question": "Safe?"}])") << "$.body.scales[0].number";
        QTest::newRow("scale above ten")
            << "scales" << QByteArray(R"([{"question": "Safe?", "number": 11}])")
            << "$.body.scales[0].number";
        QTest::newRow("scale below zero")
            << "scales" << QByteArray(R"([{"question": "Safe?", "number": -1}])")
            << "$.body.scales[0].number";
        QTest::newRow("contribution as a list")
            << "childContribution" << QByteArray("[]") << "$.body.childContribution";
        QTest::newRow("contribution from the future")
            << "childContribution"
            << QByteArray(Contribution).replace(R"("format": 1)", R"("format": 2)")
            << "$.body.childContribution.format";
        QTest::newRow("contribution in a colour the app lacks")
            << "childContribution" << QByteArray(Contribution).replace("red", "gold")
            << "$.body.childContribution.strokes[0].colour";
        QTest::newRow("contribution point off the canvas")
            << "childContribution" << QByteArray(Contribution).replace("1260", "10001")
            << "$.body.childContribution.strokes[0].points[3]";
        QTest::newRow("contribution with an unknown picture")
            << "childContribution" << QByteArray(Contribution).replace(R"("pet")", R"("gun")")
            << "$.body.childContribution.houses.goodThings[0].picture";
        QTest::newRow("contribution scale out of range")
            << "childContribution"
            << QByteArray(Contribution).replace(R"("value": 7)", R"("value": 11)")
            << "$.body.childContribution.scales[1].value";
        QTest::newRow("contribution with a practitioner's note")
            << "childContribution"
            << QByteArray(Contribution).replace(R"("readAloud")", R"("note": "sad", "readAloud")")
            << "$.body.childContribution.note";
        QTest::newRow("scale as text number")
            << "scales" << QByteArray(R"([{"question": "Safe?", "number": "4"}])")
            << "$.body.scales[0].number";
        QTest::newRow("scale, blank reason")
            << "scales" << QByteArray(R"([{"question": "Safe?", "number": 4, "reason": ""}])")
            << "$.body.scales[0].reason";
        QTest::newRow("trusts as text") << "trusts" << QByteArray(R"("Nan")") << "$.body.trusts";
        QTest::newRow("trusts blank") << "trusts" << QByteArray(R"([" "])") << "$.body.trusts[0]";
        QTest::newRow("better if blank") << "betterIf" << QByteArray(R"("")") << "$.body.betterIf";
        QTest::newRow("view of plan a number")
            << "viewOfPlan" << QByteArray("3") << "$.body.viewOfPlan";
        QTest::newRow("nothing will be done")
            << "practitionerWillDo" << QByteArray() << "$.body.practitionerWillDo";
        QTest::newRow("blank what will be done")
            << "practitionerWillDo" << QByteArray(R"("  ")") << "$.body.practitionerWillDo";
        QTest::newRow("child not told")
            << "childToldNext" << QByteArray() << "$.body.childToldNext";
    }

    void refusesIncompleteSessions()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        auto result = BodyValidator::validate(RecordKind::ChildVoiceSession, with(member, json));
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY(!result.error().message.isEmpty());
    }

    // Every member may be right and the record still be only the practitioner's account.
    void refusesASessionWithoutTheChild()
    {
        JsonValue body = parse(Complete);
        for (const char *key :
            { "childsWords", "threeHouses", "scales", "trusts", "betterIf", "viewOfPlan" })
            body = with(body, QLatin1String(key), {});
        auto result = BodyValidator::validate(RecordKind::ChildVoiceSession, body);
        QVERIFY(!result);
        QCOMPARE(result.error().path, u"$.body.childsWords");
        // Empty lists and houses are no voice either.
        body.insert(QStringLiteral("childsWords"), JsonValue::array());
        body.insert(QStringLiteral("threeHouses"),
            parse(R"({"worries": [], "goodThings": [], "dreams": []})"));
        result = BodyValidator::validate(RecordKind::ChildVoiceSession, body);
        QVERIFY(!result);
        QCOMPARE(result.error().path, u"$.body.childsWords");
    }

    void refusesIncompleteNewChildDetails_data()
    {
        QTest::addColumn<QByteArray>("details");
        QTest::addColumn<QString>("path");
        QTest::newRow("not an object") << QByteArray(R"("Sam")") << "$.body.childDetails";
        QTest::newRow("no name") << QByteArray(R"({"yearGroup": "Year 3"})")
                                 << "$.body.childDetails.name";
        QTest::newRow("no year") << QByteArray(R"({"name": "Sam"})")
                                 << "$.body.childDetails.yearGroup";
    }

    void refusesIncompleteNewChildDetails()
    {
        QFETCH(QByteArray, details);
        QFETCH(QString, path);
        JsonValue body = with(QStringLiteral("child"), {});
        body.insert(QStringLiteral("childDetails"), parse(details));
        auto result = BodyValidator::validate(RecordKind::ChildVoiceSession, body);
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
    }
};

QTEST_GUILESS_MAIN(TestChildVoiceBody)
#include "tst_childvoicebody.moc"
