// The visit's field catalogue (core/visit/visitfield) against the visit's own JSON, and the
// typed document's refusals: a field, pack item or row that does not exist, or a value the
// field cannot hold, is refused with nothing changed; an id with dots is one whole key.
// Also the child's words as quotes in the signed body, and the verifier's rule for them.

#include "model/visitjson.h"
#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "visit/visitbody.h"
#include "visit/visitdocument.h"
#include "visit/visitfield.h"

#include <QJsonArray>
#include <QTest>

using namespace hearth;

namespace {
// Every leaf of a visit's JSON as a path, rows as "#" (lists of objects), map keys as written.
void leaves(const QJsonValue &value, const QString &path, QStringList &out)
{
    const auto join = [&path](const QString &segment) {
        return path.isEmpty() ? segment : path + u'.' + segment;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leaves(it.value(), join(it.key()), out);
    } else if (value.isArray() && !value.toArray().isEmpty()
        && value.toArray().first().isObject()) {
        leaves(value.toArray().first(), join(QStringLiteral("#")), out);
    } else {
        out.append(path);
    }
}

VisitItems items()
{
    return { { QStringLiteral("middle.home"), QStringLiteral("baby.routine") },
        { QStringLiteral("dental") }, { QStringLiteral("father") },
        { QStringLiteral("parental-mental-health") } };
}
} // namespace

class TestVisitFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The fields the wizard writes and the paths the app sets (with their reasons) are exactly
    // what VisitJson writes: a member added to the visit without a field, or a field that
    // names no member, fails here.
    void catalogueCoversEveryMemberOfTheVisit()
    {
        Visit visit;
        // One row in every list and one entry in every map, keyed "*" as the catalogue is.
        visit.who.adultsPresent.append(AdultPresent {});
        visit.who.adultsNotSeen.append(PersonSeen {});
        visit.who.childrenPresent.append(PersonSeen {});
        visit.who.menPrompts.insert(QStringLiteral("*"), {});
        visit.lived.answers.insert(QStringLiteral("*"), {});
        visit.neglect.ratings.insert(QStringLiteral("*"), {});
        visit.missedAppointments.append(MissedAppointment {});
        visit.concerns.concerns.append(CategoryConcern {});
        visit.concerns.differences.append(ProfessionalDifference {});
        visit.concerns.nextSteps.append(NextStep {});
        visit.bodyMap.marks.append(BodyMark {});
        visit.photos.append(VisitPhoto {});
        QStringList written;
        leaves(VisitJson::toJson(visit), {}, written);

        QStringList catalogue = VisitField::systemPaths();
        for (int id = 0; id < VisitField::Count; ++id)
            catalogue.append(VisitField::name(VisitField::Id(id)));
        QCOMPARE(catalogue.size(), QSet<QString>(catalogue.begin(), catalogue.end()).size());
        written.sort();
        catalogue.sort();
        QCOMPARE(catalogue, written);
    }

    void anIdWithDotsIsOneKey()
    {
        VisitDocument document(Visit {}, items());
        const QString words = QStringLiteral("he hits me");
        QCOMPARE(
            document.setValue(VisitField::ChildsWords, QStringLiteral("middle.home"), -1, words)
                .value(),
            true);
        QCOMPARE(
            document.visit().lived.answers.value(QStringLiteral("middle.home")).childsWords, words);
        QCOMPARE(document.value(VisitField::ChildsWords, QStringLiteral("middle.home")).value(),
            QVariant(words));
        QVERIFY(!document.visit().lived.answers.contains(QStringLiteral("middle")));
        // The same value again is kept, and reported as no change.
        QCOMPARE(
            document.setValue(VisitField::ChildsWords, QStringLiteral("middle.home"), -1, words)
                .value(),
            false);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("row");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("code");
        using C = VisitEditError::Code;
        const QString text = QStringLiteral("text");
        QTest::newRow("no such field")
            << -1 << QString() << -1 << QVariant(text) << int(C::UnknownField);
        QTest::newRow("past the last field")
            << int(VisitField::Count) << QString() << -1 << QVariant(text) << int(C::UnknownField);
        QTest::newRow("prompt not in the pack")
            << int(VisitField::ChildsWords) << QStringLiteral("middle") << -1 << QVariant(text)
            << int(C::UnknownItem);
        QTest::newRow("old path as an id")
            << int(VisitField::LivedNote) << QStringLiteral("middle.home.note") << -1
            << QVariant(text) << int(C::UnknownItem);
        QTest::newRow("no prompt id") << int(VisitField::LivedNote) << QString() << -1
                                      << QVariant(text) << int(C::UnknownItem);
        QTest::newRow("neglect item not in the pack")
            << int(VisitField::NeglectLevel) << QStringLiteral("teeth") << -1
            << QVariant(QStringLiteral("no-concern")) << int(C::UnknownItem);
        QTest::newRow("row that is not there")
            << int(VisitField::MissedWhat) << QString() << 0 << QVariant(text) << int(C::NoSuchRow);
        QTest::newRow("negative row") << int(VisitField::NextStepWhat) << QString() << -1
                                      << QVariant(text) << int(C::NoSuchRow);
        QTest::newRow("number for text")
            << int(VisitField::Purpose) << QString() << -1 << QVariant(3) << int(C::WrongType);
        QTest::newRow("text for a flag") << int(VisitField::InterpreterUsed) << QString() << -1
                                         << QVariant(QStringLiteral("true")) << int(C::WrongType);
        QTest::newRow("fraction for a number") << int(VisitField::CooperationLevel) << QString()
                                               << -1 << QVariant(2.5) << int(C::WrongType);
        QTest::newRow("number out of range") << int(VisitField::CooperationLevel) << QString() << -1
                                             << QVariant(6) << int(C::NotAllowed);
        QTest::newRow("word that is not a choice")
            << int(VisitField::InterpreterRelation) << QString() << -1
            << QVariant(QStringLiteral("cousin")) << int(C::NotAllowed);
        QTest::newRow("men's answer that is not a choice")
            << int(VisitField::MenAnswer) << QStringLiteral("father") << -1
            << QVariant(QStringLiteral("maybe")) << int(C::NotAllowed);
        QTest::newRow("rooms as one text")
            << int(VisitField::Rooms) << QString() << -1 << QVariant(text) << int(C::WrongType);
    }

    void refusals()
    {
        QFETCH(int, field);
        QFETCH(QString, item);
        QFETCH(int, row);
        QFETCH(QVariant, value);
        QFETCH(int, code);
        VisitDocument document(Visit {}, items());
        const QJsonObject before = document.json();
        auto written = document.setValue(field, item, row, value);
        QVERIFY(!written);
        QCOMPARE(int(written.error().code), code);
        QCOMPARE(document.json(), before);
    }

    void rowsAndConcernCategories()
    {
        VisitDocument document(Visit {}, items());
        QVERIFY(!document.addRow(VisitField::Concerns,
            { { QStringLiteral("category"), QStringLiteral("not-a-category") } }));
        QCOMPARE(document.count(VisitField::Concerns), 0);
        QCOMPARE(
            document
                .addRow(VisitField::Concerns,
                    { { QStringLiteral("category"), QStringLiteral("parental-mental-health") } })
                .value(),
            0);
        QVERIFY(document.setValue(VisitField::ConcernDetail, {}, 0, QStringLiteral("Low mood.")));
        QVERIFY(!document.addRow(VisitField::ListCount));
        QVERIFY(!document.removeRow(VisitField::Concerns, 1));
        QVERIFY(document.removeRow(VisitField::Concerns, 0));
        QCOMPARE(document.count(VisitField::Concerns), 0);
    }

    // The verifier's rule (record body format 2): wherever a member is named childsWords, it is
    // exactly {"by": "child", "quote": text}; a format that is not a whole number is refused.
    void verifierRefusesWordsThatAreNotAQuote_data()
    {
        QTest::addColumn<QByteArray>("words");
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("valid");
        const QByteArray two = "2";
        QTest::newRow("a quote") << QByteArray(R"({"by":"child","quote":"Fine."})") << two << true;
        QTest::newRow("plain text") << QByteArray(R"("Fine.")") << two << false;
        QTest::newRow("empty quote") << QByteArray(R"({"by":"child","quote":""})") << two << false;
        QTest::newRow("said by a parent")
            << QByteArray(R"({"by":"parent","quote":"Fine."})") << two << false;
        QTest::newRow("no speaker") << QByteArray(R"({"quote":"Fine."})") << two << false;
        QTest::newRow("extra member")
            << QByteArray(R"({"by":"child","note":"x","quote":"Fine."})") << two << false;
        QTest::newRow("quote not text")
            << QByteArray(R"({"by":"child","quote":3})") << two << false;
        QTest::newRow("null") << QByteArray("null") << two << false;
        QTest::newRow("plain text in format 1")
            << QByteArray(R"("Fine.")") << QByteArray("1") << true;
        QTest::newRow("format as text")
            << QByteArray(R"({"by":"child","quote":"Fine."})") << QByteArray(R"("2")") << false;
    }

    void verifierRefusesWordsThatAreNotAQuote()
    {
        QFETCH(QByteArray, words);
        QFETCH(QByteArray, format);
        QFETCH(bool, valid);
        // In a list deep in the body too: the rule does not depend on where the words are.
        const QByteArray json = R"({"child":"c","format":)" + format
            + R"(,"lived":{"answers":{"a.b":{"childsWords":)" + words
            + R"(}}},"more":[{"childsWords":)" + words + R"(}],"visitId":"v"})";
        auto body = CanonicalJson::parse(json);
        QVERIFY2(body, json.constData());
        QCOMPARE(bool(BodyValidator::validate(RecordKind::Visit, body.value())), valid);
    }

    // The answer to "anyone new in the home since the last visit?": a body that has one says
    // yes or no, and one signed before the question was asked has none.
    void newPeopleInTheBody_data()
    {
        QTest::addColumn<QByteArray>("who");
        QTest::addColumn<bool>("valid");
        QTest::newRow("yes") << QByteArray(R"({"newPeople":"yes"})") << true;
        QTest::newRow("no") << QByteArray(R"({"newPeople":"no"})") << true;
        QTest::newRow("not asked (signed before)") << QByteArray(R"({})") << true;
        QTest::newRow("empty") << QByteArray(R"({"newPeople":""})") << false;
        QTest::newRow("not known") << QByteArray(R"({"newPeople":"not-known"})") << false;
        QTest::newRow("capitals") << QByteArray(R"({"newPeople":"Yes"})") << false;
        QTest::newRow("true") << QByteArray(R"({"newPeople":true})") << false;
        QTest::newRow("null") << QByteArray(R"({"newPeople":null})") << false;
    }

    void newPeopleInTheBody()
    {
        QFETCH(QByteArray, who);
        QFETCH(bool, valid);
        const QByteArray json = R"({"child":"c","format":4,"visitId":"v","who":)" + who + "}";
        auto body = CanonicalJson::parse(json);
        QVERIFY2(body, json.constData());
        QCOMPARE(bool(BodyValidator::validate(RecordKind::Visit, body.value())), valid);
    }

    // Written as answered; a draft not yet answered has no member (the validator would refuse
    // an empty one), and both read back as they were.
    void newPeopleRoundTrip()
    {
        for (const QString &answer : { QStringLiteral("yes"), QStringLiteral("no"), QString() }) {
            VisitDocument document(Visit {}, items());
            QVERIFY(document.setValue(VisitField::NewPeople, {}, -1, answer));
            Visit visit = document.visit();
            QCOMPARE(visit.who.newPeople, answer);
            visit.id = QStringLiteral("visit-1");
            visit.start.childId = QStringLiteral("child-1");
            auto body = VisitBody::toBody(visit);
            QVERIFY(body);
            QCOMPARE(body.value()[u"who"].contains(u"newPeople"), !answer.isEmpty());
            QVERIFY(BodyValidator::validate(RecordKind::Visit, body.value()));
            auto back = VisitBody::fromBody(body.value());
            QVERIFY(back);
            QCOMPARE(back->who.newPeople, answer);
        }
    }

    // In the signed body the child's words are a quote, never plain text, and read back
    // exactly; a format 1 body (plain text) still reads.
    void childsWordsAreQuotesInTheBody()
    {
        VisitDocument document(Visit {}, items());
        const QString words = QStringLiteral("Fine.");
        QVERIFY(
            document.setValue(VisitField::ChildsWords, QStringLiteral("middle.home"), -1, words));
        QVERIFY(document.setValue(
            VisitField::LivedNote, QStringLiteral("baby.routine"), -1, QStringLiteral("Settled.")));
        Visit visit = document.visit();
        visit.id = QStringLiteral("visit-1");
        visit.start.childId = QStringLiteral("child-1");
        auto body = VisitBody::toBody(visit);
        QVERIFY(body);
        QCOMPARE(body.value()[u"format"].toInteger(), VisitBody::FormatVersion);
        const JsonValue &answers = body.value()[u"lived"][u"answers"];
        QCOMPARE(answers[u"middle.home"][u"childsWords"][u"quote"].toString(), words);
        QCOMPARE(
            answers[u"middle.home"][u"childsWords"][u"by"].toString(), QStringLiteral("child"));
        QVERIFY(!answers[u"baby.routine"].contains(u"childsWords"));
        QVERIFY(BodyValidator::validate(RecordKind::Visit, body.value()));
        auto back = VisitBody::fromBody(body.value());
        QVERIFY(back);
        QCOMPARE(VisitJson::toJson(back.value()), VisitJson::toJson(visit));

        // The verifier refuses words that are not a quote in a format 2 body.
        JsonValue plain = body.value();
        JsonValue lived = plain[u"lived"];
        JsonValue changed = lived[u"answers"];
        JsonValue answer = changed[u"middle.home"];
        answer.insert(QStringLiteral("childsWords"), words);
        changed.insert(QStringLiteral("middle.home"), answer);
        lived.insert(QStringLiteral("answers"), changed);
        plain.insert(QStringLiteral("lived"), lived);
        QVERIFY(!BodyValidator::validate(RecordKind::Visit, plain));
        QVERIFY(!VisitBody::fromBody(plain));
        // ... and reads it as the child's words in a format 1 body, as signed before.
        plain.insert(QStringLiteral("format"), qint64(1));
        QVERIFY(BodyValidator::validate(RecordKind::Visit, plain));
        auto old = VisitBody::fromBody(plain);
        QVERIFY(old);
        QCOMPARE(old->lived.answers.value(QStringLiteral("middle.home")).childsWords, words);
    }
};

QTEST_GUILESS_MAIN(TestVisitFields)

#include "tst_visitfields.moc"
