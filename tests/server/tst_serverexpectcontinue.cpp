// Expect: 100-continue against the real hearth-server: a client that asks first hears
// "100 Continue" only once the headers have passed every check that can be made without the
// body, and otherwise gets the final answer at once, with nothing stored.
#include "rawconnection.h"
#include "record/canonicaljson.h"
#include "recordbatch.h"
#include "serverfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace hearth;

namespace {
const QByteArray healthRequest = rawRequest("GET", "/health");
constexpr int patience = 30000; // ms a client waits for what must come
} // namespace

class TestServerExpectContinue : public ServerFixture
{
    Q_OBJECT

    quint16 port() const { return quint16(url({}).port()); }

    void start()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }

private Q_SLOTS:
    void cleanup() { tearDown(); }

    // A client that asks first hears "100 Continue" once the headers pass the limits, then
    // sends the body, which is authenticated, verified and stored as any other.
    void expectContinue()
    {
        start();
        auto device = enrolled();
        QVERIFY(device);
        const QUrl records = url(QStringLiteral("/v1/records"));
        const QByteArray batch = RecordBatch::build(device->makeRecords(3));
        Headers headers = device->signedHeaders("POST", records, batch);
        headers.append({ QByteArray("Content-Type"), QByteArray(RecordBatch::contentType) });
        headers.append({ QByteArray("Expect"), QByteArray("100-continue") });
        const QByteArray request = rawRequest("POST", "/v1/records", headers, batch);
        const qsizetype headEnd = request.indexOf("\r\n\r\n") + 4;

        RawConnection connection(port());
        QVERIFY(connection.send(request.left(headEnd)));
        const QList<RawResponse> interim = parseResponses(connection.read(patience, 1).bytes);
        QCOMPARE(interim.size(), 1);
        QCOMPARE(interim.first().status, 100);
        QVERIFY(interim.first().body.isEmpty());

        QVERIFY(connection.send(request.mid(headEnd)));
        const QList<RawResponse> answers = parseResponses(connection.read(patience, 1).bytes);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
        auto json = CanonicalJson::parse(answers.first().body);
        QVERIFY(json);
        QCOMPARE((*json)[u"receipt"][u"seq"].toInteger(), 3);
        QSqlQuery count(m_backend->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && count.next());
        QCOMPARE(count.value(0).toInt(), 3);
    }

    // Headers that fail a check get the final answer at once and no "100 Continue": the client
    // never sends the body, and the server never waits for it.
    void expectContinueRefusedBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        const QByteArray start = "POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("body over the limit")
            << start + "Expect: 100-continue\r\nContent-Length: 100000000\r\n\r\n"
            << 413;
        QTest::newRow("ambiguous framing") << start
                + "Expect: 100-continue\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           << 400;
        QTest::newRow("two lengths")
            << start + "Expect: 100-continue\r\nContent-Length: 10\r\nContent-Length: 11\r\n\r\n"
            << 400;
        QTest::newRow("unknown expectation")
            << start + "Expect: 200-ok\r\nContent-Length: 10\r\n\r\n"
            << 417;
    }

    void expectContinueRefusedBeforeTheBody()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        start();
        RawConnection connection(port());
        QVERIFY(connection.send(head));
        const RawConnection::Received received = connection.read(patience);
        QVERIFY(received.closed);
        const QList<RawResponse> answers = parseResponses(received.bytes);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, status);
        QCOMPARE(answers.first().contentType, QByteArray("application/problem+json"));
        QSqlQuery count(m_backend->database());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        RawConnection after(port());
        QVERIFY(after.send(healthRequest));
        const QList<RawResponse> health = parseResponses(after.read(patience, 1).bytes);
        QCOMPARE(health.size(), 1);
        QCOMPARE(health.first().status, 200);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerExpectContinue)
#include "tst_serverexpectcontinue.moc"
