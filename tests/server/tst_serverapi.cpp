// The sync service's endpoints over real HTTP against a real store: enrolment, upload with
// receipts, request authentication, and every kind of bad input (each must be refused with the
// right status and problem type and leave the store exactly as it was).
#include "receipt.h"
#include "record/canonicaljson.h"
#include "serverfixture.h"

#include <QTest>

#include <cstdio>
#include <memory>

using namespace hearth;

class TestServerApi : public ServerFixture
{
    Q_OBJECT

    QUrl records() const { return url(QStringLiteral("/v1/records")); }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void healthVersionAndUnknownRoutes()
    {
        QNetworkAccessManager network;
        const Reply health = HttpClient::send(network, "GET", url(QStringLiteral("/health")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json[u"status"].toString(), QStringLiteral("ok"));
        const Reply missing = HttpClient::send(network, "GET", url(QStringLiteral("/v1/nothing")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.contentType, QByteArray("application/problem+json"));
        QCOMPARE(missing.problemType(), type(ProblemType::NotFound));
        const Reply wrongMethod = HttpClient::send(network, "GET", records());
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.problemType(), type(ProblemType::MethodNotAllowed));

        auto device = enrolled();
        const Reply version = device->request("GET", url(QStringLiteral("/v1/version")));
        QCOMPARE(version.status, 200);
        QCOMPARE(version.json[u"device"].toString(), device->id);
        QCOMPARE(version.json[u"protocol"].toInteger(), 1);
        const Reply unsigned_
            = HttpClient::send(network, "GET", url(QStringLiteral("/v1/version")));
        QCOMPARE(unsigned_.status, 401);
        QCOMPARE(unsigned_.problemType(), type(ProblemType::AuthenticationRequired));
    }

    void enrolmentGivesIdentityAndSettings()
    {
        TestDevice device;
        const Reply reply = device.enrol(url(QStringLiteral("/v1/enrol")), newCode().toLower());
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.json[u"deviceId"].toString().startsWith(QStringLiteral("dev-")));
        QCOMPARE(reply.json[u"practitioner"][u"id"].toString(), QStringLiteral("hv-0042"));
        QCOMPARE(reply.json[u"practitioner"][u"name"].toString(), QStringLiteral("Pat Example"));
        QCOMPARE(reply.json[u"serverPublicKey"].toString().size(), 64);
        QCOMPARE(reply.json[u"settings"][u"lockTimeoutSeconds"].toInteger(), 300);
        QCOMPARE(m_backend->count(QStringLiteral("devices")), 1);
        QVERIFY(m_server->log().contains(QStringLiteral("route=\"POST /v1/enrol\" status=201")));
    }

