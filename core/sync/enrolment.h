#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "sync/synctypes.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace hearth {

class Vault;
class PinnedClient;
struct HttpOutcome;

// First contact with an agency server and enrolment of this device, from the app or hearthctl.
// Two steps so a practitioner can confirm the certificate fingerprint before anything is sent:
// probe() looks at the server's certificate (the only time CA errors are ignored, and nothing
// but a version request is sent), enrol() then talks only to a server presenting that pin.
// One operation at a time; a second call while one is running fails at once.
class Enrolment : public QObject
{
    Q_OBJECT
public:
    Enrolment(Vault &vault, QNetworkAccessManager &network, const Clock &clock,
        QObject *parent = nullptr);
    ~Enrolment() override;

    // "hearth-enrol:v1?server=https%3A%2F%2F...&code=7KQ2-..." (the QR text payload).
    [[nodiscard]] static Expected<std::pair<QUrl, QString>, QString> parsePayload(
        const QString &text);
    // "AB:CD:..." groups of the lowercase hex pin, for people to compare.
    static QString formatFingerprint(const QString &pinHex);
    // Accepts a pin as typed (any case, with or without ':' or spaces); empty on bad input.
    static QString normalisePin(const QString &text);
    // https:// anywhere, http:// only on a loopback host; a message says why not.
    [[nodiscard]] static Expected<QUrl, QString> checkServerUrl(const QUrl &server);

    bool isBusy() const;
    // Milliseconds before a request with no progress is abandoned (default 30 s).
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    void probe(const QUrl &server); // -> probed(pinHex) or failed(message)
    void enrol(const QUrl &server, const QString &code, const QString &deviceName,
        const QString &pinHex); // -> enrolled(EnrolmentInfo) or failed(message)
    void cancel();

Q_SIGNALS:
    void probed(const QString &pinHex);
    void enrolled(const hearth::EnrolmentInfo &info);
    void failed(const QString &message);

private:
    void finishEnrol(const HttpOutcome &outcome, const QUrl &server, const QString &pin,
        const QString &deviceId);
    void fail(const QString &message);

    Vault &m_vault;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    std::unique_ptr<PinnedClient> m_client;
    QPointer<QNetworkReply> m_probeReply;
    QString m_probedPin;
    int m_transferTimeoutMs = 30000;
};

} // namespace hearth
