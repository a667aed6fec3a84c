#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace hearth {

// The four request headers that carry a device's request signature, parsed and checked for
// shape before any cryptography or database work is done. The names and formats are part of
// the wire protocol (server/PROTOCOL.md, "Request signing") and shared by client and server.
struct AuthHeaders
{
    static constexpr const char *device = "Hearth-Device";
    static constexpr const char *timestamp = "Hearth-Timestamp";
    static constexpr const char *nonce = "Hearth-Nonce";
    static constexpr const char *signature = "Hearth-Signature";

    static constexpr qsizetype minNonceLength = 16;
    static constexpr qsizetype maxNonceLength = 64;

    QString deviceId;
    qint64 unixTime = 0;
    QByteArray nonceText;      // base64url characters, as sent
    QByteArray signatureBytes; // raw 64 bytes

    struct Error
    {
        bool missing = false; // no signature headers at all (not even an attempt)
        QString message;
    };

    // Reads the headers through a case-insensitive lookup that returns an empty array when the
    // header is absent.
    [[nodiscard]] static Expected<AuthHeaders, Error> parse(
        const std::function<QByteArray(QByteArrayView name)> &header);

    static bool isValidNonce(QByteArrayView nonce);
};

} // namespace hearth
