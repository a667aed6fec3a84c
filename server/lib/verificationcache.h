#pragma once

#include "record/recordverifier.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace hearth::server {

// Whether a stored envelope's signature verifies, remembered so that the console's child page
// and chronology do not re-check thousands of records (strict parse, canonical form, Ed25519)
// on every view. The answer is exactly what RecordVerifier::verifyEnvelope would give now:
// that check depends only on the envelope's bytes and on the key the lookup returns for the
// device the envelope names, so an entry is found by a BLAKE2b hash of the bytes (a changed byte
// is another entry) and is used only while the lookup still returns the same key for that device
// (a revoked or replaced key checks again). Thread-safe; holds at most `capacity` entries.
class VerificationCache
{
public:
    explicit VerificationCache(qsizetype capacity);

    // The one every console view shares: enough for several children's year of records.
    [[nodiscard]] static VerificationCache &shared();

    [[nodiscard]] bool verifies(QByteArrayView envelope, const PublicKeyLookup &lookup);
    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }

private:
    struct Outcome
    {
        bool ok = false;
        // The device whose key the check asked for (none: it failed before asking) and the key
        // it was given then.
        std::optional<QString> device;
        std::optional<SigningPublicKey> key;
    };

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QHash<QByteArray, Outcome> m_outcomes;
};

} // namespace hearth::server
