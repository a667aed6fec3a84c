// Bad input on the authenticated endpoints: each refusal must carry the right status and
// problem type and leave the store exactly as it was, and the service must go on serving.
#include "authheaders.h"
#include "kindrecords.h"
#include "record/canonicaljson.h"
#include "record/recordsigner.h"
#include "record/recordwriter.h"
#include "recordbatch.h"
#include "serverfixture.h"

#include <QTcpSocket>
#include <QTest>

#include <cstdio>
#include <functional>

using namespace hearth;

class TestServerRefusals : public ServerFixture
{
    Q_OBJECT

    QUrl records() const { return url(QStringLiteral("/v1/records")); }

    // A validly signed record of this device built from any chain state.
    static QByteArray recordFrom(const TestDevice &device, ChainState state, const QString &visit)
    {
        UuidV7Generator ids;
        RecordWriter writer(device.key, std::move(state), ids);
        return writer
            .append(RecordKind::Visit, device.author, { QStringLiteral("p"), QStringLiteral("1") },
                JsonValue::object({ { QStringLiteral("child"), QStringLiteral("c-1") },
                    { QStringLiteral("visitId"), visit } }))
            ->bytes;
    }

    // A record signed again by this device's key after a change to its envelope: what a device
    // running other code could send.
    static QByteArray changed(const TestDevice &device, const QByteArray &bytes,
        const std::function<void(Envelope &)> &edit)
    {
        Envelope envelope
            = Envelope::fromJson(CanonicalJson::parseCanonical(bytes).value()).value();
        edit(envelope);
        return RecordSigner::sign(std::move(envelope), device.key).value().bytes;
    }

