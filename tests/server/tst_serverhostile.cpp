// Hostile clients against the real hearth-server, over plain sockets so that no HTTP library
// tidies the bytes: every row is answered with a 4xx problem or a closed connection, the store
// is unchanged and the server goes on serving. Then a thousand clients that hang up before the
// answer, and two thousand that never finish their request while /health still answers.
#include "rawconnection.h"
#include "record/canonicaljson.h"
#include "recordbatch.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace hearth;

namespace {
const QByteArray host = "Host: 127.0.0.1\r\n";

QByteArray post(const QByteArray &target, const QByteArray &extraHeaders, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\n" + host + extraHeaders + "\r\n" + body;
}

// An enrolment POST whose framing is right, so only the body is hostile.
QByteArray postJson(const QByteArray &body)
{
    return post("/v1/enrol",
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n",
        body);
}

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\n" + host + extraHeaders + "\r\n";
}
} // namespace

class TestServerHostile : public ServerFixture
{
    Q_OBJECT

    quint16 port() const { return quint16(url({}).port()); }

    // The request a signed row sends, built from an enrolled device.
    QByteArray signedRow(const QString &kind, TestDevice &device)
    {
        const QUrl records = url(QStringLiteral("/v1/records"));
        const QUrl version = url(QStringLiteral("/v1/version"));
        const QByteArray batch = RecordBatch::build(device.makeRecords(1));
        const std::pair<QByteArray, QByteArray> ndjson { "Content-Type", RecordBatch::contentType };
        auto withType = [&](Headers headers) {
            headers.append(ndjson);
            return headers;
        };
        if (kind == u"unsigned")
            return rawRequest("POST", "/v1/records", { ndjson }, batch);
        if (kind == u"forged") {
            TestDevice impostor; // a key the server never saw, claiming this device's id
            impostor.id = device.id;
            return rawRequest("POST", "/v1/records",
                withType(impostor.signedHeaders("POST", records, batch)), batch);
        }
        if (kind == u"other-device") {
            // An enrolled tablet signs with its own key but claims another tablet's id.
            auto victim = enrolled();
            const QString own = device.id;
            device.id = victim->id;
            const Headers headers = withType(device.signedHeaders("POST", records, batch));
            device.id = own;
            return rawRequest("POST", "/v1/records", headers, batch);
        }
        if (kind == u"replay") {
            const QByteArray once
                = rawRequest("GET", "/v1/version", device.signedHeaders("GET", version, {}));
            return once + once;
        }
        if (kind == u"expired" || kind == u"future")
            return rawRequest("GET", "/v1/version",
                device.signedHeaders("GET", version, {}, kind == u"expired" ? -3600 : 3600));
        if (kind == u"other-target")
            return rawRequest("GET", "/v1/caseload?limit=2",
                device.signedHeaders("GET", url(QStringLiteral("/v1/caseload?limit=1")), {}));
        if (kind == u"other-body")
            return rawRequest("POST", "/v1/records",
                withType(device.signedHeaders("POST", records, batch)),
                RecordBatch::build(device.makeRecords(1)));
        if (kind == u"revoked") {
            (void)admin({ QStringLiteral("revoke"), device.id });
            return rawRequest("GET", "/v1/version", device.signedHeaders("GET", version, {}));
        }
        QByteArray body;
        Headers headers;
        if (kind == u"deep-batch") {
            body = QByteArray(4000, '[') + QByteArray(4000, ']') + '\n';
        } else if (kind == u"non-utf8-batch") {
            body = batch;
            body.replace("Fictional", "Fict\xff\xfenal");
        } else if (kind == u"wrong-type") {
            body = batch;
            headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
        } else {
            const QUrl caseload
                = url(kind == u"caseload-param" ? QStringLiteral("/v1/caseload?owner=../../etc")
                                                : QStringLiteral("/v1/caseload?cursor=-1"));
            return rawRequest(
                "GET", TestDevice::target(caseload), device.signedHeaders("GET", caseload, {}));
        }
        Headers signedHeaders = device.signedHeaders("POST", records, body);
        signedHeaders += headers.isEmpty() ? Headers { ndjson } : headers;
        return rawRequest("POST", "/v1/records", signedHeaders, body);
    }

