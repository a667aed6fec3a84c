// The record kinds with body rules of their own (a body map, a profile change, a concern, a
// child-voice session) are stored when complete; supervision kinds come only from the agency.
// What each refuses when incomplete is a row of tst_serverrefusals' badRecords.
#include "kindrecords.h"
#include "serverfixture.h"

#include <QTest>

using namespace hearth;

class TestServerKinds : public ServerFixture
{
    Q_OBJECT

    QUrl records() const { return url(QStringLiteral("/v1/records")); }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp({ QStringLiteral("--max-body"), QStringLiteral("65536") });
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    // A complete child-voice session is stored like any record (the refused one does not say
    // what the child was told will happen next).
    void aCompleteChildVoiceSessionIsStored()
    {
        auto device = enrolled();
        const Reply reply = device->upload(records(), { KindRecords::childVoice(*device, true) });
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(m_backend->count(QStringLiteral("records")), 1);
    }

    // The household profile is a record kind the server verifies with the tablet's own body
    // rules: a complete one is stored (the refused one gives no source for a known risk).
    void aProfileChangeIsStored()
    {
        auto device = enrolled();
        const Reply reply
            = device->upload(records(), { KindRecords::profileChange(*device, true) });
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(m_backend->count(QStringLiteral("records")), 1);
    }

    // A complete concern is stored like any record (the refused one has an immediate danger
    // and no next step).
    void aCompleteConcernIsStored()
    {
        auto device = enrolled();
        const Reply reply = device->upload(records(), { KindRecords::concern(*device, true) });
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
    }

    // A complete body-map mark is stored (the refused one has no description).
    void aCompleteBodyMapIsStored()
    {
        auto device = enrolled();
        const Reply reply = device->upload(records(), { KindRecords::withBodyMap(*device, true) });
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
    }

    // Supervision kinds are signed only by the agency server for a supervisor: a tablet's, well
    // formed and well signed, is rejected and nothing is stored.
    void aTabletCannotSignSupervision()
    {
        auto device = enrolled();
        Envelope e = Envelope::fromJson(
            CanonicalJson::parseCanonical(device->makeRecords(1).first()).value())
                         .value();
        e.kind = RecordKind::SupervisorReview;
        e.body = CanonicalJson::parse(R"({"actions":[],"child":"c-1","decision":"Close",)"
                                      R"("discussion":"All well","format":1,)"
                                      R"("rationale":"No concern","supervisor":"me"})")
                     .value();
        e.signature = device->key.sign(RecordSigner::signingInput(e).value());
        const Reply reply
            = device->upload(records(), { CanonicalJson::serialize(e.toJson(true)).value() });
        QCOMPARE(reply.status, 200);
        const JsonValue &result = reply.json[u"results"].items().at(0);
        QCOMPARE(result[u"status"].toString(), QStringLiteral("rejected"));
        QCOMPARE(result[u"problem"][u"type"].toString(), type(ProblemType::MalformedRecord));
        QCOMPARE(m_backend->count(QStringLiteral("records")), 0);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerKinds)
#include "tst_serverkinds.moc"
