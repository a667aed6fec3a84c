#pragma once

#include "common/expected.h"
#include "record/devicekeypair.h"
#include "record/envelope.h"
#include "record/jsonerror.h"
#include "record/signedrecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace hearth {

// Turns a complete envelope into signed, canonical bytes, and defines the exact byte string
// that an Ed25519 signature covers. The domain prefix keeps a Hearth record signature from
// being valid for any other message the same key might sign (and vice versa).
class RecordSigner
{
public:
    // "hearth-record-v1\n"
    static QByteArrayView domainPrefix();

    // domainPrefix() followed by the canonical JSON of the envelope without "sig".
    [[nodiscard]] static Expected<QByteArray, JsonError> signingInput(const Envelope &envelope);

    // Validates the envelope (fields, body for its kind, all text in NFC), signs it and returns
    // the stored form: the canonical JSON of the envelope including "sig". The envelope's
    // signature member is ignored and replaced.
    [[nodiscard]] static Expected<SignedRecord, JsonError> sign(
        Envelope envelope, const DeviceKeyPair &key);
};

} // namespace hearth
