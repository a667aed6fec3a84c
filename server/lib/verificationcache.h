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
    // A record arriving: RecordVerifier's full answer, remembered when it verifies, so that the
    // console's first view of a record it has just received is as cheap as the next.
    [[nodiscard]] Expected<SignedRecord, VerificationProblem> check(
        QByteArrayView envelope, const JsonValue &parsed, const PublicKeyLookup &lookup);
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

    // The lookup the check is given: it notes which device's key was asked for and the answer.
    static PublicKeyLookup recordingInto(Outcome &outcome, const PublicKeyLookup &lookup);
    void remember(const QByteArray &hash, const Outcome &outcome);

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QHash<QByteArray, Outcome> m_outcomes;
};

} // namespace hearth::server
