#include "receipt.h"

#include "record/canonicaljson.h"
#include "record/envelope.h"

namespace hearth {

namespace {
Unexpected<JsonError> fail(const QString &member, const QString &message)
{
    return unexpected(JsonError { -1, QStringLiteral("$.") + member, message });
}
} // namespace

QByteArrayView Receipt::domainPrefix()
{
    return "hearth-receipt-v1\n";
}

JsonValue Receipt::toJson(bool withSignature) const
{
    JsonValue json = JsonValue::object({
        { QStringLiteral("chainHash"), chainHash },
        { QStringLiteral("device"), device },
        { QStringLiteral("issued"), issued },
        { QStringLiteral("seq"), seq },
    });
    if (withSignature)
        json.insert(QStringLiteral("sig"), QString::fromLatin1(signature.toBase64()));
    return json;
}

Expected<Receipt, JsonError> Receipt::fromJson(const JsonValue &json)
{
    if (!json.isObject())
        return unexpected(
            JsonError { -1, QStringLiteral("$"), QStringLiteral("receipt must be an object") });
    Receipt receipt;
    if (!json[u"device"].isString() || !Envelope::isValidDeviceId(json[u"device"].toString()))
        return fail(QStringLiteral("device"), QStringLiteral("must be a device id"));
    receipt.device = json[u"device"].toString();
    if (!json[u"seq"].isInteger() || json[u"seq"].toInteger() < 0)
        return fail(QStringLiteral("seq"), QStringLiteral("must be a non-negative integer"));
    receipt.seq = json[u"seq"].toInteger();
    if (!json[u"chainHash"].isString()
        || !Envelope::isValidChainHash(json[u"chainHash"].toString()))
        return fail(QStringLiteral("chainHash"), QStringLiteral("must be 64 lowercase hex digits"));
    receipt.chainHash = json[u"chainHash"].toString();
    if (!json[u"issued"].isString() || !Envelope::isValidCreated(json[u"issued"].toString()))
        return fail(QStringLiteral("issued"), QStringLiteral("must be a UTC time"));
    receipt.issued = json[u"issued"].toString();
    const QByteArray sigText = json[u"sig"].toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        sigText, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!json[u"sig"].isString() || !decoded || decoded.decoded.size() != 64)
        return fail(QStringLiteral("sig"), QStringLiteral("must be the base64 of 64 bytes"));
    receipt.signature = decoded.decoded;
    if (json.size() != 5)
        return unexpected(
            JsonError { -1, QStringLiteral("$"), QStringLiteral("unknown member in receipt") });
    return receipt;
}

QByteArray Receipt::signingInput() const
{
    QByteArray input = domainPrefix().toByteArray();
    // Every member is validated text or an integer, so serialisation cannot fail.
    input += CanonicalJson::serialize(toJson(false)).value();
    return input;
}

void Receipt::sign(const DeviceKeyPair &serverKey)
{
    signature = serverKey.sign(signingInput());
}

bool Receipt::verify(const SigningPublicKey &serverKey) const
{
    return DeviceKeyPair::verify(signingInput(), signature, serverKey);
}

} // namespace hearth
