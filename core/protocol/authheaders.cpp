#include "authheaders.h"

#include "record/envelope.h"

#include <algorithm>

namespace hearth {

namespace {
Unexpected<AuthHeaders::Error> malformed(const QString &message)
{
    return unexpected(AuthHeaders::Error { false, message });
}
} // namespace

bool AuthHeaders::isValidNonce(QByteArrayView nonce)
{
    if (nonce.size() < minNonceLength || nonce.size() > maxNonceLength)
        return false;
    return std::all_of(nonce.begin(), nonce.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
    });
}

Expected<AuthHeaders, AuthHeaders::Error> AuthHeaders::parse(
    const std::function<QByteArray(QByteArrayView name)> &header)
{
    const QByteArray deviceText = header(device);
    const QByteArray timeText = header(timestamp);
    const QByteArray nonceValue = header(nonce);
    const QByteArray signatureText = header(signature);
    if (deviceText.isEmpty() && timeText.isEmpty() && nonceValue.isEmpty()
        && signatureText.isEmpty())
        return unexpected(Error { true, QStringLiteral("this endpoint needs a signed request") });

    AuthHeaders parsed;
    parsed.deviceId = QString::fromLatin1(deviceText);
    if (!Envelope::isValidDeviceId(parsed.deviceId))
        return malformed(QStringLiteral("Hearth-Device must be a device id"));

    if (timeText.isEmpty() || timeText.size() > 12
        || !std::all_of(
            timeText.begin(), timeText.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return malformed(QStringLiteral("Hearth-Timestamp must be Unix seconds (decimal digits)"));
    parsed.unixTime = timeText.toLongLong();

    if (!isValidNonce(nonceValue))
        return malformed(QStringLiteral("Hearth-Nonce must be %1-%2 base64url characters")
                             .arg(minNonceLength)
                             .arg(maxNonceLength));
    parsed.nonceText = nonceValue;

    auto decoded = QByteArray::fromBase64Encoding(
        signatureText, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 64 || decoded.decoded.toBase64() != signatureText)
        return malformed(QStringLiteral("Hearth-Signature must be the padded base64 of 64 bytes"));
    parsed.signatureBytes = decoded.decoded;
    return parsed;
}

} // namespace hearth
