// The HTTP limits of hearth-server, each set low on the command line so it can be seen to act:
// read timeouts, connections in total and per client, requests per connection, who may read
// /metrics and what it shows, refused options, and SIGTERM finishing the request in flight.
// Nothing here asserts a duration: the limits are seconds, the clients wait for tens of them.
#include "rawconnection.h"
#include "record/canonicaljson.h"
#include "serverfixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCipher>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <memory>
#include <vector>

using namespace hearth;

namespace {
const QByteArray healthRequest = rawRequest("GET", "/health");
constexpr int patience = 30000; // ms a client waits for what must come
} // namespace

class TestServerLimits : public ServerFixture
{
    Q_OBJECT

    quint16 port() const { return quint16(url({}).port()); }

    void restart(const QStringList &arguments)
    {
        tearDown();
        const QString ready = setUp(arguments);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }

    QByteArray scrape()
    {
        RawConnection connection(port());
        (void)connection.send(rawRequest("GET", "/metrics"));
        const QList<RawResponse> answers = parseResponses(connection.read(patience, 1).bytes);
        return answers.isEmpty() ? QByteArray() : answers.first().body;
    }

    // hearth-server as a child of this test, for what ServerProcess does not show: exit code,
    // process id, the environment it starts in.
    static QUrl startServer(QProcess &server, const TestBackend &backend)
    {
        server.start(QStringLiteral(HEARTH_SERVER),
            backend.storeArguments()
                + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        if (!server.waitForReadyRead(15000))
            return {};
        return QUrl(QString::fromUtf8(server.readLine().trimmed().mid(13)));
    }

    // The soft open-file limit of a running process, from /proc.
    static qint64 softFileLimit(qint64 pid)
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!limits.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max open files"))
                return line.mid(26).simplified().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    void cleanup() { tearDown(); }

    // Started with a low soft limit, the server raises it to the hard one; with a low hard
    // limit it lowers --max-connections to fit and says so.
    void openFileLimit_data()
    {
        QTest::addColumn<bool>("lowHardLimit");
        QTest::newRow("low soft limit") << false;
        QTest::newRow("low hard limit") << true;
    }
    void openFileLimit()
    {
        QFETCH(bool, lowHardLimit);
        rlimit own {};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &own) == 0);
        if (!lowHardLimit && own.rlim_max <= 512)
            QSKIP("the hard open-file limit is too low to show the soft one being raised");
        auto backend = std::make_unique<TestBackend>();
        QVERIFY(backend->create().isEmpty());
        QProcess server;
        server.setChildProcessModifier([lowHardLimit] {
            rlimit files {};
            getrlimit(RLIMIT_NOFILE, &files);
            files.rlim_cur = 512;
            if (lowHardLimit)
                files.rlim_max = 1024;
            setrlimit(RLIMIT_NOFILE, &files);
        });
        QVERIFY(startServer(server, *backend).isValid());
        if (lowHardLimit) {
            QCOMPARE(softFileLimit(server.processId()), 1024);
            const QString log = QString::fromUtf8(server.readAllStandardError());
            QVERIFY2(log.contains(u"--max-connections lowered from 4096 to 960"), qPrintable(log));
        } else {
            QCOMPARE(softFileLimit(server.processId()), qint64(own.rlim_max));
        }
        server.terminate();
        QVERIFY(server.waitForFinished(patience));
        QCOMPARE(server.exitCode(), 0);
    }

    void slowClientsAreCutOff_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("answers"); // answered before the connection is cut
        QTest::newRow("silent connection")
            << QStringList { QStringLiteral("--header-timeout"), QStringLiteral("1") }
            << QByteArray() << 0;
        QTest::newRow("headers never finished")
            << QStringList { QStringLiteral("--header-timeout"), QStringLiteral("1") }
            << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n") << 0;
        QTest::newRow("body stalls")
            << QStringList { QStringLiteral("--body-timeout"), QStringLiteral("1") }
            << QByteArray("POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n"
                          "\r\n{\"code\":")
            << 0;
        QTest::newRow("idle keep-alive connection")
            << QStringList { QStringLiteral("--keepalive-timeout"), QStringLiteral("1") }
            << healthRequest << 1;
    }
    void slowClientsAreCutOff()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, bytes);
        QFETCH(int, answers);
        restart(options);
        RawConnection connection(port());
        QVERIFY(connection.isConnected());
        QVERIFY(connection.send(bytes));
        const RawConnection::Received received = connection.read(patience);
        QVERIFY2(received.closed, "the server must close the connection");
        QCOMPARE(parseResponses(received.bytes).size(), answers);
    }

    void connectionLimits_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("per client")
            << QStringLiteral("--max-connections-per-client") << QByteArray("limit=\"per-client\"");
        QTest::newRow("in total") << QStringLiteral("--max-connections")
                                  << QByteArray("limit=\"total\"");
    }
    void connectionLimits()
    {
        QFETCH(QString, option);
        QFETCH(QByteArray, label);
        restart({ option, QStringLiteral("3") });
        std::vector<std::unique_ptr<RawConnection>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawConnection>(port()));
            QVERIFY(held.back()->send(healthRequest));
            QCOMPARE(parseResponses(held.back()->read(patience, 1).bytes).size(), 1);
        }
        RawConnection fourth(port());
        (void)fourth.send(healthRequest);
        const RawConnection::Received refused = fourth.read(patience);
        QVERIFY(refused.closed);
        QVERIFY(refused.bytes.isEmpty());
        // The held connections still work, and one of them can read the refusal counter.
        QVERIFY(held.front()->send(rawRequest("GET", "/metrics")));
        const QList<RawResponse> metrics = parseResponses(held.front()->read(patience, 1).bytes);
        QCOMPARE(metrics.size(), 1);
        QVERIFY2(
            metrics.first().body.contains("hearth_http_connections_refused_total{" + label + "} 1"),
            metrics.first().body.constData());
    }

    void requestsPerConnection()
    {
        restart({ QStringLiteral("--max-requests-per-connection"), QStringLiteral("2") });
        RawConnection connection(port());
        QVERIFY(connection.send(healthRequest + healthRequest + healthRequest));
        const RawConnection::Received received = connection.read(patience);
        QVERIFY(received.closed);
        const QList<RawResponse> answers = parseResponses(received.bytes);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).status, 200);
        QCOMPARE(answers.at(1).connection, QByteArray("close"));
    }

    void metricsShowRoutesNotClientPaths()
    {
        restart({});
        RawConnection connection(port());
        QVERIFY(connection.send(healthRequest + rawRequest("GET", "/dev-1234/child-9")
            + rawRequest("POST", "/health")));
        QCOMPARE(parseResponses(connection.read(patience, 3).bytes).size(), 3);
        const QByteArray text = scrape();
        QVERIFY2(text.contains("hearth_http_requests_total{route=\"/health\",status=\"200\"} 1\n"),
            text.constData());
        QVERIFY(text.contains("hearth_http_requests_total{route=\"unknown\",status=\"404\"} 1\n"));
        QVERIFY(text.contains("hearth_http_requests_total{route=\"/health\",status=\"405\"} 1\n"));
        QVERIFY(text.contains("hearth_http_request_duration_seconds_count{route=\"/health\"} 2\n"));
        QVERIFY(text.contains("# TYPE hearth_http_connections_open gauge\n"));
        QVERIFY(!text.contains("dev-1234"));
        // Prometheus text format 0.0.4: comments, or a name, optional labels and a number.
        const QRegularExpression sample(QStringLiteral(
            "^(# (HELP|TYPE) .+|[a-z_]+(\\{([a-z_]+=\"[^\"]*\",?)+\\})? -?[0-9.e+-]+)$"));
        for (const QByteArray &line : text.trimmed().split('\n'))
            QVERIFY2(sample.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }

    void metricsReaders_data()
    {
        QTest::addColumn<QString>("allow");
        QTest::addColumn<int>("status");
        QTest::newRow("default: loopback") << QString() << 200;
        QTest::newRow("a subnet with loopback") << QStringLiteral("10.0.0.0/8,127.0.0.0/8") << 200;
        QTest::newRow("a subnet without loopback") << QStringLiteral("10.0.0.0/8") << 404;
        QTest::newRow("an address that is not ours") << QStringLiteral("192.0.2.7") << 404;
        QTest::newRow("nobody") << QStringLiteral("none") << 404;
    }
    void metricsReaders()
    {
        QFETCH(QString, allow);
        QFETCH(int, status);
        restart(allow.isEmpty() ? QStringList()
                                : QStringList { QStringLiteral("--metrics-allow"), allow });
        RawConnection connection(port());
        QVERIFY(connection.send(rawRequest("GET", "/metrics")));
        const QList<RawResponse> answers = parseResponses(connection.read(patience, 1).bytes);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, status);
        QCOMPARE(answers.first().contentType,
            status == 200 ? QByteArray("text/plain; version=0.0.4; charset=utf-8")
                          : QByteArray("application/problem+json"));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("header limit too small")
            << QStringList { QStringLiteral("--header-limit"), QStringLiteral("10") };
        QTest::newRow("zero connections")
            << QStringList { QStringLiteral("--max-connections"), QStringLiteral("0") };
        QTest::newRow("timeout not a number")
            << QStringList { QStringLiteral("--body-timeout"), QStringLiteral("soon") };
        QTest::newRow("metrics reader not an address")
            << QStringList { QStringLiteral("--metrics-allow"), QStringLiteral("prometheus") };
    }
    void badOptionsAreRefused()
    {
        QFETCH(QStringList, options);
        const QString failed = setUp(options);
        QVERIFY2(failed.contains(options.first()), qPrintable(failed));
    }

    // TLS 1.3 when the client has it, 1.2 with a forward-secret AEAD suite when it has not;
    // plain HTTP on the TLS port and TLS clients hanging up mid-request harm nothing.
    void tls()
    {
        QTemporaryDir dir;
        QProcess script;
        script.start(
            QStringLiteral("bash"), { QStringLiteral(HEARTH_DEV_CERTIFICATE), dir.path() });
        QVERIFY(script.waitForFinished(60000));
        QCOMPARE(script.exitCode(), 0);
        restart({ QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.crt")),
            QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key")) });
        auto handshake = [this](QSsl::SslProtocol protocol, QSslSocket &socket) {
            socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the pin is tst_servertls' subject
            socket.setProtocol(protocol);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port());
            return socket.waitForEncrypted(patience);
        };
        QSslSocket preferred;
        QVERIFY(handshake(QSsl::SecureProtocols, preferred));
        QCOMPARE(preferred.sessionProtocol(), QSsl::TlsV1_3);
        QSslSocket older;
        QVERIFY(handshake(QSsl::TlsV1_2, older));
        QCOMPARE(older.sessionProtocol(), QSsl::TlsV1_2);
        QVERIFY(older.sessionCipher().name().startsWith(u"ECDHE"));
        QVERIFY(older.sessionCipher().name().contains(u"GCM")
            || older.sessionCipher().name().contains(u"CHACHA20"));

        RawConnection plain(port());
        (void)plain.send(healthRequest);
        const RawConnection::Received refused = plain.read(patience);
        QVERIFY(refused.closed);
        QVERIFY(!refused.bytes.startsWith("HTTP/"));

        for (int i = 0; i < 200; ++i) {
            QSslSocket client;
            QVERIFY(handshake(QSsl::SecureProtocols, client));
            client.write(healthRequest);
            client.waitForBytesWritten(patience);
            client.abort();
        }
        QSslSocket last;
        QVERIFY(handshake(QSsl::SecureProtocols, last));
        last.write(healthRequest);
        QByteArray answer;
        while (parseResponses(answer).isEmpty() && last.waitForReadyRead(patience))
            answer += last.readAll();
        QCOMPARE(parseResponses(answer).value(0).status, 200);
    }

    // SIGTERM: no new connections, idle ones closed, the request being handled answered, exit 0.
    void sigtermFinishesTheRequestInFlight()
    {
        auto backend = std::make_unique<TestBackend>();
        QVERIFY2(backend->create().isEmpty(), "store");
        QProcess server;
        const QUrl base = startServer(server, *backend);
        QVERIFY(base.isValid());
        const quint16 serverPort = quint16(base.port());

        RawConnection idle(serverPort);
        QVERIFY(idle.send(healthRequest));
        QCOMPARE(parseResponses(idle.read(patience, 1).bytes).size(), 1);

        // An enrolled device: its signed request writes a nonce, which the lock below holds up.
        const AdminResult code = runAdmin(backend->storeArguments(),
            { QStringLiteral("enrol-code"), QStringLiteral("--practitioner"),
                QStringLiteral("hv-0042"), QStringLiteral("--json") });
        auto codeJson = CanonicalJson::parse(code.out.trimmed());
        QVERIFY(codeJson);
        TestDevice device;
        QCOMPARE(device
                     .enrol(QUrl(base.toString() + QStringLiteral("/v1/enrol")),
                         (*codeJson)[u"code"].toString())
                     .status,
            201);
        // Hold the store so the next request stays in its handler until released.
        QSqlDatabase store = backend->database();
        QSqlQuery lock(store);
        if (TestBackend::selected() == TestBackend::Kind::Sqlite) {
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        } else {
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY(
                lock.exec(QStringLiteral("LOCK TABLE request_nonces IN ACCESS EXCLUSIVE MODE")));
        }
        RawConnection inFlight(serverPort);
        QVERIFY(inFlight.send(healthRequest));
        QCOMPARE(parseResponses(inFlight.read(patience, 1).bytes).size(), 1);
        QVERIFY(inFlight.send(rawRequest("GET", "/v1/version",
            device.signedHeaders(
                "GET", QUrl(base.toString() + QStringLiteral("/v1/version")), {}))));
        while (inFlight.unacknowledged() > 0)
            QTest::qWait(10);
        QTest::qWait(300); // the server has the bytes; give it a moment to hand them over

        server.terminate();
        // Idle connections are closed and no new one is accepted...
        QVERIFY(idle.read(patience).closed);
        bool refused = false;
        for (int attempt = 0; attempt < 300 && !refused; ++attempt) {
            refused = !RawConnection(serverPort).isConnected();
            if (!refused)
                QTest::qWait(100);
        }
        QVERIFY(refused);
        QCOMPARE(server.state(), QProcess::Running);
        // ...and the request in flight is answered once the store lets it finish.
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        const RawConnection::Received answer = inFlight.read(patience);
        const QList<RawResponse> answers = parseResponses(answer.bytes);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
        QCOMPARE(answers.first().connection, QByteArray("close"));
        QVERIFY(server.waitForFinished(patience));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