    // Every answer is well formed; refusals are problem details of the status they claim.
    static void checkAnswers(const QList<RawResponse> &answers, const QStringList &expected)
    {
        QCOMPARE(answers.size(), expected.size());
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const RawResponse &answer = answers.at(i);
            QCOMPARE(answer.status, expected.at(i).toInt());
            if (answer.status < 400)
                continue;
            QVERIFY2(answer.status < 500, answer.body.constData());
            QCOMPARE(answer.contentType, QByteArray("application/problem+json"));
            auto json = CanonicalJson::parse(answer.body);
            QVERIFY2(json, answer.body.constData());
            QCOMPARE((*json)[u"status"].toInteger(), answer.status);
            QVERIFY((*json)[u"type"].toString().startsWith(u"urn:hearth:problem:"));
            QVERIFY(!(*json)[u"detail"].toString().isEmpty());
        }
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp({ QStringLiteral("--max-body"), QStringLiteral("65536") });
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void hostileRequests_data();
    void hostileRequests()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expect);
        QFETCH(bool, closes);
        auto device = enrolled();
        QCOMPARE(
            device->upload(url(QStringLiteral("/v1/records")), device->makeRecords(2)).status, 200);
        const bool halfClose = kind == u"hang-up";
        if (!kind.isEmpty() && !halfClose)
            bytes = signedRow(kind, *device);
        const QStringList expected = expect.split(u',', Qt::SkipEmptyParts);

        const QByteArray before = m_backend->fingerprint();
        RawConnection connection(port());
        QVERIFY(connection.isConnected());
        // The server may refuse before it has read everything: a failed send is not an error.
        (void)connection.send(bytes);
        if (halfClose)
            connection.finishSending();
        const RawConnection::Received received
            = connection.read(20000, closes ? -1 : int(expected.size()));
        checkAnswers(parseResponses(received.bytes), expected);
        if (QTest::currentTestFailed())
            return;
        if (closes)
            QVERIFY2(received.closed, "the server must close the connection");

        QCOMPARE(m_backend->fingerprint(), before);
        QCOMPARE(
            HttpClient::send(device->network, "GET", url(QStringLiteral("/health"))).status, 200);
    }

    void clientsHangingUpBeforeTheAnswer()
    {
        auto device = enrolled();
        const QList<QByteArray> batch = device->makeRecords(5);
        const QByteArray body = RecordBatch::build(batch);
        const QUrl records = url(QStringLiteral("/v1/records"));
        const QUrl version = url(QStringLiteral("/v1/version"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            RawConnection connection(port());
            QVERIFY2(connection.isConnected(), qPrintable(QStringLiteral("cycle %1").arg(i)));
            QByteArray request;
            if (i % 3 == 0) {
                request = rawRequest("GET", "/health");
            } else if (i % 3 == 1) {
                request
                    = rawRequest("GET", "/v1/version", device->signedHeaders("GET", version, {}));
            } else {
                Headers headers = device->signedHeaders("POST", records, body);
                headers.append(
                    { QByteArray("Content-Type"), QByteArray(RecordBatch::contentType) });
                request = rawRequest("POST", "/v1/records", headers, body);
            }
            (void)connection.send(request);
            // Half hang up with a reset (a tablet switched off), half with an orderly close.
            if (i % 2 == 0)
                connection.reset();
        }
        std::printf("1000 connect-send-close cycles in %lld ms\n", qlonglong(timer.elapsed()));
        QCOMPARE(
            HttpClient::send(device->network, "GET", url(QStringLiteral("/health"))).status, 200);
        const Reply stored = device->upload(records, batch);
        QCOMPARE(stored.status, 200);
        QCOMPARE(m_backend->count(QStringLiteral("records")), 5);
        QVERIFY2(!m_server->log().contains(QStringLiteral("ERROR")), qPrintable(m_server->log()));
    }

    void slowConnectionsDoNotStopHealth()
    {
        // Room for 2,000 connections in this process as well as in the server.
        rlimit files {};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &files) == 0);
        files.rlim_cur = files.rlim_max;
        QVERIFY(setrlimit(RLIMIT_NOFILE, &files) == 0);
        if (files.rlim_cur < 2200)
            QSKIP("the open-file limit is below 2,200: cannot hold 2,000 connections");
        tearDown();
        // Limits that keep all 2,000 open while /health is measured: the point is that holding
        // them costs the server nothing that /health needs.
        const QString ready = setUp({ QStringLiteral("--max-connections"), QStringLiteral("5000"),
            QStringLiteral("--max-connections-per-client"), QStringLiteral("5000"),
            QStringLiteral("--header-timeout"), QStringLiteral("300"),
            QStringLiteral("--body-timeout"), QStringLiteral("300") });
        QVERIFY2(ready.isEmpty(), qPrintable(ready));

        std::vector<std::unique_ptr<RawConnection>> slow;
        for (int i = 0; i < 2000; ++i) {
            auto connection = std::make_unique<RawConnection>(port());
            QVERIFY2(connection->isConnected(), qPrintable(QStringLiteral("connection %1").arg(i)));
            const QByteArray partial = i % 2 == 0
                ? "GET /health HTTP/1.1\r\n" + host + "X-Waiting: "
                : post("/v1/enrol", "Content-Length: 1000\r\n", "{\"code\":");
            QVERIFY(connection->send(partial));
            slow.push_back(std::move(connection));
        }
        QElapsedTimer timer;
        timer.start();
        RawConnection health(port());
        QVERIFY(health.isConnected());
        QVERIFY(health.send(get("/health")));
        const QList<RawResponse> answers = parseResponses(health.read(30000, 1).bytes);
        const qint64 latency = timer.elapsed();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
        std::printf(
            "/health answered in %lld ms with 2000 half-sent requests open\n", qlonglong(latency));

        RawConnection metrics(port());
        QVERIFY(metrics.send(get("/metrics")));
        const QList<RawResponse> scraped = parseResponses(metrics.read(30000, 1).bytes);
        QCOMPARE(scraped.size(), 1);
        const QByteArray gauge = "\nhearth_http_connections_open ";
        const qsizetype at = scraped.first().body.indexOf(gauge);
        QVERIFY(at >= 0);
        const qint64 open
            = scraped.first().body.mid(at + gauge.size()).split('\n').first().toLongLong();
        QVERIFY2(open >= 2001, qPrintable(QStringLiteral("open connections: %1").arg(open)));
    }
};

