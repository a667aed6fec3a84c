// The agency server and the adolescent record kinds: a going-missing episode and its return home
// interview are stored like any record, and a malformed one is refused with the JSON path of the
// member at fault, leaving the store exactly as it was (SQLite and PostgreSQL).
#include "../unit/adolescents/missingbodies.h"
#include "record/canonicaljson.h"
#include "record/recordsigner.h"
#include "record/recordwriter.h"
#include "serverfixture.h"

#include <QTest>

#include <functional>

using namespace hearth;

class TestServerMissing : public ServerFixture
{
    Q_OBJECT

    QUrl records() const { return url(QStringLiteral("/v1/records")); }

    // The device's own chain, written here so a record can be signed with a body the tablet
    // would refuse: only the server's body validation then stands between it and the store.
    struct Chain
    {
        explicit Chain(const TestDevice &of)
            : device(of)
            , writer(of.key, ChainState::genesis(of.id), ids)
        { }
        QByteArray next(RecordKind kind, const JsonValue &body)
        {
            return writer.append(kind, device.author, pack, body)->bytes;
        }
        QByteArray nextMalformed(RecordKind kind, const JsonValue &valid, const JsonValue &body)
        {
            Envelope e = writer.append(kind, device.author, pack, valid)->envelope;
            e.body = body;
            e.signature = device.key.sign(RecordSigner::signingInput(e).value());
            return CanonicalJson::serialize(e.toJson(true)).value();
        }
        const TestDevice &device;
        UuidV7Generator ids;
        RecordWriter writer;
        const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") };
    };
    static QString idOf(const QByteArray &bytes)
    {
        return CanonicalJson::parseCanonical(bytes).value()[u"id"].toString();
    }
    static JsonValue episode()
    {
        const QDateTime back(QDate(2026, 3, 5), QTime(9, 30), QTimeZone::utc());
        JsonValue body = test::episodeBody(QStringLiteral("c-1"), back.addDays(-1), back);
        body.insert(QStringLiteral("exploitationContext"),
            JsonValue::array({ JsonValue::object(
                { { QStringLiteral("indicator"), QStringLiteral("money-goods") },
                    { QStringLiteral("observed"), QStringLiteral("A new phone and cash") },
                    { QStringLiteral("source"), QStringLiteral("Mother") } }) }));
        return body;
    }
    static JsonValue interview(const QString &episodeId)
    {
        return test::interviewBody(QStringLiteral("c-1"), episodeId, QStringLiteral("done"),
            QDateTime(QDate(2026, 3, 6), QTime(10, 0), QTimeZone::utc()));
    }
    static JsonValue without(const JsonValue &body, const QString &member)
    {
        JsonValue out = JsonValue::object();
        for (const JsonMember &m : body.members())
            if (m.key != member)
                out.insert(m.key, m.value);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void episodeAndInterviewAreStored()
    {
        auto device = enrolled();
        Chain chain(*device);
        const QByteArray first = chain.next(RecordKind::GoingMissing, episode());
        const QByteArray second
            = chain.next(RecordKind::ReturnHomeInterview, interview(idOf(first)));
        const qint64 before = m_backend->count(QStringLiteral("records"));
        const Reply reply = device->upload(records(), { first, second });
        QCOMPARE(reply.status, 200);
        for (const JsonValue &result : reply.json[u"results"].items())
            QCOMPARE(result[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(m_backend->count(QStringLiteral("records")), before + 2);
        // Sent again (a retry after a lost answer): duplicates, nothing stored twice.
        const Reply again = device->upload(records(), { first, second });
        for (const JsonValue &result : again.json[u"results"].items())
            QCOMPARE(result[u"status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(m_backend->count(QStringLiteral("records")), before + 2);
    }

    void malformedAreRefused_data()
    {
        QTest::addColumn<bool>("isInterview");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("path");
        QTest::newRow("episode still open") << false << "returned"
                                            << "$.body.returned";
        QTest::newRow("episode without where found") << false << "whereFound"
                                                     << "$.body.whereFound";
        QTest::newRow("reported without reference") << false << "policeReference"
                                                    << "$.body.policeReference";
        QTest::newRow("indicator without source") << false << "exploitationContext"
                                                  << "$.body.exploitationContext[0].source";
        QTest::newRow("interview without episode") << true << "episode"
                                                   << "$.body.episode";
        QTest::newRow("interview without offer time") << true << "offeredAt"
                                                      << "$.body.offeredAt";
        QTest::newRow("interview without interviewer") << true << "by"
                                                       << "$.body.by";
        QTest::newRow("interview without actions") << true << "actions"
                                                   << "$.body.actions";
    }
    void malformedAreRefused()
    {
        QFETCH(bool, isInterview);
        QFETCH(QString, member);
        QFETCH(QString, path);
        auto device = enrolled();
        Chain chain(*device);
        const QByteArray stored = chain.next(RecordKind::GoingMissing, episode());
        QCOMPARE(device->upload(records(), { stored }).status, 200);
        JsonValue body = isInterview ? interview(idOf(stored)) : episode();
        if (member == u"exploitationContext")
            body.insert(member,
                JsonValue::array({ JsonValue::object({ { QStringLiteral("indicator"),
                                                           QStringLiteral("online") },
                    { QStringLiteral("observed"), QStringLiteral("Messages from an adult") } }) }));
        else
            body = without(body, member);
        const QByteArray bad = isInterview
            ? chain.nextMalformed(RecordKind::ReturnHomeInterview, interview(idOf(stored)), body)
            : chain.nextMalformed(RecordKind::GoingMissing, episode(), body);
        const QByteArray before = m_backend->fingerprint();
        const Reply reply = device->upload(records(), { bad });
        QCOMPARE(reply.status, 200);
        const JsonValue &result = reply.json[u"results"].items().at(0);
        QCOMPARE(result[u"status"].toString(), QStringLiteral("rejected"));
        QCOMPARE(result[u"problem"][u"type"].toString(), type(ProblemType::MalformedRecord));
        const QString detail = result[u"problem"][u"detail"].toString();
        QVERIFY2(detail.contains(path), qPrintable(detail));
        QCOMPARE(result[u"expectedSeq"].toInteger(), 2);
        QCOMPARE(m_backend->fingerprint(), before);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerMissing)
#include "tst_servermissing.moc"
