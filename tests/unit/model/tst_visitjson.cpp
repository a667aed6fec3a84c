#include "model/visitjson.h"
#include "model/visitvalidator.h"
#include "modeltestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace hearth;

// The visit's JSON: golden files, byte-stable round trips, refusal of bad input, and what
// "finished" requires.
class TestVisitJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGolden()
    {
        const QByteArray bytes = VisitJson::toBytes(test::fullVisit(), QJsonDocument::Indented);
        QVERIFY(test::matchesGolden(bytes, test::dataPath("model/visit-full.json")));
        QVERIFY(test::matchesGolden(VisitJson::toBytes(Visit {}, QJsonDocument::Indented),
            test::dataPath("model/visit-empty.json")));
    }

    void roundTripIsByteStable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("full") << QStringLiteral("model/visit-full.json");
        QTest::newRow("empty") << QStringLiteral("model/visit-empty.json");
    }
    void roundTripIsByteStable()
    {
        QFETCH(QString, file);
        const QByteArray golden = test::readAll(test::dataPath(qPrintable(file)));
        QVERIFY(!golden.isEmpty());
        auto loaded = VisitJson::fromBytes(golden);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const QByteArray saved = VisitJson::toBytes(*loaded, QJsonDocument::Indented);
        QVERIFY(test::matchesGolden(saved, test::dataPath(qPrintable(file))));
        auto again = VisitJson::fromBytes(VisitJson::toBytes(*loaded));
        QVERIFY(again);
        QCOMPARE(VisitJson::toBytes(*again), VisitJson::toBytes(*loaded));
    }

    void noFloatingPointInTheBody()
    {
        const QByteArray bytes = VisitJson::toBytes(test::fullVisit());
        QVERIFY(bytes.contains("\"latMicroDeg\":51507351"));
        QVERIFY(!bytes.contains("e+"));
        QJsonObject object = QJsonDocument::fromJson(bytes).object();
        QJsonObject start = object.value(QStringLiteral("start")).toObject();
        QJsonObject location = start.value(QStringLiteral("location")).toObject();
        location.insert(QStringLiteral("accuracyM"), 12.5);
        start.insert(QStringLiteral("location"), location);
        object.insert(QStringLiteral("start"), start);
        auto refused = VisitJson::fromJson(object);
        QVERIFY(!refused);
        QCOMPARE(
            refused.error().problems.first().path, QStringLiteral("$.start.location.accuracyM"));
        QCOMPARE(
            refused.error().problems.first().message, QStringLiteral("must be a whole number"));
    }

    void refusesUnknownWordsWithTheirPath()
    {
        QJsonObject object = VisitJson::toJson(test::fullVisit());
        QJsonObject neglect = object.value(QStringLiteral("neglect")).toObject();
        QJsonObject ratings = neglect.value(QStringLiteral("ratings")).toObject();
        ratings.insert(QStringLiteral("dental"),
            QJsonObject { { QStringLiteral("level"), QStringLiteral("meh") },
                { QStringLiteral("description"), QString() } });
        neglect.insert(QStringLiteral("ratings"), ratings);
        object.insert(QStringLiteral("neglect"), neglect);
        auto refused = VisitJson::fromJson(object);
        QVERIFY(!refused);
        QCOMPARE(refused.error().problems.first().path,
            QStringLiteral("$.neglect.ratings.dental.level"));
        QVERIFY(VisitJson::fromBytes("[1,2]").hasValue() == false);
        QVERIFY(VisitJson::fromBytes("{\"format\": 99}").hasValue() == false);
    }

    void interpreterConcernIsDerived()
    {
        Visit v = test::fullVisit();
        QVERIFY(v.seeing.interpreterConcern());
        QVERIFY(VisitJson::toBytes(v).contains("\"interpreterConcern\":true"));
        v.seeing.interpreter.relation = InterpreterRelation::Professional;
        QVERIFY(!v.seeing.interpreterConcern());
        v.seeing.interpreter.relation = InterpreterRelation::Child;
        QVERIFY(v.seeing.interpreterConcern());
        const auto flags = VisitValidator::flags(v);
        QVERIFY(std::any_of(flags.cbegin(), flags.cend(),
            [](const VisitFlag &f) { return f.id == QLatin1String("interpreter-child"); }));
    }

    void fullVisitHasNothingMissing()
    {
        VisitRequirements r;
        r.menPrompts = { { QStringLiteral("partner"), QStringLiteral("Partner?") } };
        r.neglectItems = { { QStringLiteral("dental"), QStringLiteral("Dental care") },
            { QStringLiteral("nutrition"), QStringLiteral("Food") } };
        const auto missing = VisitValidator::missing(test::fullVisit(), r);
        for (const MissingItem &item : missing)
            qWarning("%s: %s", qPrintable(item.field), qPrintable(item.text));
        QVERIFY(missing.isEmpty());
    }

    void emptyVisitListsWhatIsMissing()
    {
        VisitRequirements r;
        r.neglectItems = { { QStringLiteral("dental"), QStringLiteral("Dental care") } };
        r.menPrompts = { { QStringLiteral("father"), QStringLiteral("Who is the father?") } };
        const auto missing = VisitValidator::missing(Visit {}, r);
        QStringList fields;
        for (const MissingItem &item : missing)
            fields.append(item.field);
        for (const char *field :
            { "start.childId", "start.notice", "start.location", "who.menPrompts.father",
                "seeing.seen", "seeing.communication", "lived.dayInTheLife", "neglect.dental",
                "cooperation.level", "concerns.immediate", "review.whatItMeans" })
            QVERIFY2(fields.contains(QLatin1String(field)), field);
        QCOMPARE(missing.last().text, QStringLiteral("Answer: what does this mean for the child?"));
        QVERIFY(fields.size() == QSet<QString>(fields.cbegin(), fields.cend()).size());
    }

    void concernNeedsWhatWasSeen()
    {
        Visit v = test::fullVisit();
        v.neglect.ratings[QStringLiteral("nutrition")].description.clear();
        const auto missing = VisitValidator::missing(v);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().step, 5);
        QVERIFY(missing.first().text.contains(QStringLiteral("saw, heard or smelt")));
    }

    void unavailableLocationNeverBlocks()
    {
        Visit v = test::fullVisit();
        v.start.location = { LocationSource::Unavailable, {}, {}, {}, {} };
        QVERIFY(VisitValidator::missing(v).isEmpty());
        v.start.location.source = LocationSource::Gps;
        QCOMPARE(VisitValidator::missing(v).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVisitJson)
#include "tst_visitjson.moc"
