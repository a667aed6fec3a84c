#include "record/bodyvalidator.h"
#include "record/jsonparser.h"
#include "record/missingbody.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace hearth;

namespace {
// A complete episode, as the tablet signs one once the young person is back.
const QByteArray Episode = R"({"format": 1, "child": "child-1",
    "missingFrom": "2026-03-04T18:00:00.000Z", "returned": "2026-03-05T09:30:00.000Z",
    "reportedToPolice": true, "policeReference": "MP/26/0412",
    "whereFound": "A flat on Eastgate Road, found by police",
    "whoWith": "Two men in their twenties, not known to the family",
    "howReturned": "Brought home by police at 09:30",
    "harmNoticed": "A cut on the left hand, not treated",
    "childsWords": {"by": "child", "quote": "I was only out with friends"},
    "exploitationContext": [
        {"indicator": "money-goods", "observed": "A new phone and £80 in cash",
         "source": "Mother, at the door"},
        {"indicator": "places", "observed": "Found in a flat in another town",
         "source": "Police return note"}]})";

// A complete interview that was held.
const QByteArray Interview = R"({"format": 1, "child": "child-1",
    "episode": "01959b7e-6a80-7a3c-9b1d-0c2e4f6a8b10", "status": "done",
    "offeredAt": "2026-03-06T10:00:00.000Z", "heldAt": "2026-03-06T15:00:00.000Z",
    "by": {"role": "Return home interview worker", "agency": "Local return interview service",
           "independent": true},
    "childsWords": {"by": "child", "quote": "They said I owed them for the phone"},
    "exploitationContext": [
        {"indicator": "peers", "observed": "Older young men collect them from school",
         "source": "The young person"}],
    "actions": "Referral to the exploitation panel; DSL told; safety plan with mother"})";

JsonValue parse(const QByteArray &json)
{
    auto value = JsonParser::parse(json);
    if (!value)
        qFatal("test body does not parse: %s", qPrintable(value.error().message));
    return value.value();
}

// `base` with `member` replaced by `json` (or removed when json is empty).
JsonValue with(const QByteArray &base, const QString &member, const QByteArray &json)
{
    JsonValue out = JsonValue::object();
    for (const JsonMember &m : parse(base).members())
        if (m.key != member)
            out.insert(m.key, m.value);
    if (!json.isEmpty())
        out.insert(member, parse(json));
    return out;
}

JsonValue without(JsonValue body, std::initializer_list<const char *> members)
{
    JsonValue out = JsonValue::object();
    for (const JsonMember &m : body.members())
        if (std::none_of(members.begin(), members.end(),
                [&m](const char *key) { return m.key == QLatin1String(key); }))
            out.insert(m.key, m.value);
    return out;
}

void expectRefused(RecordKind kind, const JsonValue &body, const QString &path)
{
    auto result = BodyValidator::validate(kind, body);
    QVERIFY2(!result, qPrintable(path));
    QCOMPARE(result.error().path, path);
    QVERIFY(!result.error().message.isEmpty());
}
} // namespace

