#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"
#include "record/recordkind.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hearth {

// One signed record as fields: what the device says happened (kind, body), who said it
// (device, author), where it sits in the device's chain (seq, prev) and the signature over all
// of it. It exists so that building, signing and checking records work on named, validated
// fields while the canonical JSON bytes stay the only thing that is signed and stored.
// docs/record-format.md describes every field.
class Envelope
{
public:
    static constexpr qint64 currentVersion = 1;
    static constexpr qsizetype signatureBytes = 64;

    struct PackRef
    {
        QString id;
        QString version;
        friend bool operator==(const PackRef &, const PackRef &) = default;
    };

    qint64 version = currentVersion;
    QString id; // UUIDv7, lowercase
    RecordKind kind = RecordKind::Visit;
    QString device;
    QString author;
    qint64 seq = 0;  // 1 for the device's first record
    QString prev;    // chain hash of the previous record, 64 lowercase hex digits
    QString created; // UTC, "2024-05-14T09:30:00.000Z"
    PackRef pack;
    JsonValue body = JsonValue::object();
    QByteArray signature; // raw 64 bytes; empty while unsigned

    // The envelope as JSON; without the signature it is exactly what gets signed.
    JsonValue toJson(bool withSignature) const;

    // Reads and validates a signed envelope: exactly the known members with the right types,
    // valid values and a body valid for its kind.
    [[nodiscard]] static Expected<Envelope, JsonError> fromJson(const JsonValue &json);

    // Checks every field except the signature; used before signing.
    [[nodiscard]] Expected<void, JsonError> validate() const;

    // "created" text for a time: UTC with millisecond precision and a Z suffix.
    static QString formatCreated(const QDateTime &time);
    static bool isValidCreated(const QString &text);
    static bool isValidDeviceId(const QString &text);
    static bool isValidChainHash(const QString &text);

    friend bool operator==(const Envelope &, const Envelope &) = default;
};

} // namespace hearth
