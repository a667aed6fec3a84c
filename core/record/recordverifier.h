#pragma once

#include "common/expected.h"
#include "record/chainstate.h"
#include "record/devicekeypair.h"
#include "record/signedrecord.h"
#include "record/verificationproblem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <optional>

namespace hearth {

// The public key registered for a device id, or nullopt if the device is unknown.
using PublicKeyLookup = std::function<std::optional<SigningPublicKey>(const QString &device)>;

// The one verification routine for signed records, linked by the app, hearthctl and the agency
// server so they cannot disagree. It verifies the bytes exactly as stored: they must already be
// the canonical JSON of the envelope (never re-serialised and then checked), carry a valid
// Ed25519 signature over the signing input, and continue the device's chain. It reports the
// first problem only, with its index and sequence number.
//
// An instance is the incremental form: it keeps the expected next sequence number and prev hash
// so a server can verify each new batch from the state saved after the last accepted one. A
// failed record does not advance the state.
class RecordVerifier
{
public:
    // How far apart a record's id timestamp and its "created" time may be, in milliseconds.
    // Hearth's writer takes "created" from the id, so they are equal; the tolerance leaves room
    // for another implementation that reads its clock twice, and no more.
    static constexpr qint64 idTimeToleranceMs = 1000;

    // With no start state, the first record must be the device's first (seq 1, genesis prev).
    // previousId is the id of the record before start (empty at genesis), so ids keep
    // increasing across batches.
    explicit RecordVerifier(PublicKeyLookup lookup, std::optional<ChainState> start = std::nullopt,
        QString previousId = {});

    [[nodiscard]] Expected<SignedRecord, VerificationProblem> verifyNext(QByteArrayView bytes);
    // The chain checks only, for a record whose envelope was checked by verifyEnvelope (possibly
    // on another thread): this is how a server spreads the signature checks over its cores.
    // Advances the state when the record continues the chain.
    [[nodiscard]] Expected<void, VerificationProblem> continueWith(
        const Expected<SignedRecord, VerificationProblem> &envelopeChecked);

    // The state after the last accepted record (nullopt before the first without a start).
    const std::optional<ChainState> &state() const { return m_state; }

    // One record on its own: canonical form, fields, body, known key, signature, id timestamp
    // against "created". No chain checks. Thread-safe when the lookup is.
    [[nodiscard]] static Expected<SignedRecord, VerificationProblem> verifyEnvelope(
        QByteArrayView bytes, const PublicKeyLookup &lookup);
    // The same for bytes the caller has already parsed with the strict parser into parsed (a
    // server splitting a batch does), so each record is parsed once; the canonical check is
    // still made against the bytes.
    [[nodiscard]] static Expected<SignedRecord, VerificationProblem> verifyEnvelope(
        QByteArrayView bytes, const JsonValue &parsed, const PublicKeyLookup &lookup);

    struct SequenceOptions
    {
        std::optional<ChainState> start;       // continue from a known receipt
        std::optional<qint64> expectedLastSeq; // the device's announced head: detects truncation
    };

    // A whole list from one device, in order. Returns the chain state after the last record.
    [[nodiscard]] static Expected<ChainState, VerificationProblem> verifySequence(
        const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup,
        const SequenceOptions &options);
    [[nodiscard]] static Expected<ChainState, VerificationProblem> verifySequence(
        const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup);

    // A lookup that knows exactly one device and its key.
    static PublicKeyLookup singleDevice(const QString &device, const SigningPublicKey &key);

private:
    PublicKeyLookup m_lookup;
    std::optional<ChainState> m_state;
    QString m_previousId;
    qsizetype m_index = 0;
};

} // namespace hearth
