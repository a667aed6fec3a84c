// The child's contribution (core/record/childcontributionbody.h): a complete one is accepted,
// every refusal names the member at fault, and the bounds that keep a record small hold.
#include "record/childcontributionbody.h"
#include "record/jsonparser.h"

#include <QTest>

using namespace hearth;

namespace {
const QByteArray Complete = R"({"format": 1,
    "strokes": [{"colour": "red", "width": 100, "points": [0, 0, 0, 5000, 5000, 16, 10000, 10000, 40]},
                {"colour": "blue", "width": 40, "points": [20, 30, 900]}],
    "houses": {"worries": [{"picture": "shouting"}, {"words": "When Dad shouts"}],
               "goodThings": [{"picture": "pet"}], "dreams": []},
    "scales": [{"scale": "home", "value": 3}, {"scale": "school", "value": 10}],
    "readAloud": true})";

JsonValue parse(const QByteArray &json)
{
    auto value = JsonParser::parse(json);
    if (!value)
        qFatal("test body does not parse: %s", qPrintable(value.error().message));
    return value.value();
}

// `Complete` with `member` replaced by `json` (or removed when json is empty).
JsonValue with(const QString &member, const QByteArray &json)
{
    JsonValue out = JsonValue::object();
    for (const JsonMember &m : parse(Complete).members())
        if (m.key != member)
            out.insert(m.key, m.value);
    if (!json.isEmpty())
        out.insert(member, parse(json));
    return out;
}

QByteArray strokeOf(qsizetype points, qint64 start = 0)
{
    QByteArray json = R"({"colour": "black", "width": 220, "points": [)";
    for (qsizetype i = 0; i < points; ++i)
        json += (i ? "," : "") + QByteArray::number(i % 10000) + ",5,"
            + QByteArray::number(start + i);
    return json + "]}";
}
} // namespace

class TestChildContributionBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsComplete()
    {
        const QString path = QStringLiteral("$.body.childContribution");
        QVERIFY(ChildContributionBody::validate(parse(Complete), path));
        // An empty contribution (the child made nothing) is still a contribution.
        QVERIFY(ChildContributionBody::validate(
            parse(R"({"format": 1, "strokes": [], "houses": {"worries": [], "goodThings": [],
                "dreams": []}, "scales": [], "readAloud": false})"),
            path));
    }

    void acceptsTheLimits()
    {
        const QByteArray stroke = strokeOf(ChildContributionBody::MaxPointsPerStroke);
        QVERIFY(ChildContributionBody::validate(
            with(QStringLiteral("strokes"), "[" + stroke + "]"), QStringLiteral("$")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const auto row = [](const char *name, const char *member, const QByteArray &json,
                             const char *path) {
            QTest::newRow(name) << QString::fromLatin1(member) << json << QString::fromLatin1(path);
        };
        row("no format", "format", {}, "$.c.format");
        row("format 2", "format", "2", "$.c.format");
        row("unknown member", "mood", "\"sad\"", "$.c.mood");
        row("strokes missing", "strokes", {}, "$.c.strokes");
        row("stroke not object", "strokes", "[1]", "$.c.strokes[0]");
        row("colour off palette", "strokes",
            R"([{"colour": "#ff0000", "width": 40, "points": [1, 1, 0]}])",
            "$.c.strokes[0].colour");
        row("width not in set", "strokes",
            R"([{"colour": "red", "width": 41, "points": [1, 1, 0]}])", "$.c.strokes[0].width");
        row("stroke member unknown", "strokes",
            R"([{"colour": "red", "width": 40, "points": [1, 1, 0], "alpha": 3}])",
            "$.c.strokes[0].alpha");
        row("no points", "strokes", R"([{"colour": "red", "width": 40, "points": []}])",
            "$.c.strokes[0].points");
        row("points not triples", "strokes",
            R"([{"colour": "red", "width": 40, "points": [1, 1]}])", "$.c.strokes[0].points");
        row("x off canvas", "strokes",
            R"([{"colour": "red", "width": 40, "points": [10001, 1, 0]}])",
            "$.c.strokes[0].points[0]");
        row("y negative", "strokes", R"([{"colour": "red", "width": 40, "points": [1, -1, 0]}])",
            "$.c.strokes[0].points[1]");
        row("coordinate text", "strokes",
            R"([{"colour": "red", "width": 40, "points": [1, "1", 0]}])",
            "$.c.strokes[0].points[1]");
        row("time backwards in stroke", "strokes",
            R"([{"colour": "red", "width": 40, "points": [1, 1, 50, 2, 2, 49]}])",
            "$.c.strokes[0].points[5]");
        row("time backwards across strokes", "strokes",
            R"([{"colour": "red", "width": 40, "points": [1, 1, 50]},
                {"colour": "red", "width": 40, "points": [1, 1, 10]}])",
            "$.c.strokes[1].points[2]");
        row("time beyond a session", "strokes",
            R"([{"colour": "red", "width": 40, "points": [1, 1, 14400001]}])",
            "$.c.strokes[0].points[2]");
        row("too many points in a stroke", "strokes",
            "[" + strokeOf(ChildContributionBody::MaxPointsPerStroke + 1) + "]",
            "$.c.strokes[0].points");
        QByteArray many = "[";
        for (int i = 0; i < 8; ++i)
            many += (i ? "," : "") + strokeOf(2000, i * 2000);
        row("too many points in all", "strokes", many + "]", "$.c.strokes[7].points");
        QByteArray strokes = "[";
        for (qsizetype i = 0; i <= ChildContributionBody::MaxStrokes; ++i)
            strokes += (i ? "," : "") + strokeOf(1, i);
        row("too many strokes", "strokes", strokes + "]", "$.c.strokes");
        row("houses not object", "houses", "[]", "$.c.houses");
        row("house missing", "houses", R"({"worries": [], "goodThings": []})", "$.c.houses.dreams");
        row("house unknown", "houses",
            R"({"worries": [], "goodThings": [], "dreams": [], "fears": []})", "$.c.houses.fears");
        row("picture unknown", "houses",
            R"({"worries": [{"picture": "knife"}], "goodThings": [], "dreams": []})",
            "$.c.houses.worries[0].picture");
        row("words empty", "houses",
            R"({"worries": [], "goodThings": [{"words": "  "}], "dreams": []})",
            "$.c.houses.goodThings[0].words");
        row("item both", "houses",
            R"({"worries": [], "goodThings": [], "dreams": [{"picture": "sun", "words": "x"}]})",
            "$.c.houses.dreams[0]");
        row("words too long", "houses",
            R"({"worries": [{"words": ")" + QByteArray(501, 'a') + R"("}], "goodThings": [],
                "dreams": []})",
            "$.c.houses.worries[0].words");
        QByteArray full = R"({"worries": [)";
        for (int i = 0; i <= ChildContributionBody::MaxItemsPerHouse; ++i)
            full += (i ? "," : "") + QByteArray(R"({"picture": "sun"})");
        row("house too full", "houses", full + R"(], "goodThings": [], "dreams": []})",
            "$.c.houses.worries");
        row("scale unknown", "scales", R"([{"scale": "money", "value": 3}])",
            "$.c.scales[0].scale");
        row("scale twice", "scales",
            R"([{"scale": "home", "value": 3}, {"scale": "home", "value": 4}])",
            "$.c.scales[1].scale");
        row("scale over 10", "scales", R"([{"scale": "home", "value": 11}])",
            "$.c.scales[0].value");
        row("scale no value", "scales", R"([{"scale": "home", "why": 1}])", "$.c.scales[0].value");
        row("readAloud text", "readAloud", "\"yes\"", "$.c.readAloud");
        row("readAloud missing", "readAloud", {}, "$.c.readAloud");
    }

    void refuses()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto result
            = ChildContributionBody::validate(with(member, json), QStringLiteral("$.c"));
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY(!result.error().message.isEmpty());
    }

    void refusesNonObject()
    {
        const auto result = ChildContributionBody::validate(parse("[]"), QStringLiteral("$.c"));
        QVERIFY(!result);
        QCOMPARE(result.error().path, QStringLiteral("$.c"));
    }
};

QTEST_GUILESS_MAIN(TestChildContributionBody)
#include "tst_childcontributionbody.moc"
