#include "enrolrequest.h"

#include "record/canonicaljson.h"
#include "record/envelope.h"

#include <sodium.h>

#include <algorithm>

namespace hearth {

QByteArray EnrolRequest::toJson() const
{
    JsonValue json = JsonValue::object({
        { QStringLiteral("code"), code },
        { QStringLiteral("name"), name },
        { QStringLiteral("publicKey"), DeviceKeyPair::toHex(publicKey) },
    });
    if (!deviceId.isEmpty())
        json.insert(QStringLiteral("deviceId"), deviceId);
    return CanonicalJson::serialize(json).value();
}

QString EnrolRequest::normaliseCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (c == u'-' || c == u' ')
            continue;
        out += c.toUpper();
    }
    return out;
}

Expected<EnrolRequest, QString> EnrolRequest::parse(QByteArrayView body)
{
    auto json = CanonicalJson::parse(body, JsonLimits { 16 * 1024, 8 });
    if (!json)
        return unexpected(QStringLiteral("malformed JSON: %1").arg(json.error().toString()));
    if (!json->isObject())
        return unexpected(QStringLiteral("the body must be a JSON object"));
    EnrolRequest request;
    const JsonValue &code = (*json)[u"code"];
    if (!code.isString() || code.toString().size() > 64 || normaliseCode(code.toString()).isEmpty())
        return unexpected(QStringLiteral("\"code\" must be a string of at most 64 characters"));
    request.code = normaliseCode(code.toString());
    const JsonValue &key = (*json)[u"publicKey"];
    const auto parsedKey
        = key.isString() ? DeviceKeyPair::publicKeyFromHex(key.toString()) : std::nullopt;
    // A key that is not a point of the curve (or is of small order) can never verify anything.
    if (!parsedKey || crypto_core_ed25519_is_valid_point(parsedKey->data()) != 1)
        return unexpected(
            QStringLiteral("\"publicKey\" must be 64 hex digits (an Ed25519 public key)"));
    request.publicKey = *parsedKey;
    const JsonValue &name = (*json)[u"name"];
    const bool nameOk = name.isString() && !name.toString().trimmed().isEmpty()
        && name.toString().size() <= 100
        && std::none_of(name.toString().begin(), name.toString().end(),
            [](QChar c) { return c.unicode() < 0x20; });
    if (!nameOk)
        return unexpected(
            QStringLiteral("\"name\" must be 1-100 characters without control characters"));
    request.name = name.toString();
    if (json->contains(u"deviceId")) {
        const JsonValue &deviceId = (*json)[u"deviceId"];
        // The same rule Envelope applies to the "device" of every record: an id the server
        // accepts here is one the device's signed records can carry.
        if (!deviceId.isString() || !Envelope::isValidDeviceId(deviceId.toString()))
            return unexpected(QStringLiteral("\"deviceId\" must be 1-128 characters of A-Z a-z "
                                             "0-9 . _ : -"));
        request.deviceId = deviceId.toString();
    }
    return request;
}

} // namespace hearth
