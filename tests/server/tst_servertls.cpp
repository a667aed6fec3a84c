// hearth-server over HTTPS with the certificate from server/scripts/dev-certificate, reached
// by a Qt client that pins the key the way the app does (SHA-256 of the leaf certificate's
// SubjectPublicKeyInfo, CA errors ignored only when that pin matches). Proves Qt's TLS backend
// is there at run time, that the certificate names 127.0.0.1 and localhost, and that the pin
// the script prints is the one Qt computes.
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace hearth;

namespace {
QString pinOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
            .toHex());
}

struct PinnedReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;
    QString peerPin;
    QByteArray body;
};

// GET over HTTPS accepting the server only if its key has the pin.
PinnedReply pinnedGet(QNetworkAccessManager &network, const QUrl &url, const QString &pin)
{
    PinnedReply result;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            result.sslErrors.append(error.error());
        result.peerPin = pinOf(reply->sslConfiguration().peerCertificate());
        if (result.peerPin == pin)
            reply->ignoreSslErrors(errors);
    });
    // A CA-trusted certificate raises no sslErrors: the pin is checked here as well.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&] {
        result.peerPin = pinOf(reply->sslConfiguration().peerCertificate());
        if (result.peerPin != pin)
            reply->abort();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}
} // namespace

class TestServerTls : public ServerFixture
{
    Q_OBJECT

    QTemporaryDir m_tls;
    QString m_pin; // what dev-certificate printed
    QString m_fingerprint;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(),
            "Qt has no TLS backend at run time (libqt6network6's plugins/tls and libssl3)");
        QVERIFY(m_tls.isValid());
        QProcess script;
        script.start(
            QStringLiteral("bash"), { QStringLiteral(HEARTH_DEV_CERTIFICATE), m_tls.path() });
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        for (const QByteArray &line : script.readAllStandardOutput().split('\n')) {
            if (line.startsWith("spki-sha256: "))
                m_pin = QString::fromLatin1(line.mid(13));
            if (line.startsWith("fingerprint: "))
                m_fingerprint = QString::fromLatin1(line.mid(13));
        }
        QCOMPARE(m_pin.size(), 64);
        QCOMPARE(m_fingerprint.size(), 32 * 3 - 1);
    }

    void init()
    {
        const QString ready
            = setUp({ QStringLiteral("--tls-cert"), m_tls.filePath(QStringLiteral("server.crt")),
                QStringLiteral("--tls-key"), m_tls.filePath(QStringLiteral("server.key")) });
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QCOMPARE(url(QStringLiteral("/health")).scheme(), QStringLiteral("https"));
    }
    void cleanup() { tearDown(); }

    void printedPinIsTheCertificatesKey()
    {
        const auto certificates
            = QSslCertificate::fromPath(m_tls.filePath(QStringLiteral("server.crt")), QSsl::Pem);
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(pinOf(certificates.first()), m_pin);
        // The grouped form the tablet shows is the same digest.
        QCOMPARE(m_fingerprint.remove(u':').toLower(), m_pin);
    }

    void healthOverHttpsWithThePin_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("localhost");
    }
    void healthOverHttpsWithThePin()
    {
        QFETCH(QString, host);
        QUrl health = url(QStringLiteral("/health"));
        health.setHost(host);
        QNetworkAccessManager network;
        const PinnedReply reply = pinnedGet(network, health, m_pin);
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray(R"({"status":"ok"})"));
        QCOMPARE(reply.peerPin, m_pin);
        // Self-signed is the only complaint: the name matches (subjectAltName) and it is valid.
        QCOMPARE(reply.sslErrors, QList<QSslError::SslError> { QSslError::SelfSignedCertificate });
    }

    void wrongPinIsRefused()
    {
        QString otherPin = m_pin;
        otherPin[0] = otherPin[0] == u'0' ? u'1' : u'0';
        QNetworkAccessManager network;
        const PinnedReply reply = pinnedGet(network, url(QStringLiteral("/health")), otherPin);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.peerPin, m_pin);
    }

    void plainHttpIsNotServed()
    {
        QUrl plain = url(QStringLiteral("/health"));
        plain.setScheme(QStringLiteral("http"));
        QNetworkAccessManager network;
        const Reply reply = HttpClient::send(network, "GET", plain);
        QVERIFY(reply.status != 200);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerTls)
#include "tst_servertls.moc"