    void enrolmentKeepsTheDevicesOwnId()
    {
        // The app's vault creates a UUID before enrolment and may sign records with it.
        TestDevice device;
        device.requestedId = QStringLiteral("6f1c2a9e-0b7d-4e43-9a51-2c8d7e3f4b10");
        const Reply reply = device.enrol(url(QStringLiteral("/v1/enrol")), newCode());
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json[u"deviceId"].toString(), device.requestedId);
        QCOMPARE(device.id, device.requestedId);
        QVERIFY(m_server->log().contains(
            QStringLiteral("device=%1 route=\"POST /v1/enrol\" status=201").arg(device.id)));
        // Records carrying that id verify and are stored under it.
        const Reply upload = device.upload(records(), device.makeRecords(2));
        QCOMPARE(upload.status, 200);
        QCOMPARE(upload.json[u"receipt"][u"device"].toString(), device.requestedId);
        QCOMPARE(upload.json[u"receipt"][u"seq"].toInteger(), 2);
        const Reply version = device.request("GET", url(QStringLiteral("/v1/version")));
        QCOMPARE(version.json[u"device"].toString(), device.requestedId);
    }

    void enrolmentRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem");
        QTest::newRow("used code") << "used" << 403 << type(ProblemType::EnrolmentCodeUsed);
        QTest::newRow("unknown code")
            << "unknown" << 403 << type(ProblemType::EnrolmentCodeInvalid);
        QTest::newRow("key already enrolled")
            << "samekey" << 409 << type(ProblemType::KeyAlreadyEnrolled);
        QTest::newRow("device id taken") << "sameid" << 409 << type(ProblemType::DeviceIdTaken);
        QTest::newRow("device id with a space")
            << "badid" << 400 << type(ProblemType::InvalidRequest);
        QTest::newRow("device id empty") << "emptyid" << 400 << type(ProblemType::InvalidRequest);
        QTest::newRow("device id null") << "nullid" << 400 << type(ProblemType::InvalidRequest);
        QTest::newRow("device id too long") << "longid" << 400 << type(ProblemType::InvalidRequest);
        QTest::newRow("malformed json") << "malformed" << 400 << type(ProblemType::MalformedJson);
        QTest::newRow("wrong types") << "types" << 400 << type(ProblemType::InvalidRequest);
        QTest::newRow("not a key") << "badkey" << 400 << type(ProblemType::InvalidRequest);
    }
    void enrolmentRefusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, problem);
        const QUrl enrolUrl = url(QStringLiteral("/v1/enrol"));
        TestDevice first;
        first.requestedId = QStringLiteral("0d6e8f3a-5c21-4b9e-8f70-91a2b3c4d5e6");
        const QString usedCode = newCode();
        QCOMPARE(first.enrol(enrolUrl, usedCode).status, 201);
        const QString freshCode = newCode();
        const QByteArray before = m_backend->fingerprint();

        QNetworkAccessManager network;
        const Headers json { { "Content-Type", "application/json" } };
        const QString key = DeviceKeyPair::toHex(DeviceKeyPair::generate().publicKey());
        Reply reply;
        if (kind == u"used") {
            TestDevice second;
            reply = second.enrol(enrolUrl, usedCode);
        } else if (kind == u"unknown") {
            TestDevice second;
            reply = second.enrol(enrolUrl, QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
        } else if (kind == u"samekey") {
            TestDevice second;
            second.key = DeviceKeyPair::fromSecretKey(first.key.secretKey()).value();
            reply = second.enrol(enrolUrl, freshCode);
        } else if (kind == u"sameid") {
            // A different device (its own key) claiming the first one's id: its records would
            // join the first device's chain, so it is refused and the code stays unused.
            TestDevice second;
            second.requestedId = first.requestedId;
            reply = second.enrol(enrolUrl, freshCode);
        } else if (kind.endsWith(u"id")) {
            const QByteArray id = kind == u"badid" ? "\"tablet 7\""
                : kind == u"emptyid"               ? "\"\""
                : kind == u"nullid"                ? "null"
                                                   : '"' + QByteArray(129, 'a') + '"';
            reply = HttpClient::send(network, "POST", enrolUrl, json,
                "{\"code\":\"" + freshCode.toUtf8() + "\",\"deviceId\":" + id
                    + ",\"name\":\"T\",\"publicKey\":\"" + key.toUtf8() + "\"}");
        } else if (kind == u"malformed") {
            reply = HttpClient::send(
                network, "POST", enrolUrl, json, "{\"code\": \"" + freshCode.toUtf8() + "\",");
        } else if (kind == u"types") {
            reply = HttpClient::send(network, "POST", enrolUrl, json,
                "{\"code\":\"" + freshCode.toUtf8() + "\",\"publicKey\":\"" + key.toUtf8()
                    + "\",\"name\":42}");
        } else {
            reply = HttpClient::send(network, "POST", enrolUrl, json,
                "{\"code\":\"" + freshCode.toUtf8() + "\",\"publicKey\":\"zz\",\"name\":\"T\"}");
        }
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(reply.problemType(), problem);
        QCOMPARE(m_backend->fingerprint(), before);
    }

    void enrolmentCodeExpires()
    {
        const QString code = newCode(QStringLiteral("10m"));
        const QByteArray before = m_backend->fingerprint();
        // The same store served by a server whose clock is 11 minutes ahead.
        ServerProcess later;
        const QString started = later.start(m_backend->storeArguments(),
            { QStringLiteral("--clock-offset"), QStringLiteral("660") });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        TestDevice device;
        const Reply reply = device.enrol(later.url(QStringLiteral("/v1/enrol")), code);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemType(), type(ProblemType::EnrolmentCodeExpired));
        QCOMPARE(m_backend->fingerprint(), before);
        // Still valid at the real time.
        QCOMPARE(device.enrol(url(QStringLiteral("/v1/enrol")), code).status, 201);
    }

    void uploadStoresAndAnswersWithSignedReceipt()
    {
        auto device = enrolled();
        const QList<QByteArray> batch = device->makeRecords(5);
        const Reply reply = device->upload(records(), batch);
        QCOMPARE(reply.status, 200);
        const auto &results = reply.json[u"results"].items();
        QCOMPARE(results.size(), std::size_t(5));
        for (std::size_t i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i][u"status"].toString(), QStringLiteral("stored"));
            QCOMPARE(results[i][u"seq"].toInteger(), qint64(i + 1));
        }
        auto receipt = Receipt::fromJson(reply.json[u"receipt"]);
        QVERIFY(receipt);
        QCOMPARE(receipt->device, device->id);
        QCOMPARE(receipt->seq, 5);
        QVERIFY(receipt->verify(device->serverKey));
        QCOMPARE(m_backend->count(QStringLiteral("records")), 5);

        // Delivered twice: idempotent, same receipt position, nothing new stored.
        const QByteArray before = m_backend->fingerprint();
        const Reply again = device->upload(records(), batch);
        QCOMPARE(again.status, 200);
        for (const JsonValue &result : again.json[u"results"].items())
            QCOMPARE(result[u"status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(again.json[u"receipt"][u"seq"].toInteger(), 5);
        QCOMPARE(m_backend->fingerprint(), before);

        // A batch overlapping what is stored: old ones duplicate, new ones stored.
        QList<QByteArray> overlap = batch.mid(3);
        overlap += device->makeRecords(2);
        const Reply mixed = device->upload(records(), overlap);
        QCOMPARE(
            mixed.json[u"results"].items()[1][u"status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(mixed.json[u"results"].items()[2][u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(mixed.json[u"receipt"][u"seq"].toInteger(), 7);
        // The log has no bodies or names.
        const QString log = m_server->log();
        QVERIFY(log.contains(
            QStringLiteral("device=%1 route=\"POST /v1/records\" status=200").arg(device->id)));
        QVERIFY(!log.contains(QStringLiteral("child-7f3a9c2e")));
        QVERIFY(!log.contains(QStringLiteral("Fictional")));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerApi)
#include "tst_serverapi.moc"
