// The agency server and life events: a typed, dated life event is stored like any record, and
// one with an unknown type, an unknown member or a date after the day it was signed is refused
// with the JSON path of the member at fault, leaving the store exactly as it was (SQLite and
// PostgreSQL).
#include "common/clock.h"
#include "record/canonicaljson.h"
#include "record/lifeeventbody.h"
#include "record/recordsigner.h"
#include "record/recordwriter.h"
#include "serverfixture.h"

#include <QTest>
#include <QTimeZone>

using namespace hearth;

class TestServerLifeEvents : public ServerFixture
{
    Q_OBJECT

    QUrl records() const { return url(QStringLiteral("/v1/records")); }

    // The device's own chain, written here so a record can be signed with a body the tablet
    // would refuse: only the server's checks then stand between it and the store.
    // Signed on 10 March 2026 by the tablet's clock, whatever day the test runs.
    struct SigningDay final : Clock
    {
        QDateTime nowUtc() const override
        {
            return QDateTime(QDate(2026, 3, 10), QTime(16, 0), QTimeZone::utc());
        }
    };
    struct Chain
    {
        explicit Chain(const TestDevice &of)
            : device(of)
            , ids(day)
            , writer(of.key, ChainState::genesis(of.id), ids)
        { }
        QByteArray next(const JsonValue &body)
        {
            return writer.append(RecordKind::LifeEvent, device.author, pack, body)->bytes;
        }
        QByteArray nextMalformed(const JsonValue &body)
        {
            Envelope e
                = writer.append(RecordKind::LifeEvent, device.author, pack, event())->envelope;
            e.body = body;
            e.signature = device.key.sign(RecordSigner::signingInput(e).value());
            return CanonicalJson::serialize(e.toJson(true)).value();
        }
        const TestDevice &device;
        SigningDay day;
        UuidV7Generator ids;
        RecordWriter writer;
        const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") };
    };
    static JsonValue event()
    {
        return JsonValue::object({ { QStringLiteral("format"), LifeEventBody::Format },
            { QStringLiteral("household"), QStringLiteral("h-1") },
            { QStringLiteral("child"), QStringLiteral("c-1") },
            { QStringLiteral("children"),
                JsonValue::array({ QStringLiteral("c-1"), QStringLiteral("c-2") }) },
            { QStringLiteral("scope"), QStringLiteral("household") },
            { QStringLiteral("type"), QStringLiteral("job-loss") },
            { QStringLiteral("happenedOn"), QStringLiteral("2026-02-01") },
            { QStringLiteral("source"), QStringLiteral("Father, at the door") } });
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void stored()
    {
        auto device = enrolled();
        Chain chain(*device);
        const QByteArray record = chain.next(event());
        const qint64 before = m_backend->count(QStringLiteral("records"));
        const Reply reply = device->upload(records(), { record });
        QCOMPARE(reply.status, 200);
        QCOMPARE(
            reply.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(m_backend->count(QStringLiteral("records")), before + 1);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown type") << "type"
                                      << "eviction"
                                      << "$.body.type";
        QTest::newRow("unknown member") << "mood"
                                        << "low"
                                        << "$.body.mood";
        QTest::newRow("after the day it was signed") << "happenedOn"
                                                     << "2026-03-11"
                                                     << "$.body.happenedOn";
    }
    void refused()
    {
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(QString, path);
        auto device = enrolled();
        Chain chain(*device);
        QCOMPARE(device->upload(records(), { chain.next(event()) }).status, 200);
        JsonValue body = event();
        body.insert(member, value);
        const QByteArray bad = chain.nextMalformed(body);
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

HEARTH_SERVER_TEST_MAIN(TestServerLifeEvents)
#include "tst_serverlifeevents.moc"
