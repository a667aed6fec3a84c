#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "record/chainstate.h"
#include "record/devicekeypair.h"
#include "record/envelope.h"
#include "record/signedrecord.h"
#include "record/uuidv7generator.h"
#include "record/verificationproblem.h"
#include "vault/recordsummary.h"
#include "vault/vaulterror.h"

#include <QList>

#include <optional>

namespace hearth {

class Database;

// The device's signed records inside the vault: its Ed25519 identity (created once per
// vault, the secret key never leaves the encrypted database except into sodium_malloc'd
// memory while unlocked), and the append-only chain of envelopes. Appending signs, stores
// the exact bytes with their summary for the lists (RecordSummary) and queues them for sync in
// one transaction, reading the chain head inside that transaction, so two finishes at once
// cannot fork the chain. Triggers in the schema refuse UPDATE and DELETE of signed rows.
class RecordStore
{
public:
    RecordStore(Database &db, const Clock &clock = Clock::system());

    // Loads the device identity, creating it on first use.
    [[nodiscard]] Expected<void, VaultError> open();
    bool isOpen() const { return m_key.has_value(); }
    // Wipes the secret key from memory (the vault calls this on lock).
    void close();

    QString deviceId() const { return m_deviceId; }
    SigningPublicKey publicKey() const;
    // The signing key itself, for authenticating requests to the agency (core/sync signs with
    // it, under the request domain prefix). Only while open; never held past close().
    const DeviceKeyPair &deviceKey() const
    {
        Q_ASSERT(m_key);
        return *m_key;
    }

    [[nodiscard]] Expected<SignedRecord, VaultError> append(
        RecordKind kind, const QString &author, const Envelope::PackRef &pack, JsonValue body);
    // Signs and stores every body in one transaction (all or none): imports and benchmarks
    // that add thousands of records, where a commit per record would dominate.
    [[nodiscard]] Expected<qsizetype, VaultError> appendAll(RecordKind kind, const QString &author,
        const Envelope::PackRef &pack, QList<JsonValue> bodies);
    // Signed envelopes with seq > sinceSeq, in order, byte-exact as stored.
    [[nodiscard]] Expected<QList<QByteArray>, VaultError> envelopes(qint64 sinceSeq = 0) const;
    [[nodiscard]] Expected<std::optional<QByteArray>, VaultError> envelope(
        const QString &recordId) const;
    [[nodiscard]] Expected<ChainState, VaultError> head() const;
    // Lists read summaries (RecordSummary), never envelopes: newest first, one page at a time.
    [[nodiscard]] Expected<QList<RecordSummary>, VaultError> summaries(
        RecordKind kind, qsizetype offset, qsizetype limit) const
    {
        return RecordSummary::page(m_db, kind, offset, limit);
    }
    [[nodiscard]] Expected<qint64, VaultError> count(RecordKind kind) const
    {
        return RecordSummary::count(m_db, kind);
    }
    [[nodiscard]] Expected<bool, VaultError> visitSigned(const QString &visitId) const
    {
        return RecordSummary::visitSigned(m_db, visitId);
    }
    // The amendments to one record, so a signed visit finds its corrections without reading
    // every envelope.
    [[nodiscard]] Expected<QStringList, VaultError> amendmentsOf(const QString &recordId) const
    {
        return RecordSummary::amendmentsOf(m_db, recordId);
    }
    // Verifies every stored record with the same code the server uses; the first problem or
    // the chain state after the last record.
    [[nodiscard]] Expected<ChainState, VerificationProblem> verifyAll() const;

private:
    [[nodiscard]] Expected<void, VaultError> createIdentity();
    [[nodiscard]] Expected<SignedRecord, VaultError> appendInTransaction(
        RecordKind kind, const QString &author, const Envelope::PackRef &pack, JsonValue body);

    Database &m_db;
    const Clock &m_clock;
    UuidV7Generator m_ids;
    QString m_deviceId;
    std::optional<DeviceKeyPair> m_key;
};

} // namespace hearth
