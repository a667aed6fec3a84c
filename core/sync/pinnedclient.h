#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;

class QSslCertificate;

namespace hearth {

// What one HTTP exchange came to, in the terms sync decides on.
struct HttpOutcome
{
    enum class Failure
    {
        None,        // an HTTP answer arrived (any status)
        Network,     // refused, reset, unreachable, DNS...
        Timeout,     // no progress for the transfer timeout
        PinMismatch, // the server presented a key other than the pinned one
        Tls,         // the TLS handshake failed for another reason
    };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QString error;        // technical text for support logs
    QString presentedPin; // with PinMismatch: what the server presented
};

// HTTP to the agency server with its certificate pinned: a connection is used only when the
// leaf certificate's public key hashes to the pin, whatever the system's CAs say (CA errors
// are ignored only then; a CA-trusted certificate with another key is refused). http:// is
// used only for loopback servers, where the pin is empty. Redirects, caches and cookies are
// off: nothing but the exact request goes out. One request at a time.
class PinnedClient : public QObject
{
    Q_OBJECT
public:
    using Header = std::pair<QByteArray, QByteArray>;
    using Done = std::function<void(const HttpOutcome &)>;

    explicit PinnedClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~PinnedClient() override;

    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    bool isBusy() const { return m_reply; }

    // `done` runs once, from the event loop, unless abort() comes first.
    void send(const QByteArray &method, const QUrl &url, const QString &pinHex,
        const QList<Header> &headers, const QByteArray &body, Done done);
    // Drops the request in flight without calling its `done`.
    void abort();

    // Lowercase hex SHA-256 of the certificate's SubjectPublicKeyInfo (DER); empty if none.
    static QString pinOf(const QSslCertificate &certificate);
    static bool isLoopback(const QUrl &url);

private:
    void finish();
    bool checkPin();

    QNetworkAccessManager &m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_pin;
    QString m_presentedPin;
    bool m_pinMismatch = false;
    Done m_done;
    int m_timeoutMs = 30000;
};

} // namespace hearth
