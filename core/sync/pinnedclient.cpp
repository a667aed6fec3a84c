#include "sync/pinnedclient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

namespace hearth {

PinnedClient::PinnedClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

PinnedClient::~PinnedClient()
{
    abort();
}

QString PinnedClient::pinOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}

bool PinnedClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void PinnedClient::send(const QByteArray &method, const QUrl &url, const QString &pinHex,
    const QList<Header> &headers, const QByteArray &body, Done done)
{
    abort();
    m_pin = pinHex;
    m_presentedPin.clear();
    m_pinMismatch = false;
    m_done = std::move(done);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // Only the exact request goes to the exact server: a redirect could lead elsewhere, and
    // nothing from a health service may sit in an HTTP cache or a cookie jar.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    const bool secure = url.scheme() == QLatin1String("https");
    // An https server with no pin, or plain http off this machine, is never talked to; the
    // callers check first, this is the last line.
    if ((secure && m_pin.isEmpty()) || (!secure && !isLoopback(url))) {
        HttpOutcome refused;
        refused.failure = HttpOutcome::Failure::Tls;
        refused.error = QStringLiteral("refusing an unpinned connection to %1")
                            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        QMetaObject::invokeMethod(
            this,
            [this, refused] {
                if (Done callback = std::exchange(m_done, {}))
                    callback(refused);
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    m_reply = reply;
    if (secure) {
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &e) {
            if (reply != m_reply)
                return;
            // CA and host name errors are expected for an agency's own certificate; the pin
            // is what this connection is trusted on.
            if (checkPin())
                reply->ignoreSslErrors(e);
        });
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (reply == m_reply && !checkPin())
                reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, &PinnedClient::finish);
}

bool PinnedClient::checkPin()
{
    const QString presented = pinOf(m_reply->sslConfiguration().peerCertificate());
    if (!presented.isEmpty())
        m_presentedPin = presented;
    if (presented.isEmpty() || presented != m_pin) {
        m_pinMismatch = true;
        return false;
    }
    return true;
}

void PinnedClient::finish()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply.clear();
    reply->deleteLater();

    HttpOutcome outcome;
    const bool secure = reply->url().scheme() == QLatin1String("https");
    // A reused connection does not repeat the handshake signals: the answer is trusted only if
    // the connection it came on presents the pin.
    if (secure && !m_pinMismatch && reply->error() == QNetworkReply::NoError) {
        m_reply = reply;
        checkPin();
        m_reply.clear();
    }
    if (m_pinMismatch) {
        outcome.failure = HttpOutcome::Failure::PinMismatch;
        outcome.presentedPin = m_presentedPin;
    } else {
        const QNetworkReply::NetworkError error = reply->error();
        // Codes below 200 are transport and proxy failures (an answer cut off half-way among
        // them); from 200 on, Qt is only naming an HTTP status, which is read as such.
        if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) {
            switch (error) {
            case QNetworkReply::OperationCanceledError: // only the transfer timeout cancels
            case QNetworkReply::TimeoutError:
                outcome.failure = HttpOutcome::Failure::Timeout;
                break;
            case QNetworkReply::SslHandshakeFailedError:
                outcome.failure = HttpOutcome::Failure::Tls;
                break;
            default:
                outcome.failure = HttpOutcome::Failure::Network;
                break;
            }
        } else if (const QVariant status
                   = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                   !status.isValid()) {
            outcome.failure = HttpOutcome::Failure::Network; // not HTTP at all
        } else {
            outcome.status = status.toInt();
            outcome.body = reply->readAll();
            outcome.contentType = reply->rawHeader("Content-Type");
            outcome.retryAfter = reply->rawHeader("Retry-After");
        }
        outcome.error = reply->errorString();
    }
    if (Done callback = std::exchange(m_done, {}))
        callback(outcome);
}

void PinnedClient::abort()
{
    m_done = {};
    if (QNetworkReply *reply = m_reply) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace hearth
