#include "profiletestsupport.h"
#include "record/bodyvalidator.h"
#include "record/profilewords.h"

#include <QTest>

#include <optional>

using namespace hearth;

Q_DECLARE_METATYPE(hearth::JsonValue)

namespace {
// `body` with the member at `path` ("adults.0.risks.0.source") replaced, or removed when
// `value` is none.
JsonValue edited(const JsonValue &body, QStringList path, const std::optional<JsonValue> &value)
{
    const QString key = path.takeFirst();
    if (body.isArray()) {
        std::vector<JsonValue> items = body.items();
        const std::size_t index = key.toULongLong();
        if (index == items.size())
            items.emplace_back();
        JsonValue &item = items.at(index);
        item = path.isEmpty() ? *value : edited(item, path, value);
        return JsonValue::array(std::move(items));
    }
    JsonValue out = body;
    if (path.isEmpty()) {
        if (value)
            out.insert(key, *value);
        else
            out.remove(key);
        return out;
    }
    out.insert(key, edited(body[key], path, value));
    return out;
}

JsonValue set(const JsonValue &body, const char *path, JsonValue value)
{
    return edited(body, QString::fromLatin1(path).split(QLatin1Char('.')), value);
}

JsonValue with(const char *path, JsonValue value)
{
    return set(test::profileBody(), path, std::move(value));
}

JsonValue without(const char *path)
{
    return edited(test::profileBody(), QString::fromLatin1(path).split(QLatin1Char('.')), {});
}
} // namespace