// One row per refusal, each naming the member at fault, for every member of both bodies: the
// tablet's form and the server's problem answer say exactly what is wrong.
class TestMissingBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsCompleteBodies()
    {
        QVERIFY(BodyValidator::validate(RecordKind::GoingMissing, parse(Episode)));
        QVERIFY(BodyValidator::validate(RecordKind::ReturnHomeInterview, parse(Interview)));
        QCOMPARE(recordKindFromName(u"going-missing"), std::optional(RecordKind::GoingMissing));
        QCOMPARE(recordKindFromName(u"return-home-interview"),
            std::optional(RecordKind::ReturnHomeInterview));
        QCOMPARE(recordKindName(RecordKind::ReturnHomeInterview),
            QStringLiteral("return-home-interview"));
        QVERIFY(!isServerSigned(RecordKind::GoingMissing));
        QVERIFY(!isServerSigned(RecordKind::ReturnHomeInterview));
    }

    void acceptsLeanerEpisodes()
    {
        // Not reported to the police: no reference; no harm noticed, no words, no indicators.
        JsonValue episode = without(parse(Episode),
            { "policeReference", "harmNoticed", "childsWords", "exploitationContext" });
        episode.insert(QStringLiteral("reportedToPolice"), false);
        auto ok = BodyValidator::validate(RecordKind::GoingMissing, episode);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        // Gone and back within the same minute is an episode still.
        episode.insert(QStringLiteral("returned"), QStringLiteral("2026-03-04T18:00:00.000Z"));
        QVERIFY(BodyValidator::validate(RecordKind::GoingMissing, episode));
    }

    void acceptsDeclinedAndNotOffered()
    {
        JsonValue declined = without(parse(Interview), { "heldAt", "childsWords" });
        declined.insert(QStringLiteral("status"), QStringLiteral("declined"));
        declined.insert(QStringLiteral("reason"), QStringLiteral("Said they were too tired"));
        auto ok = BodyValidator::validate(RecordKind::ReturnHomeInterview, declined);
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        declined = without(declined, { "reason" }); // declining needs no reason from them
        QVERIFY(BodyValidator::validate(RecordKind::ReturnHomeInterview, declined));

        JsonValue notOffered = without(parse(Interview),
            { "offeredAt", "heldAt", "by", "childsWords", "exploitationContext" });
        notOffered.insert(QStringLiteral("status"), QStringLiteral("not-offered"));
        notOffered.insert(
            QStringLiteral("reason"), QStringLiteral("Moved out of area the same day"));
        QVERIFY(BodyValidator::validate(RecordKind::ReturnHomeInterview, notOffered));
    }

    void refusesIncompleteEpisodes_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no format") << "format" << QByteArray() << "$.body.format";
        QTest::newRow("format from the future") << "format" << QByteArray("2") << "$.body.format";
        QTest::newRow("no child") << "child" << QByteArray() << "$.body.child";
        QTest::newRow("blank child") << "child" << QByteArray(R"(" ")") << "$.body.child";
        QTest::newRow("no start") << "missingFrom" << QByteArray() << "$.body.missingFrom";
        QTest::newRow("start as a date")
            << "missingFrom" << QByteArray(R"("2026-03-04")") << "$.body.missingFrom";
        QTest::newRow("start in local time")
            << "missingFrom" << QByteArray(R"("2026-03-04T18:00:00")") << "$.body.missingFrom";
        QTest::newRow("still missing") << "returned" << QByteArray() << "$.body.returned";
        QTest::newRow("back before gone")
            << "returned" << QByteArray(R"("2026-03-04T17:59:59.000Z")") << "$.body.returned";
        QTest::newRow("police not answered")
            << "reportedToPolice" << QByteArray() << "$.body.reportedToPolice";
        QTest::newRow("police as text")
            << "reportedToPolice" << QByteArray(R"("yes")") << "$.body.reportedToPolice";
        QTest::newRow("reported without reference")
            << "policeReference" << QByteArray() << "$.body.policeReference";
        QTest::newRow("blank reference")
            << "policeReference" << QByteArray(R"("")") << "$.body.policeReference";
        QTest::newRow("not where found") << "whereFound" << QByteArray() << "$.body.whereFound";
        QTest::newRow("not who with") << "whoWith" << QByteArray() << "$.body.whoWith";
        QTest::newRow("not how back") << "howReturned" << QByteArray() << "$.body.howReturned";
        QTest::newRow("harm blank")
            << "harmNoticed" << QByteArray(R"(" ")") << "$.body.harmNoticed";
        QTest::newRow("words paraphrased")
            << "childsWords" << QByteArray(R"({"by": "worker", "quote": "x"})")
            << "$.body.childsWords";
        QTest::newRow("words as plain text")
            << "childsWords" << QByteArray(R"("out with friends")") << "$.body.childsWords";
        QTest::newRow("context not a list")
            << "exploitationContext" << QByteArray(R"({"indicator": "places"})")
            << "$.body.exploitationContext";
        QTest::newRow("indicator not an object")
            << "exploitationContext" << QByteArray(R"(["places"])")
            << "$.body.exploitationContext[0]";
        QTest::newRow("unknown indicator")
            << "exploitationContext"
            << QByteArray(R"([{"indicator": "lifestyle", "observed": "x", "source": "y"}])")
            << "$.body.exploitationContext[0].indicator";
        QTest::newRow("indicator without what was observed")
            << "exploitationContext" << QByteArray(R"([{"indicator": "online", "source": "y"}])")
            << "$.body.exploitationContext[0].observed";
        QTest::newRow("indicator without source")
            << "exploitationContext"
            << QByteArray(R"([{"indicator": "online", "observed": "Messages from an adult"}])")
            << "$.body.exploitationContext[0].source";
    }

    void refusesIncompleteEpisodes()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        expectRefused(RecordKind::GoingMissing, with(Episode, member, json), path);
    }

    void refusesIncompleteInterviews_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("no format") << "format" << QByteArray() << "$.body.format";
        QTest::newRow("no child") << "child" << QByteArray() << "$.body.child";
        QTest::newRow("no episode") << "episode" << QByteArray() << "$.body.episode";
        QTest::newRow("episode not a record id")
            << "episode" << QByteArray(R"("the one in March")") << "$.body.episode";
        QTest::newRow("no status") << "status" << QByteArray() << "$.body.status";
        QTest::newRow("unknown status")
            << "status" << QByteArray(R"("refused")") << "$.body.status";
        QTest::newRow("not when offered") << "offeredAt" << QByteArray() << "$.body.offeredAt";
        QTest::newRow("offered in local time")
            << "offeredAt" << QByteArray(R"("2026-03-06T10:00")") << "$.body.offeredAt";
        QTest::newRow("held, not when") << "heldAt" << QByteArray() << "$.body.heldAt";
        QTest::newRow("held before offered")
            << "heldAt" << QByteArray(R"("2026-03-06T09:00:00.000Z")") << "$.body.heldAt";
        QTest::newRow("not by whom") << "by" << QByteArray() << "$.body.by";
        QTest::newRow("by as text") << "by" << QByteArray(R"("The RHI worker")") << "$.body.by";
        QTest::newRow("by without role")
            << "by" << QByteArray(R"({"agency": "A", "independent": true})") << "$.body.by.role";
        QTest::newRow("by without agency")
            << "by" << QByteArray(R"({"role": "R", "independent": true})") << "$.body.by.agency";
        QTest::newRow("independence not said")
            << "by" << QByteArray(R"({"role": "R", "agency": "A"})") << "$.body.by.independent";
        QTest::newRow("no actions") << "actions" << QByteArray() << "$.body.actions";
        QTest::newRow("blank actions") << "actions" << QByteArray(R"(" ")") << "$.body.actions";
        QTest::newRow("blank reason") << "reason" << QByteArray(R"("")") << "$.body.reason";
        QTest::newRow("words paraphrased")
            << "childsWords" << QByteArray(R"({"by": "worker", "quote": "x"})")
            << "$.body.childsWords";
        QTest::newRow("indicator without source")
            << "exploitationContext" << QByteArray(R"([{"indicator": "peers", "observed": "x"}])")
            << "$.body.exploitationContext[0].source";
    }

    void refusesIncompleteInterviews()
    {
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        expectRefused(RecordKind::ReturnHomeInterview, with(Interview, member, json), path);
    }

    void refusesInconsistentOutcomes()
    {
        JsonValue declinedButHeld = parse(Interview);
        declinedButHeld.insert(QStringLiteral("status"), QStringLiteral("declined"));
        expectRefused(
            RecordKind::ReturnHomeInterview, declinedButHeld, QStringLiteral("$.body.heldAt"));

        JsonValue notOffered = without(parse(Interview), { "heldAt", "by" });
        notOffered.insert(QStringLiteral("status"), QStringLiteral("not-offered"));
        notOffered.insert(QStringLiteral("reason"), QStringLiteral("No worker free"));
        expectRefused(
            RecordKind::ReturnHomeInterview, notOffered, QStringLiteral("$.body.offeredAt"));
        notOffered = without(notOffered, { "offeredAt", "reason" });
        expectRefused(RecordKind::ReturnHomeInterview, notOffered, QStringLiteral("$.body.reason"));
    }

    // The examples in docs/record-format.md are bodies the verifier accepts, in the order the
    // section shows them (an episode, then its interview).
    void documentedExamplesAreValid()
    {
        QFile file(QStringLiteral(HEARTH_DOCS_DIR "/record-format.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype start = text.indexOf(u"### Going-missing and return home interview");
        QVERIFY(start >= 0);
        const QString section = text.mid(start, text.indexOf(u"\n### ", start + 4) - start);
        static const QRegularExpression block(
            QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
        QList<JsonValue> examples;
        for (auto it = block.globalMatch(section); it.hasNext();)
            examples.append(parse(it.next().captured(1).toUtf8()));
        QCOMPARE(examples.size(), 2);
        auto ok = BodyValidator::validate(RecordKind::GoingMissing, examples.at(0));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        ok = BodyValidator::validate(RecordKind::ReturnHomeInterview, examples.at(1));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    }

    void refusesBodiesThatAreNotObjects()
    {
        expectRefused(RecordKind::GoingMissing, parse("[]"), QStringLiteral("$.body"));
        expectRefused(RecordKind::ReturnHomeInterview, parse("\"x\""), QStringLiteral("$.body"));
    }
};

QTEST_GUILESS_MAIN(TestMissingBody)
#include "tst_missingbody.moc"