    // The device's next record as a visit whose answer to "anyone new in the home since the last
    // visit?" is neither yes nor no, re-signed without the tablet's checks.
    static QByteArray withNewPeople(TestDevice &device, const QString &answer)
    {
        Envelope e = Envelope::fromJson(
            CanonicalJson::parseCanonical(device.makeRecords(1).first()).value())
                         .value();
        e.body.insert(
            QStringLiteral("who"), JsonValue::object({ { QStringLiteral("newPeople"), answer } }));
        e.signature = device.key.sign(RecordSigner::signingInput(e).value());
        return CanonicalJson::serialize(e.toJson(true)).value();
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp({ QStringLiteral("--max-body"), QStringLiteral("65536") });
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void badRequests_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no signature")
            << "unsigned" << 401 << type(ProblemType::AuthenticationRequired);
        QTest::newRow("malformed signature header")
            << "badheader" << 401 << type(ProblemType::MalformedAuthentication);
        QTest::newRow("signature over other bytes")
            << "badsig" << 401 << type(ProblemType::BadRequestSignature);
        QTest::newRow("unknown device") << "unknown" << 401 << type(ProblemType::UnknownDevice);
        QTest::newRow("replayed request") << "replay" << 401 << type(ProblemType::ReplayedRequest);
        QTest::newRow("clock skew") << "skew" << 401 << type(ProblemType::ClockSkew);
        QTest::newRow("wrong content type")
            << "contenttype" << 415 << type(ProblemType::UnsupportedMediaType);
        QTest::newRow("malformed JSON line")
            << "malformed" << 400 << type(ProblemType::MalformedJson);
        QTest::newRow("line is not an object")
            << "array" << 400 << type(ProblemType::MalformedJson);
        QTest::newRow("empty batch") << "empty" << 400 << type(ProblemType::InvalidRequest);
        QTest::newRow("oversized body") << "oversized" << 413 << type(ProblemType::PayloadTooLarge);
    }
    void badRequests()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, problem);
        auto device = enrolled();
        QCOMPARE(device->upload(records(), device->makeRecords(2)).status, 200);
        const QList<QByteArray> next = device->makeRecords(2);
        QByteArray body = RecordBatch::build(next);
        Headers headers = device->signedHeaders("POST", records(), body);
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", RecordBatch::contentType));
        if (kind == u"replay") {
            QCOMPARE(
                HttpClient::send(device->network, "POST", records(), headers, body).status, 200);
        } else if (kind == u"unsigned") {
            headers = { { "Content-Type", RecordBatch::contentType } };
        } else if (kind == u"badheader") {
            headers[3].second = "not base64!";
        } else if (kind == u"badsig") {
            body = RecordBatch::build(device->makeRecords(1));
        } else if (kind == u"unknown") {
            TestDevice stranger;
            stranger.id = QStringLiteral("dev-00000000000000000000");
            headers = stranger.signedHeaders("POST", records(), body);
            headers.append(
                std::pair<QByteArray, QByteArray>("Content-Type", RecordBatch::contentType));
        } else if (kind == u"skew") {
            headers = device->signedHeaders("POST", records(), body, -3600);
            headers.append(
                std::pair<QByteArray, QByteArray>("Content-Type", RecordBatch::contentType));
        } else if (kind == u"contenttype") {
            headers.last().second = "application/json";
        } else if (kind != u"replay") {
            body = kind == u"malformed" ? next[0] + "\n{\"id\": "
                : kind == u"array"      ? QByteArray("[1,2]\n")
                : kind == u"empty"      ? QByteArray("\n")
                                        : QByteArray(70 * 1024, 'x');
            headers = device->signedHeaders("POST", records(), body);
            headers.append(
                std::pair<QByteArray, QByteArray>("Content-Type", RecordBatch::contentType));
        }
        const QByteArray before = m_backend->fingerprint();
        const Reply reply = HttpClient::send(device->network, "POST", records(), headers, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(reply.problemType(), problem);
        QVERIFY(!reply.json[u"detail"].toString().isEmpty());
        QCOMPARE(m_backend->fingerprint(), before);
        // The service keeps serving.
        QCOMPARE(device->request("GET", url(QStringLiteral("/v1/version"))).status, 200);
        QCOMPARE(
            HttpClient::send(device->network, "GET", url(QStringLiteral("/health"))).status, 200);
    }

    void badRecords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<qint64>("expectedSeq");
        QTest::newRow("same id, other bytes")
            << "tampered" << type(ProblemType::Tampered) << qint64(-1);
        QTest::newRow("bad record signature")
            << "badsig" << type(ProblemType::BadRecordSignature) << qint64(3);
        QTest::newRow("gap") << "gap" << type(ProblemType::SequenceGap) << qint64(3);
        QTest::newRow("fork of a stored seq")
            << "fork" << type(ProblemType::RepeatedSequence) << qint64(3);
        QTest::newRow("broken chain") << "chain" << type(ProblemType::BrokenChain) << qint64(3);
        QTest::newRow("another device's record")
            << "foreign" << type(ProblemType::ForeignDevice) << qint64(3);
        QTest::newRow("wrong member types")
            << "types" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("not canonical")
            << "canonical" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("body map mark without a description, validly signed")
            << "bodymap" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("profile risk without a source, validly signed")
            << "profile" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("concern in danger without a next step, validly signed")
            << "concern" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("child-voice session without what the child was told, validly signed")
            << "childvoice" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("a kind this server does not know")
            << "unknownkind" << type(ProblemType::MalformedRecord) << qint64(-1);
        QTest::newRow("anyone new answered \"maybe\", validly signed")
            << "newpeople" << type(ProblemType::MalformedRecord) << qint64(3);
        QTest::newRow("author is another practitioner")
            << "author" << type(ProblemType::AuthorMismatch) << qint64(3);
        QTest::newRow("created in 2099, id of today")
            << "created" << type(ProblemType::IdTimeMismatch) << qint64(3);
        QTest::newRow("created 2 s after the id's time")
            << "created2s" << type(ProblemType::IdTimeMismatch) << qint64(3);
        QTest::newRow("id below the previous record's")
            << "idorder" << type(ProblemType::IdNotIncreasing) << qint64(3);
    }
    void badRecords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        QFETCH(qint64, expectedSeq);
        auto device = enrolled();
        const QList<QByteArray> stored = device->makeRecords(2);
        QCOMPARE(device->upload(records(), stored).status, 200);
        QByteArray bad;
        if (kind == u"tampered") {
            bad = stored[1];
            bad.replace("Fictional", "Fictitious");
        } else if (kind == u"badsig") {
            bad = device->makeRecords(1).first();
            const qsizetype sig = bad.indexOf("\"sig\":\"") + 7;
            bad[sig] = bad[sig] == 'A' ? 'B' : 'A';
        } else if (kind == u"gap") {
            bad = device->makeRecords(2).last();
        } else if (kind == u"fork") {
            bad = recordFrom(*device, ChainState::genesis(device->id), QStringLiteral("fork"));
        } else if (kind == u"chain") {
            bad = recordFrom(
                *device, ChainState { device->id, 3, QString(64, u'0') }, QStringLiteral("chain"));
        } else if (kind == u"foreign") {
            auto other = enrolled();
            bad = other->makeRecords(1).first();
        } else if (kind == u"types") {
            bad = R"({"id":"018f766f-f5c0-7000-8000-000000000009","seq":"3","version":1})";
        } else if (kind == u"bodymap") {
            bad = KindRecords::withBodyMap(*device, false);
        } else if (kind == u"profile") {
            bad = KindRecords::profileChange(*device, false);
        } else if (kind == u"concern") {
            bad = KindRecords::concern(*device, false);
        } else if (kind == u"childvoice") {
            bad = KindRecords::childVoice(*device, false);
        } else if (kind == u"newpeople") {
            bad = withNewPeople(*device, QStringLiteral("maybe"));
        } else if (kind == u"unknownkind") {
            bad = KindRecords::childVoice(*device, true);
            bad.replace(R"("kind":"child-voice-session")", R"("kind":"child-drawing")");
        } else if (kind == u"author") {
            device->author = QStringLiteral("hv-0099");
            bad = device->makeRecords(1).first();
        } else if (kind == u"created" || kind == u"created2s") {
            bad = changed(*device, device->makeRecords(1).first(), [&kind](Envelope &e) {
                e.created = kind == u"created"
                    ? QStringLiteral("2099-01-01T00:00:00.000Z")
                    : Envelope::formatCreated(
                        QDateTime::fromString(e.created, Qt::ISODateWithMs).addMSecs(2000));
            });
        } else if (kind == u"idorder") {
            const QString previous
                = CanonicalJson::parseCanonical(stored[1]).value()[u"id"].toString();
            bad = changed(*device, device->makeRecords(1).first(), [&](Envelope &e) {
                // Same millisecond as the previous record, so only the order is wrong.
                e.id = previous.left(24) + QStringLiteral("000000000000");
                e.created = Envelope::formatCreated(
                    QDateTime::fromMSecsSinceEpoch(UuidV7Generator::timestampMs(e.id), Qt::UTC));
            });
        } else {
            bad = device->makeRecords(1).first();
            bad.replace("{\"author\"", "{ \"author\"");
        }
        const QByteArray before = m_backend->fingerprint();
        const Reply reply = device->upload(records(), { bad });
        QCOMPARE(reply.status, 200);
        const JsonValue &result = reply.json[u"results"].items().at(0);
        QCOMPARE(result[u"status"].toString(), QStringLiteral("rejected"));
        QCOMPARE(result[u"problem"][u"type"].toString(), problem);
        // The refusal says which kind, so the tablet's log tells what a newer server would need.
        if (kind == u"unknownkind")
            QVERIFY2(result[u"problem"][u"detail"].toString().contains(u"child-drawing"),
                qPrintable(result[u"problem"][u"detail"].toString()));
        if (expectedSeq > 0)
            QCOMPARE(result[u"expectedSeq"].toInteger(), expectedSeq);
        QCOMPARE(reply.json[u"receipt"][u"seq"].toInteger(), 2);
        QCOMPARE(m_backend->fingerprint(), before);
    }

    // A device that uploads another device's not-yet-sent id first only files a record in its
    // own chain: the other device's record is still stored, and neither chain is blocked.
    void idsAreScopedToTheirDevice()
    {
        auto victim = enrolled();
        auto other = enrolled();
        const QList<QByteArray> pending = victim->makeRecords(2);
        const JsonValue first = CanonicalJson::parseCanonical(pending[0]).value();
        const QByteArray squatter
            = changed(*other, other->makeRecords(1).first(), [&first](Envelope &e) {
                  e.id = first[u"id"].toString();
                  e.created = first[u"created"].toString();
              });
        const Reply squatted = other->upload(records(), { squatter });
        QCOMPARE(squatted.json[u"results"].items().at(0)[u"status"].toString(),
            QStringLiteral("stored"));
        const Reply sent = victim->upload(records(), pending);
        for (const JsonValue &result : sent.json[u"results"].items())
            QCOMPARE(result[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(sent.json[u"receipt"][u"seq"].toInteger(), 2);
        QCOMPARE(m_backend->count(QStringLiteral("records")), 3);
        // Sending the same bytes again is a duplicate of the device's own record, still.
        QCOMPARE(victim->upload(records(), { pending[0] })
                     .json[u"results"]
                     .items()
                     .at(0)[u"status"]
                     .toString(),
            QStringLiteral("duplicate"));
    }

    // Before enrolment a device signs with a placeholder author (it has no practitioner yet);
    // those records are kept, but one naming another practitioner of the agency is refused
    // even when it claims to predate the enrolment.
    void recordsFromBeforeEnrolment_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<bool>("stored");
        QTest::newRow("placeholder author") << QStringLiteral("practitioner") << true;
        QTest::newRow("another practitioner") << QStringLiteral("hv-0099") << false;
    }
    void recordsFromBeforeEnrolment()
    {
        QFETCH(QString, author);
        QFETCH(bool, stored);
        QCOMPARE(admin({ QStringLiteral("add-practitioner"), QStringLiteral("hv-0099"),
                           QStringLiteral("Sam Other") })
                     .exitCode,
            0);
        // The agency's clock a day ahead of the tablet's (--clock-offset): the device enrols
        // "tomorrow" by the server's time, signing its requests by that time, while its records
        // carry its own clock's time, a day before the enrolment. The code lives long enough to
        // outlast the day.
        constexpr qint64 day = 24 * 60 * 60;
        m_server = std::make_unique<ServerProcess>();
        const QString started = m_server->start(m_backend->storeArguments(),
            { QStringLiteral("--max-body"), QStringLiteral("65536"),
                QStringLiteral("--clock-offset"), QString::number(day) });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto device = std::make_unique<TestDevice>();
        device->clockOffset = day;
        QCOMPARE(
            device->enrol(url(QStringLiteral("/v1/enrol")), newCode(QStringLiteral("3d"))).status,
            201);
        UuidV7Generator ids(Clock::system());
        RecordWriter writer(device->key, ChainState::genesis(device->id), ids);
        QList<QByteArray> early;
        for (const QString &visit : { QStringLiteral("v1"), QStringLiteral("v2") }) {
            early.append(
                writer
                    .append(RecordKind::Visit, author, { QStringLiteral("p"), QStringLiteral("1") },
                        JsonValue::object({ { QStringLiteral("child"), QStringLiteral("c-1") },
                            { QStringLiteral("visitId"), visit } }))
                    ->bytes);
        }
        const QByteArray before = m_backend->fingerprint();
        const Reply reply = device->upload(records(), early);
        QCOMPARE(reply.status, 200);
        const JsonValue &first = reply.json[u"results"].items().at(0);
        if (stored) {
            QCOMPARE(first[u"status"].toString(), QStringLiteral("stored"));
            QCOMPARE(reply.json[u"receipt"][u"seq"].toInteger(), 2);
            return;
        }
        QCOMPARE(first[u"status"].toString(), QStringLiteral("rejected"));
        QCOMPARE(first[u"problem"][u"type"].toString(), type(ProblemType::AuthorMismatch));
        QCOMPARE(reply.json[u"receipt"][u"seq"].toInteger(), 0);
        QCOMPARE(m_backend->fingerprint(), before);
    }

    void gapIsResentFromExpectedSeq()
    {
        auto device = enrolled();
        const QList<QByteArray> all = device->makeRecords(6);
        const Reply gap = device->upload(records(), { all[0], all[1], all[3], all[4] });
        const auto &results = gap.json[u"results"].items();
        QCOMPARE(results[1][u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(results[2][u"problem"][u"type"].toString(), type(ProblemType::SequenceGap));
        QCOMPARE(results[2][u"expectedSeq"].toInteger(), 3);
        QCOMPARE(gap.json[u"receipt"][u"seq"].toInteger(), 2);
        const Reply resent = device->upload(records(), all.mid(2));
        for (const JsonValue &result : resent.json[u"results"].items())
            QCOMPARE(result[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(resent.json[u"receipt"][u"seq"].toInteger(), 6);
    }

    void revokedDeviceIsRefusedButKeepsItsRecords()
    {
        auto device = enrolled();
        QCOMPARE(device->upload(records(), device->makeRecords(3)).status, 200);
        const AdminResult revoked = admin({ QStringLiteral("revoke"), device->id,
            QStringLiteral("--reason"), QStringLiteral("tablet lost") });
        QCOMPARE(revoked.exitCode, 0);
        const QByteArray before = m_backend->fingerprint();
        const Reply reply = device->upload(records(), device->makeRecords(1));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemType(), type(ProblemType::DeviceRevoked));
        QCOMPARE(device->request("GET", url(QStringLiteral("/v1/caseload"))).problemType(),
            type(ProblemType::DeviceRevoked));
        QCOMPARE(m_backend->fingerprint(), before);
        QCOMPARE(m_backend->count(QStringLiteral("records")), 3);
        QVERIFY(admin({ QStringLiteral("devices") }).out.contains("revoked"));
        QCOMPARE(admin({ QStringLiteral("revoke"), QStringLiteral("dev-nope") }).exitCode, 1);
    }

    void serviceSurvivesGarbage()
    {
        for (const QByteArray &garbage : { QByteArray("\x16\x03\x01 not http at all\r\n\r\n"),
                 QByteArray("POST /v1/records HTTP/1.1\r\nContent-Length: 99999999\r\n\r\nab"),
                 QByteArray(5000, '\0') }) {
            QTcpSocket socket;
            socket.connectToHost(url({}).host(), quint16(url({}).port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write(garbage);
            socket.waitForBytesWritten(2000);
            socket.waitForReadyRead(300);
            socket.abort();
        }
        auto device = enrolled();
        QCOMPARE(device->upload(records(), device->makeRecords(1)).status, 200);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerRefusals)
#include "tst_serverrefusals.moc"
