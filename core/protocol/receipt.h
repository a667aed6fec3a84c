#pragma once

#include "common/expected.h"
#include "record/devicekeypair.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QString>

namespace hearth {

// The server's signed acknowledgement of how far a device's chain is safely stored: device id,
// highest stored sequence number and that record's chain hash. The device keeps receipts as
// proof of delivery and may drop its local copies up to the receipt; the server signs with its
// own Ed25519 key, whose public half the device got at enrolment.
struct Receipt
{
    QString device;
    qint64 seq = 0;       // 0 when nothing is stored yet
    QString chainHash;    // genesis hash when seq is 0
    QString issued;       // UTC, same spelling as a record's "created"
    QByteArray signature; // raw 64 bytes

    // "hearth-receipt-v1\n"
    static QByteArrayView domainPrefix();

    JsonValue toJson(bool withSignature) const;
    [[nodiscard]] static Expected<Receipt, JsonError> fromJson(const JsonValue &json);

    // domainPrefix() followed by the canonical JSON of the receipt without "sig".
    QByteArray signingInput() const;
    void sign(const DeviceKeyPair &serverKey);
    bool verify(const SigningPublicKey &serverKey) const;
};

} // namespace hearth