// The profile-change body rules the tablet signs by and the agency server accepts by: one row
// per refusal, each naming the member that is wrong.
class TestProfileBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void body_data()
    {
        QTest::addColumn<JsonValue>("body");
        QTest::addColumn<QString>("errorPath");
        const QString b = QStringLiteral("$.body");
        const QString adult = QStringLiteral("$.body.adults[0]");
        const QString risk = adult + QStringLiteral(".risks[0]");

        QTest::newRow("complete") << test::profileBody() << QString();
        QTest::newRow("health only") << without("adults") << QString();
        QTest::newRow("no adults any more") << with("adults", JsonValue::array()) << QString();
        QTest::newRow("newer member kept") << with("note", QStringLiteral("x")) << QString();
        QTest::newRow("other risk with detail")
            << set(with("adults.0.risks.0.kind", QStringLiteral("other")),
                   "adults.0.risks.0.detail", QStringLiteral("Threats to a neighbour"))
            << QString();
        QTest::newRow("not an object") << JsonValue::array() << b;
        QTest::newRow("no child") << without("child") << b + QStringLiteral(".child");
        QTest::newRow("blank household")
            << with("household", QStringLiteral("  ")) << b + QStringLiteral(".household");
        QTest::newRow("no knownFrom") << without("knownFrom") << b + QStringLiteral(".knownFrom");
        QTest::newRow("knownFrom not a day")
            << with("knownFrom", QStringLiteral("2026-02-30")) << b + QStringLiteral(".knownFrom");
        QTest::newRow("changes nothing")
            << edited(edited(without("adults"), { QStringLiteral("children") }, {}),
                   { QStringLiteral("health") }, {})
            << b;
        QTest::newRow("adults not a list")
            << with("adults", JsonValue::object()) << b + QStringLiteral(".adults");
        QTest::newRow("adult not an object") << with("adults.0", QStringLiteral("Dai")) << adult;
        QTest::newRow("adult without id")
            << without("adults.0.id") << adult + QStringLiteral(".id");
        QTest::newRow("adult without name")
            << without("adults.0.name") << adult + QStringLiteral(".name");
        QTest::newRow("unknown relationship") << with("adults.0.relationship",
            QStringLiteral("uncle")) << adult + QStringLiteral(".relationship");
        QTest::newRow("unknown living")
            << with("adults.0.living", QStringLiteral("sofa")) << adult + QStringLiteral(".living");
        QTest::newRow("responsibility as text") << with("adults.0.parentalResponsibility",
            QStringLiteral("yes")) << adult + QStringLiteral(".parentalResponsibility");
        QTest::newRow("caresForChild missing")
            << without("adults.0.caresForChild") << adult + QStringLiteral(".caresForChild");
        QTest::newRow("seenOn not a day") << with("adults.0.seenOn", QStringLiteral("last week"))
                                          << adult + QStringLiteral(".seenOn");
        QTest::newRow("blank strength") << with("adults.0.strengths.0", QStringLiteral(" "))
                                        << adult + QStringLiteral(".strengths[0]");
        QTest::newRow("risk without source")
            << without("adults.0.risks.0.source") << risk + QStringLiteral(".source");
        QTest::newRow("risk without date")
            << without("adults.0.risks.0.date") << risk + QStringLiteral(".date");
        QTest::newRow("unknown risk") << with("adults.0.risks.0.kind", QStringLiteral("gambling"))
                                      << risk + QStringLiteral(".kind");
        QTest::newRow("other risk without detail") << with("adults.0.risks.0.kind",
            QStringLiteral("other")) << risk + QStringLiteral(".detail");
        QTest::newRow("same adult twice")
            << with("adults.1", test::profileBody()[u"adults"].items().front())
            << QStringLiteral("$.body.adults[1].id");
        QTest::newRow("child without name")
            << without("children.0.name") << QStringLiteral("$.body.children[0].name");
        QTest::newRow("child born on no day") << with("children.0.dateOfBirth",
            QStringLiteral("2021-13-01")) << QStringLiteral("$.body.children[0].dateOfBirth");
        QTest::newRow("health not an object")
            << with("health", QStringLiteral("well")) << b + QStringLiteral(".health");
        QTest::newRow("unknown condition") << with("health.conditions.0.kind",
            QStringLiteral("cold")) << QStringLiteral("$.body.health.conditions[0].kind");
        QTest::newRow("other condition without detail") << with("health.conditions.0.kind",
            QStringLiteral("other")) << QStringLiteral("$.body.health.conditions[0].detail");
        QTest::newRow("review status unknown") << with("health.reviews.0.status",
            QStringLiteral("done")) << QStringLiteral("$.body.health.reviews[0].status");
        QTest::newRow("review without date")
            << without("health.reviews.0.date") << QStringLiteral("$.body.health.reviews[0].date");
        QTest::newRow("registered without practice")
            << without("health.gp.practice") << QStringLiteral("$.body.health.gp.practice");
        QTest::newRow("gp registration unknown")
            << without("health.gp.registered") << QStringLiteral("$.body.health.gp.registered");
        QTest::newRow("mobility unknown") << with("health.mobility", QStringLiteral("crawling"))
                                          << QStringLiteral("$.body.health.mobility");
    }

    void body()
    {
        QFETCH(JsonValue, body);
        QFETCH(QString, errorPath);
        auto ok = BodyValidator::validate(RecordKind::ProfileChange, body);
        QVERIFY2(
            bool(ok) == errorPath.isEmpty(), qPrintable(ok ? QString() : ok.error().toString()));
        if (!ok)
            QCOMPARE(ok.error().path, errorPath);
    }

    // Every word of every closed list is accepted where it belongs, so the editor can offer
    // them all.
    void everyWordIsAccepted()
    {
        for (const QString &w : ProfileWords::relationships())
            QVERIFY2(BodyValidator::validate(
                         RecordKind::ProfileChange, with("adults.0.relationship", w)),
                qPrintable(w));
        for (const QString &w : ProfileWords::livingArrangements())
            QVERIFY2(BodyValidator::validate(RecordKind::ProfileChange, with("adults.0.living", w)),
                qPrintable(w));
        for (const QString &w : ProfileWords::reviewStatuses())
            QVERIFY2(BodyValidator::validate(
                         RecordKind::ProfileChange, with("health.reviews.0.status", w)),
                qPrintable(w));
        for (const QString &w : ProfileWords::mobility())
            QVERIFY2(BodyValidator::validate(RecordKind::ProfileChange, with("health.mobility", w)),
                qPrintable(w));
        for (const QString &w : ProfileWords::risks())
            QVERIFY2(BodyValidator::validate(RecordKind::ProfileChange,
                         set(with("adults.0.risks.0.kind", w), "adults.0.risks.0.detail",
                             QStringLiteral("d"))),
                qPrintable(w));
        QCOMPARE(recordKindFromName(QStringLiteral("profile-change")), RecordKind::ProfileChange);
    }
};

QTEST_GUILESS_MAIN(TestProfileBody)
#include "tst_profilebody.moc"