void TestServerHostile::hostileRequests_data()
{
    QTest::addColumn<QString>(
        "kind"); // "": send bytes; "hang-up": bytes then half-close; else signed
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect"); // statuses in order; empty: no answer, closed
    QTest::addColumn<bool>("closes");
    auto row = [](const char *name, const QByteArray &bytes, const char *expect, bool closes) {
        QTest::newRow(name) << QString() << bytes << QString::fromLatin1(expect) << closes;
    };
    auto signedRow = [](const char *name, const char *kind, const char *expect) {
        QTest::newRow(name) << QString::fromLatin1(kind) << QByteArray()
                            << QString::fromLatin1(expect) << false;
    };
    const QByteArray json = "Content-Type: application/json\r\n";

    // Malformed and truncated request lines.
    row("garbage line", "HELLO\r\n\r\n", "400", true);
    row("TLS handshake on the plain port",
        QByteArray::fromHex("16030100a5010000a10303") + QByteArray(32, '\x07'), "400", true);
    row("no HTTP version", "GET /health\r\n\r\n", "400", true);
    row("HTTP/2.0 version", "GET /health HTTP/2.0\r\n" + host + "\r\n", "400", true);
    row("HTTP/1.1 without Host", "GET /health HTTP/1.1\r\n\r\n", "400", true);
    row("two Host headers", get("/health", host), "400", true);
    row("double space in request line", "GET  /health HTTP/1.1\r\n" + host + "\r\n", "400", true);
    row("leading empty line", "\r\n" + get("/health"), "400", true);
    row("NUL bytes", QByteArray(5000, '\0'), "400", true);
    QTest::newRow("truncated request line, hang-up")
        << QStringLiteral("hang-up") << QByteArray("GET /hea") << QString() << true;
    QTest::newRow("truncated headers, hang-up")
        << QStringLiteral("hang-up") << QByteArray("GET /health HTTP/1.1\r\n" + host) << QString()
        << true;
    QTest::newRow("truncated body, hang-up")
        << QStringLiteral("hang-up") << post("/v1/enrol", "Content-Length: 100\r\n", "{\"c")
        << QString() << true;
    // Targets, routes and methods.
    row("absolute-form target", "GET http://evil.example/health HTTP/1.1\r\n" + host + "\r\n",
        "400", true);
    row("asterisk target", "OPTIONS * HTTP/1.1\r\n" + host + "\r\n", "400", true);
    row("raw non-ASCII in target",
        get("/h\xc3\xa9"
            "alth"),
        "400", true);
    row("path traversal", get("/v1/../health"), "404", false);
    row("encoded path traversal", get("/v1/%2e%2e/%2e%2e/etc/passwd"), "404", false);
    row("encoded NUL in path", get("/health%00.json"), "404", false);
    row("unknown route", get("/admin"), "404", false);
    row("lower-case method", "get /health HTTP/1.1\r\n" + host + "\r\n", "405", false);
    row("unknown method", "BREW /health HTTP/1.1\r\n" + host + "\r\n", "405", false);
    row("DELETE on records", "DELETE /v1/records HTTP/1.1\r\n" + host + "\r\n", "405", false);
    // Oversize request line, headers and body.
    row("request line over the header limit", get("/" + QByteArray(20000, 'a')), "431", true);
    row("one header over the header limit",
        get("/health", "X-Big: " + QByteArray(20000, 'b') + "\r\n"), "431", true);
    row("thousands of small headers", get("/health", QByteArray("X-N: v\r\n").repeated(3000)),
        "431", true);
    row("Content-Length over the body limit",
        post("/v1/enrol", json + "Content-Length: 70000\r\n", "{"), "413", true);
    row("400 MB Content-Length", post("/v1/enrol", "Content-Length: 400000000\r\n", "{"), "413",
        true);
    row("chunked body over the body limit",
        post("/v1/enrol", "Transfer-Encoding: chunked\r\n",
            "11000\r\n" + QByteArray(0x11000, 'x') + "\r\n0\r\n\r\n"),
        "413", true);
    row("Content-Length beyond 64 bits",
        post("/v1/enrol", "Content-Length: 99999999999999999999999\r\n", "{}"), "400", true);
    row("negative Content-Length", post("/v1/enrol", "Content-Length: -2\r\n", "{}"), "400", true);
    // Ambiguous framing: each could smuggle the request after it past a proxy.
    row("Content-Length with chunked",
        post("/v1/enrol", "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n")
            + get("/health"),
        "400", true);
    row("chunked with Content-Length",
        post("/v1/enrol", "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "0\r\n\r\n")
            + get("/health"),
        "400", true);
    row("two different Content-Lengths",
        post("/v1/enrol", "Content-Length: 2\r\nContent-Length: 40\r\n", "{}" + get("/health")),
        "400", true);
    row("two equal Content-Lengths",
        post("/v1/enrol", "Content-Length: 2\r\nContent-Length: 2\r\n", "{}"), "400", true);
    row("Content-Length list", post("/v1/enrol", "Content-Length: 2, 2\r\n", "{}"), "400", true);
    row("gzip then chunked", post("/v1/enrol", "Transfer-Encoding: gzip, chunked\r\n", "0\r\n\r\n"),
        "400", true);
    row("identity transfer coding",
        post("/v1/enrol", "Transfer-Encoding: identity\r\n", "{}") + get("/health"), "400", true);
    row("chunked on HTTP/1.0",
        "POST /v1/enrol HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "400", true);
    row("obsolete line folding, space", get("/health", "X-A: a\r\n b\r\n"), "400", true);
    row("obsolete line folding, tab", get("/health", "X-A: a\r\n\tContent-Length: 9\r\n"), "400",
        true);
    row("bare LF line endings", "GET /health HTTP/1.1\nHost: 127.0.0.1\n\n", "400", true);
    row("bare CR in a header", get("/health", "X-A: a\rContent-Length: 5\r\n"), "400", true);
    row("space before a header colon", get("/health", "Content-Length : 5\r\n"), "400", true);
    row("malformed chunk size",
        post("/v1/enrol", "Transfer-Encoding: chunked\r\n", "zz\r\n{}\r\n0\r\n\r\n"), "400", true);
    // Pipelining: answers in request order; nothing after a framing error is served.
    row("pipelined answers in request order",
        get("/health") + get("/nope") + postJson("{}") + get("/health"), "200,404,400,200", false);
    row("pipelined request after a framing error",
        get("/health") + post("/v1/enrol", "Content-Length: 2\r\nContent-Length: 3\r\n", "{}")
            + get("/health"),
        "200,400", true);
    // Bodies.
    row("deep JSON nesting", postJson(QByteArray(8000, '[') + QByteArray(8000, ']')), "400", false);
    row("non-UTF-8 JSON", postJson("{\"code\":\"\xff\xfe\",\"name\":\"x\"}"), "400", false);
    row("body that is not JSON", postJson("hello"), "400", false);
    // Authentication and authorisation.
    signedRow("unsigned upload", "unsigned", "401");
    signedRow("forged signature", "forged", "401");
    signedRow("another device's id", "other-device", "401");
    signedRow("replayed request", "replay", "200,401");
    signedRow("expired timestamp", "expired", "401");
    signedRow("timestamp in the future", "future", "401");
    signedRow("signature over another target", "other-target", "401");
    signedRow("signature over another body", "other-body", "401");
    signedRow("revoked device", "revoked", "403");
    signedRow("deep JSON nesting in a batch", "deep-batch", "400");
    signedRow("non-UTF-8 in a batch", "non-utf8-batch", "400");
    signedRow("batch with the wrong content type", "wrong-type", "415");
    signedRow("unknown caseload parameter", "caseload-param", "400");
    signedRow("negative caseload cursor", "caseload-cursor", "400");
}

HEARTH_SERVER_TEST_MAIN(TestServerHostile)
#include "tst_serverhostile.moc"
