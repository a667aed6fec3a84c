#include "recordsigner.h"

#include "record/canonicaljson.h"
#include "record/recordchain.h"

namespace hearth {

QByteArrayView RecordSigner::domainPrefix()
{
    return QByteArrayView("hearth-record-v1\n");
}

Expected<QByteArray, JsonError> RecordSigner::signingInput(const Envelope &envelope)
{
    auto canonical = CanonicalJson::serialize(envelope.toJson(false));
    if (!canonical)
        return canonical;
    QByteArray input;
    input.reserve(domainPrefix().size() + canonical->size());
    input += domainPrefix();
    input += *canonical;
    return input;
}

Expected<SignedRecord, JsonError> RecordSigner::sign(Envelope envelope, const DeviceKeyPair &key)
{
    if (auto ok = envelope.validate(); !ok)
        return unexpected(ok.error());
    // Text must be normalised where it is entered; normalising here would sign something
    // other than what the caller stores and shows, so refuse instead.
    const JsonValue unsignedJson = envelope.toJson(false);
    if (!CanonicalJson::isNormalized(unsignedJson))
        return unexpected(JsonError { -1, QStringLiteral("$"),
            QStringLiteral("text is not in Unicode NFC; normalise it where it is "
                           "entered (CanonicalJson::normalizeText)") });
    auto input = signingInput(envelope);
    if (!input)
        return unexpected(input.error());
    envelope.signature = key.sign(*input);
    auto bytes = CanonicalJson::serialize(envelope.toJson(true));
    if (!bytes)
        return unexpected(bytes.error());
    QString chainHash = RecordChain::linkHash(*input, envelope.signature);
    return SignedRecord { std::move(envelope), std::move(bytes).value(), std::move(input).value(),
        std::move(chainHash) };
}

} // namespace hearth
