// The body map (issue 15): region names computed from a tap's position on each outline, the
// child's left and right on both sides, taps off the outline refused with nothing changed,
// marks moved and re-outlined, what a mark needs before the visit can be finished, and body
// format 3 in the signed body: read back exactly, formats 1 and 2 still read, and every
// incomplete or malformed mark refused by the verifier.

#include "model/visitjson.h"
#include "model/visitvalidator.h"
#include "record/bodymapwords.h"
#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "visit/bodymapgeometry.h"
#include "visit/bodymarks.h"
#include "visit/visitbody.h"

#include <QSet>
#include <QTest>

using namespace hearth;

namespace {
const QDate Today(2026, 3, 14);

BodyOutline outlineOf(const QString &word)
{
    BodyOutline outline = BodyOutline::NotChosen;
    enumFromName(word, outline);
    return outline;
}

// A visit with one complete mark on the child's left forearm.
Visit markedVisit()
{
    VisitDocument document;
    auto row = BodyMarks::place(document, BodyOutline::Child, BodySide::Front, 7470, 4775, Today);
    Q_ASSERT(row);
    Visit visit = document.visit();
    BodyMark &mark = visit.bodyMap.marks.first();
    mark.lengthMm = 30;
    mark.widthMm = 12;
    mark.colour = MarkColour::Purple;
    mark.description = QStringLiteral("Oval bruise, four fingertip-sized marks in a row.");
    mark.injuredOn = Today.addDays(-1).toString(Qt::ISODate);
    visit.id = QStringLiteral("visit-1");
    visit.start.childId = QStringLiteral("child-1");
    return visit;
}

// The signed body of markedVisit() with one member of its mark replaced.
JsonValue bodyWithMark(const QString &key, const QByteArray &json)
{
    JsonValue body = VisitBody::toBody(markedVisit()).value();
    JsonValue map = body[u"bodyMap"];
    JsonValue marks = map[u"marks"];
    JsonValue mark = marks.items().front();
    if (json.isEmpty())
        mark.remove(key);
    else
        mark.insert(key, CanonicalJson::parse(json).value());
    JsonValue list = JsonValue::array();
    list.append(mark);
    map.insert(QStringLiteral("marks"), list);
    body.insert(QStringLiteral("bodyMap"), map);
    return body;
}
} // namespace

class TestBodyMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Points chosen from each outline's proportions (a young child's head is a fifth of the
    // box, a baby's a quarter). On the front the child's left is on the viewer's right.
    void regionAtAPosition_data()
    {
        QTest::addColumn<QString>("outline");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::addColumn<QString>("front");
        QTest::addColumn<QString>("back");
        const auto row = [](const char *name, const char *outline, int x, int y, const char *front,
                             const char *back) {
            QTest::newRow(name) << QString::fromLatin1(outline) << x << y
                                << QString::fromLatin1(front) << QString::fromLatin1(back);
        };
        row("child head", "child", 5000, 1140, "face", "back-of-head");
        row("child neck", "child", 5000, 2070, "neck", "back-of-neck");
        row("child chest", "child", 5000, 2820, "chest", "upper-back");
        row("child abdomen", "child", 5000, 3990, "abdomen", "lower-back");
        row("child bottom of torso", "child", 5000, 5150, "genital-area", "buttocks");
        row("child viewer-left hand", "child", 2200, 5700, "right-hand", "left-hand");
        row("child viewer-right upper arm", "child", 6960, 3220, "left-upper-arm",
            "right-upper-arm");
        row("child viewer-right forearm", "child", 7470, 4775, "left-forearm", "right-forearm");
        row("child viewer-left thigh", "child", 4140, 6300, "right-thigh", "left-thigh");
        row("child viewer-right lower leg", "child", 5780, 8400, "left-lower-leg",
            "right-lower-leg");
        row("child viewer-left foot", "child", 4000, 9450, "right-foot", "left-foot");
        row("child corner", "child", 0, 0, "", "");
        row("child above the head", "child", 5000, 100, "", "");
        row("child between the ankles", "child", 5000, 9000, "", "");
        row("baby head", "baby", 5000, 1480, "face", "back-of-head");
        row("baby viewer-left hand", "baby", 2100, 5900, "right-hand", "left-hand");
        row("older child head", "older-child", 5000, 970, "face", "back-of-head");
        row("older child viewer-left lower leg", "older-child", 4260, 8310, "right-lower-leg",
            "left-lower-leg");
        // The same point is on a baby's large head and an older child's chest.
        row("baby at chest height", "baby", 5000, 2500, "face", "back-of-head");
        row("older child at the same point", "older-child", 5000, 2500, "chest", "upper-back");
    }

    void regionAtAPosition()
    {
        QFETCH(QString, outline);
        QFETCH(int, x);
        QFETCH(int, y);
        QFETCH(QString, front);
        QFETCH(QString, back);
        QCOMPARE(BodyMapGeometry::regionAt(outlineOf(outline), BodySide::Front, x, y), front);
        QCOMPARE(BodyMapGeometry::regionAt(outlineOf(outline), BodySide::Back, x, y), back);
    }

    // Every region can be tapped on every outline, each side has its own, and nothing the
    // geometry names is missing from the list the verifier accepts.
    void everyRegionIsOnEveryOutline()
    {
        for (const BodyOutline outline :
            { BodyOutline::Baby, BodyOutline::Child, BodyOutline::OlderChild }) {
            QSet<QString> found;
            for (const BodySide side : { BodySide::Front, BodySide::Back })
                for (int y = 0; y <= BodyMarkScale; y += 50)
                    for (int x = 0; x <= BodyMarkScale; x += 50)
                        found.insert(BodyMapGeometry::regionAt(outline, side, x, y));
            found.remove(QString());
            const QStringList ids = BodyMapWords::regions();
            QCOMPARE(found, QSet<QString>(ids.begin(), ids.end()));
            QVERIFY(!BodyMapGeometry::outlinePath(outline).isEmpty());
        }
        QCOMPARE(BodyMapGeometry::regionName(QStringLiteral("elbow")), QStringLiteral("elbow"));
        QCOMPARE(BodyMapGeometry::regionName(QStringLiteral("left-upper-arm")),
            QStringLiteral("left upper arm"));
        QCOMPARE(
            BodyMapGeometry::regionAt(BodyOutline::Child, BodySide::Front, -1, 5000), QString());
        QCOMPARE(
            BodyMapGeometry::regionAt(BodyOutline::Child, BodySide::Front, 5000, 10001), QString());
    }

    void outlineFollowsAge_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QString>("outline");
        QTest::newRow("unborn") << QDate() << "baby";
        QTest::newRow("a day old") << Today.addDays(-1) << "baby";
        QTest::newRow("a day short of 1") << Today.addYears(-1).addDays(1) << "baby";
        QTest::newRow("1 today") << Today.addYears(-1) << "child";
        QTest::newRow("10 and a day short of 11") << Today.addYears(-11).addDays(1) << "child";
        QTest::newRow("11 today") << Today.addYears(-11) << "older-child";
        QTest::newRow("16") << Today.addYears(-16) << "older-child";
    }

    void outlineFollowsAge()
    {
        QFETCH(QDate, born);
        QFETCH(QString, outline);
        const std::optional<QDate> dateOfBirth
            = born.isValid() ? std::optional<QDate>(born) : std::nullopt;
        QCOMPARE(enumName(BodyMapGeometry::outlineForAge(dateOfBirth, Today)), outline);
    }

    void placingMovingAndReoutlining()
    {
        VisitDocument document;
        // Off the outline: refused, nothing changed.
        const QJsonObject before = document.json();
        QVERIFY(!BodyMarks::place(document, BodyOutline::Child, BodySide::Front, 0, 0, Today));
        QCOMPARE(document.json(), before);

        auto row
            = BodyMarks::place(document, BodyOutline::Child, BodySide::Back, 2200, 5700, Today);
        QVERIFY(row);
        QCOMPARE(row.value(), 0);
        const BodyMark &placed = document.visit().bodyMap.marks.first();
        QCOMPARE(placed.region, QStringLiteral("left-hand"));
        QCOMPARE(placed.seenOn, QStringLiteral("2026-03-14"));
        QCOMPARE(document.visit().bodyMap.outline, BodyOutline::Child);

        // A second mark keeps the stored outline, whatever the default now is.
        QVERIFY(BodyMarks::place(document, BodyOutline::Baby, BodySide::Front, 5000, 2820, Today));
        QCOMPARE(document.visit().bodyMap.outline, BodyOutline::Child);
        QCOMPARE(document.visit().bodyMap.marks.at(1).region, QStringLiteral("chest"));

        QVERIFY(BodyMarks::move(document, 1, BodySide::Front, 5000, 3990));
        QCOMPARE(document.visit().bodyMap.marks.at(1).region, QStringLiteral("abdomen"));
        const QJsonObject moved = document.json();
        QVERIFY(!BodyMarks::move(document, 1, BodySide::Front, 100, 100));
        QVERIFY(!BodyMarks::move(document, 2, BodySide::Front, 5000, 3990));
        QCOMPARE(document.json(), moved);

        // The side of a young child's face is off an older child's narrower head, so that
        // change is refused whole; on a baby the same point is still the face, and the
        // child's abdomen is a baby's chest.
        QVERIFY(BodyMarks::place(document, BodyOutline::Child, BodySide::Front, 3800, 1140, Today));
        const QJsonObject three = document.json();
        QVERIFY(!BodyMarks::setOutline(document, BodyOutline::OlderChild));
        QCOMPARE(document.json(), three);
        QVERIFY(BodyMarks::setOutline(document, BodyOutline::Baby));
        QCOMPARE(document.visit().bodyMap.outline, BodyOutline::Baby);
        QCOMPARE(document.visit().bodyMap.marks.at(1).region, QStringLiteral("chest"));
        QCOMPARE(document.visit().bodyMap.marks.at(2).region, QStringLiteral("face"));
    }

    // A mark's dates are dates when written, not only when the visit is signed: a mistyped
    // one is refused there and then, with the date that was there kept.
    void markDatesAreDatesWhenWritten_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("kept");
        QTest::newRow("ISO date") << QVariant(QStringLiteral("2026-03-12")) << true;
        QTest::newRow("not known") << QVariant(QString()) << true;
        QTest::newRow("shown form") << QVariant(QStringLiteral("12/03/2026")) << false;
        QTest::newRow("no such day") << QVariant(QStringLiteral("2026-02-30")) << false;
        QTest::newRow("with a time") << QVariant(QStringLiteral("2026-03-12T10:00")) << false;
        QTest::newRow("words") << QVariant(QStringLiteral("last week")) << false;
        QTest::newRow("a number") << QVariant(20260312) << false;
    }

    void markDatesAreDatesWhenWritten()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, kept);
        for (VisitField::Id field : { VisitField::BodyMarkSeenOn, VisitField::BodyMarkInjuredOn }) {
            VisitDocument document;
            QVERIFY(
                BodyMarks::place(document, BodyOutline::Child, BodySide::Front, 7470, 4775, Today));
            const QJsonObject before = document.json();
            const auto written = document.setValue(field, {}, 0, value);
            QCOMPARE(bool(written), kept);
            if (!kept)
                QCOMPARE(document.json(), before);
        }
    }

    // A mark must be complete before the visit can be finished.
    void anIncompleteMarkIsMissing()
    {
        Visit visit = markedVisit();
        const auto marksMissing = [](const Visit &v) {
            int n = 0;
            for (const MissingItem &item : VisitValidator::missing(v))
                n += item.field == u"bodyMap.marks";
            return n;
        };
        QCOMPARE(marksMissing(visit), 0);
        visit.bodyMap.marks.first().description = QStringLiteral("  ");
        QCOMPARE(marksMissing(visit), 1);
        visit = markedVisit();
        visit.bodyMap.marks.first().injuredOn = Today.addDays(1).toString(Qt::ISODate);
        QCOMPARE(marksMissing(visit), 1);
        visit = markedVisit();
        visit.bodyMap.marks.first().colour = MarkColour::NotRecorded;
        visit.bodyMap.marks.first().seenOn = QStringLiteral("14/03/2026");
        QCOMPARE(marksMissing(visit), 2);
    }

    void bodyFormat3RoundTrips()
    {
        const Visit visit = markedVisit();
        auto body = VisitBody::toBody(visit);
        QVERIFY(body);
        QCOMPARE(body.value()[u"format"].toInteger(), VisitBody::FormatVersion);
        QCOMPARE(body.value()[u"bodyMap"][u"marks"].items().front()[u"region"].toString(),
            QStringLiteral("left-forearm"));
        QVERIFY(BodyValidator::validate(RecordKind::Visit, body.value()));
        auto back = VisitBody::fromBody(body.value());
        QVERIFY(back);
        QCOMPARE(VisitJson::toJson(back.value()), VisitJson::toJson(visit));

        // No marks, no member: a visit without injuries signs as it did before.
        Visit unmarked = visit;
        unmarked.bodyMap = {};
        auto plain = VisitBody::toBody(unmarked);
        QVERIFY(plain);
        QVERIFY(!plain.value().contains(u"bodyMap"));
        QVERIFY(BodyValidator::validate(RecordKind::Visit, plain.value()));

        // Formats 1 and 2 still read, with an empty map.
        for (const qint64 format : { 1, 2 }) {
            JsonValue old = plain.value();
            old.insert(QStringLiteral("format"), format);
            QVERIFY(BodyValidator::validate(RecordKind::Visit, old));
            auto read = VisitBody::fromBody(old);
            QVERIFY2(read, qPrintable(read ? QString() : read.error()));
            QVERIFY(read->bodyMap.marks.isEmpty());
        }
        // A body map in a format 2 body is refused.
        JsonValue mislabelled = body.value();
        mislabelled.insert(QStringLiteral("format"), 2);
        QVERIFY(!BodyValidator::validate(RecordKind::Visit, mislabelled));
    }

    void verifierRefusesABadMark_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("json"); // empty: the member is removed
        QTest::addColumn<QString>("path");
        const auto row = [](const char *name, const char *key, const char *json) {
            QTest::newRow(name) << QString::fromLatin1(key) << QByteArray(json)
                                << QStringLiteral("$.body.bodyMap.marks[0].") + QLatin1String(key);
        };
        row("no side", "side", "");
        row("side sideways", "side", R"("left")");
        row("x missing", "x", "");
        row("x past the box", "x", "10001");
        row("y negative", "y", "-1");
        row("y as text", "y", R"("4000")");
        row("region unknown", "region", R"("elbow")");
        row("region missing", "region", "");
        row("length zero", "lengthMm", "0");
        row("length missing", "lengthMm", "");
        row("width too large", "widthMm", "2001");
        row("colour not recorded", "colour", R"("not-recorded")");
        row("colour not on the list", "colour", R"("black")");
        row("description empty", "description", R"(" ")");
        row("description missing", "description", "");
        row("seen on not a date", "seenOn", R"("14/03/2026")");
        row("seen on missing", "seenOn", "");
        row("injured on not a date", "injuredOn", R"("yesterday")");
        row("injured after seen", "injuredOn", R"("2026-03-15")");
        row("injured on missing", "injuredOn", "");
    }

    void verifierRefusesABadMark()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        auto checked = BodyValidator::validate(RecordKind::Visit, bodyWithMark(key, json));
        QVERIFY(!checked);
        QCOMPARE(checked.error().path, path);
    }

    void verifierRefusesABadMap_data()
    {
        QTest::addColumn<QByteArray>("map");
        QTest::addColumn<QString>("path");
        QTest::newRow("not an object") << QByteArray("[]") << "$.body.bodyMap";
        QTest::newRow("no outline") << QByteArray(R"({"marks":[]})") << "$.body.bodyMap.outline";
        QTest::newRow("outline not chosen")
            << QByteArray(R"({"marks":[],"outline":"not-chosen"})") << "$.body.bodyMap.outline";
        QTest::newRow("no marks") << QByteArray(R"({"marks":[],"outline":"baby"})")
                                  << "$.body.bodyMap.marks";
        QTest::newRow("marks not a list")
            << QByteArray(R"({"marks":{},"outline":"baby"})") << "$.body.bodyMap.marks";
        QTest::newRow("a mark not an object")
            << QByteArray(R"({"marks":[3],"outline":"baby"})") << "$.body.bodyMap.marks[0]";
    }

    void verifierRefusesABadMap()
    {
        QFETCH(QByteArray, map);
        QFETCH(QString, path);
        JsonValue body = VisitBody::toBody(markedVisit()).value();
        body.insert(QStringLiteral("bodyMap"), CanonicalJson::parse(map).value());
        auto checked = BodyValidator::validate(RecordKind::Visit, body);
        QVERIFY(!checked);
        QCOMPARE(checked.error().path, path);
    }
};

QTEST_GUILESS_MAIN(TestBodyMap)
#include "tst_bodymap.moc"
