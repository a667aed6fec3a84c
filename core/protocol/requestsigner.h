#pragma once

#include "record/devicekeypair.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace hearth {

// The client half of request authentication, and the one definition of the bytes a request
// signature covers. The device links it to sign its requests; the server links it to rebuild
// the same bytes, so the two cannot drift apart. See server/PROTOCOL.md, "Request signing".
class RequestSigner
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    // "hearth-request-v1\n": keeps a request signature from being valid as a record signature
    // (records use "hearth-record-v1\n") or anything else the device key signs.
    static QByteArrayView domainPrefix();

    // Lowercase hex SHA-256 of the body (of the empty string for GET).
    static QByteArray bodyHash(QByteArrayView body);

    // prefix, then METHOD, target (path and query exactly as in the request line), Unix
    // seconds, nonce, device id and body hash, separated by "\n", no trailing newline.
    static QByteArray signingInput(QByteArrayView method, QByteArrayView target, qint64 unixTime,
        QByteArrayView nonce, const QString &device, QByteArrayView body);

    // 16 random bytes as unpadded base64url (22 characters).
    static QByteArray newNonce();

    // The four Hearth-* headers for one request. Pass a fresh nonce per request (empty: one is
    // made here); "now" is the device's clock, which must be within the server's skew window.
    static QList<Header> authHeaders(const DeviceKeyPair &key, const QString &device,
        QByteArrayView method, QByteArrayView target, QByteArrayView body, const QDateTime &now,
        QByteArray nonce = {});
};

} // namespace hearth
