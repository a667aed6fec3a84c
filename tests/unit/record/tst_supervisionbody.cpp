// The supervision record kinds' body rules (core/record/supervisionbody.h): a complete body of
// each kind is accepted, and every refusal names the member at fault, so the console can say what
// is missing and the tablet can refuse a record it cannot read.
#include "record/bodyvalidator.h"
#include "record/jsonparser.h"
#include "record/recordkind.h"

#include <QTest>

using namespace hearth;

namespace {
const QByteArray Review = R"({"format": 1, "child": "child-1", "supervisor": "sup-a",
    "discussion": "Three missed appointments since June.", "decision": "Strategy discussion",
    "rationale": "Missed care and a new adult in the home.",
    "actions": [{"action": "Call the GP", "owner": "hv-a", "due": "2026-12-10"}],
    "flags": [{"rule": "was-not-brought-third", "evidence": ["a", "b", "c"]}]})";
const QByteArray Countersignature = R"({"format": 1, "child": "child-1", "supervisor": "sup-a",
    "device": "tablet-1", "record": "0190f4a0-7c00-7000-8000-000000000001",
    "note": "Agreed with the plan."})";
const QByteArray Opened = R"({"format": 1, "child": "child-1", "supervisor": "sup-a",
    "status": "open", "raisedBy": "Health visitor", "disagreesWith": "Social care",
    "about": "Closing the case after one visit", "escalationStep": "line-managers"})";
const QByteArray Closed = R"({"format": 1, "child": "child-1", "supervisor": "sup-a",
    "status": "closed", "opened": "0190f4a0-7c00-7000-8000-000000000002",
    "outcome": "Case kept open for a further assessment"})";

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
} // namespace

class TestSupervisionBody : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsCompleteBodies()
    {
        QVERIFY(BodyValidator::validate(RecordKind::SupervisorReview, parse(Review)));
        QVERIFY(BodyValidator::validate(
            RecordKind::SupervisorReview, with(Review, QStringLiteral("actions"), "[]")));
        QVERIFY(BodyValidator::validate(
            RecordKind::SupervisorReview, with(Review, QStringLiteral("flags"), {})));
        QVERIFY(BodyValidator::validate(RecordKind::Countersignature, parse(Countersignature)));
        QVERIFY(BodyValidator::validate(RecordKind::ProfessionalDifference, parse(Opened)));
        QVERIFY(BodyValidator::validate(RecordKind::ProfessionalDifference, parse(Closed)));
        for (const char *name :
            { "supervisor-review", "countersignature", "professional-difference" }) {
            const auto kind = recordKindFromName(QString::fromLatin1(name));
            QVERIFY(kind);
            QVERIFY(isServerSigned(*kind));
            QCOMPARE(recordKindName(*kind), QString::fromLatin1(name));
        }
        QVERIFY(!isServerSigned(RecordKind::Concern));
    }

    void refuses_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const int review = int(RecordKind::SupervisorReview);
        const int counter = int(RecordKind::Countersignature);
        const int difference = int(RecordKind::ProfessionalDifference);
        QTest::newRow("review: another format")
            << review << Review << "format" << QByteArray("2") << "$.body.format";
        QTest::newRow("review: no child")
            << review << Review << "child" << QByteArray() << "$.body.child";
        QTest::newRow("review: no supervisor")
            << review << Review << "supervisor" << QByteArray() << "$.body.supervisor";
        QTest::newRow("review: empty discussion")
            << review << Review << "discussion" << QByteArray(R"("  ")") << "$.body.discussion";
        QTest::newRow("review: no decision")
            << review << Review << "decision" << QByteArray() << "$.body.decision";
        QTest::newRow("review: no rationale")
            << review << Review << "rationale" << QByteArray() << "$.body.rationale";
        QTest::newRow("review: no actions list")
            << review << Review << "actions" << QByteArray() << "$.body.actions";
        QTest::newRow("review: action without owner")
            << review << Review << "actions"
            << QByteArray(R"([{"action": "Call", "owner": "", "due": "2026-12-10"}])")
            << "$.body.actions[0].owner";
        QTest::newRow("review: action without a real due date")
            << review << Review << "actions"
            << QByteArray(R"([{"action": "Call", "owner": "hv", "due": "2026-02-30"}])")
            << "$.body.actions[0].due";
        QTest::newRow("review: action not an object")
            << review << Review << "actions" << QByteArray(R"(["Call"])") << "$.body.actions[0]";
        QTest::newRow("review: flag without evidence")
            << review << Review << "flags" << QByteArray(R"([{"rule": "r", "evidence": []}])")
            << "$.body.flags[0].evidence";
        QTest::newRow("review: flag without rule")
            << review << Review << "flags" << QByteArray(R"([{"evidence": ["a"]}])")
            << "$.body.flags[0].rule";
        QTest::newRow("countersignature: record not an id")
            << counter << Countersignature << "record" << QByteArray(R"("visit-1")")
            << "$.body.record";
        QTest::newRow("countersignature: no device")
            << counter << Countersignature << "device" << QByteArray() << "$.body.device";
        QTest::newRow("countersignature: no note")
            << counter << Countersignature << "note" << QByteArray() << "$.body.note";
        QTest::newRow("difference: unknown status")
            << difference << Opened << "status" << QByteArray(R"("pending")") << "$.body.status";
        QTest::newRow("difference: open without who raised it")
            << difference << Opened << "raisedBy" << QByteArray() << "$.body.raisedBy";
        QTest::newRow("difference: open without whom")
            << difference << Opened << "disagreesWith" << QByteArray() << "$.body.disagreesWith";
        QTest::newRow("difference: open without what")
            << difference << Opened << "about" << QByteArray() << "$.body.about";
        QTest::newRow("difference: unknown escalation step")
            << difference << Opened << "escalationStep" << QByteArray(R"("ombudsman")")
            << "$.body.escalationStep";
        QTest::newRow("difference: open with an outcome already")
            << difference << Opened << "outcome" << QByteArray(R"("done")") << "$.body.status";
        QTest::newRow("difference: closed without naming the opening record")
            << difference << Closed << "opened" << QByteArray() << "$.body.opened";
        QTest::newRow("difference: closed without outcome")
            << difference << Closed << "outcome" << QByteArray() << "$.body.outcome";
    }

    void refuses()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, base);
        QFETCH(QString, member);
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        auto result = BodyValidator::validate(RecordKind(kind), with(base, member, json));
        QVERIFY(!result);
        QCOMPARE(result.error().path, path);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSupervisionBody)
#include "tst_supervisionbody.moc"
