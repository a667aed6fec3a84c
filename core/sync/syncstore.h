#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "record/devicekeypair.h"
#include "sync/synctypes.h"
#include "vault/vaulterror.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hearth {

class Database;
struct Receipt;

// The enrolment as kept in the vault: what the app shows plus the key receipts are checked with.
struct StoredEnrolment
{
    EnrolmentInfo info;
    SigningPublicKey serverKey {};
};

// One signed record as it is sent: its sequence number and the exact stored bytes.
struct OutgoingRecord
{
    qint64 seq = 0;
    QByteArray envelope;
};

// The sync tables of the vault (migration 6) and the outbox of migration 4, so the sync engine
// has no SQL of its own. Every change that must hold together (a receipt and the outbox rows
// it covers; an attempt and the trimming of old ones) is one transaction.
class SyncStore
{
public:
    static constexpr int historyKept = 200;

    explicit SyncStore(Database &db, const Clock &clock = Clock::system());

    [[nodiscard]] Expected<std::optional<StoredEnrolment>, VaultError> enrolment() const;
    // Refuses (AlreadyExists) when this vault is already enrolled.
    [[nodiscard]] Expected<void, VaultError> saveEnrolment(const StoredEnrolment &enrolment);
    [[nodiscard]] Expected<void, VaultError> markRevoked();

    // Signed records not yet covered by a verified receipt.
    [[nodiscard]] Expected<qint64, VaultError> waitingCount() const;
    [[nodiscard]] Expected<std::optional<qint64>, VaultError> firstWaitingSeq() const;
    // Signed records after `seq`, in order, at most `limit` (from signed_record, not the outbox:
    // after a server restored from backup asks for records already acknowledged, they are sent
    // again from the copies the device keeps).
    [[nodiscard]] Expected<QList<OutgoingRecord>, VaultError> recordsAfter(
        qint64 seq, int limit) const;
    // The chain hash after record `seq` on this device (the genesis hash for 0); nullopt when
    // the device has no such record.
    [[nodiscard]] Expected<std::optional<QString>, VaultError> chainHashAt(qint64 seq) const;
    // Keeps a verified receipt and removes the outbox rows it covers, in one transaction;
    // returns how many rows left the outbox.
    [[nodiscard]] Expected<int, VaultError> acknowledge(const Receipt &receipt);
    [[nodiscard]] Expected<std::optional<qint64>, VaultError> lastReceiptSeq() const;
    // Counts a refusal of one record and keeps the reason beside it in the outbox.
    [[nodiscard]] Expected<void, VaultError> noteRejection(qint64 seq, const QString &reason);

    // Stores the attempt (setting its id) and keeps only the newest historyKept.
    [[nodiscard]] Expected<void, VaultError> recordAttempt(SyncAttempt &attempt);
    [[nodiscard]] Expected<QList<SyncAttempt>, VaultError> history(int limit) const;
    [[nodiscard]] Expected<std::optional<QDateTime>, VaultError> lastSuccessUtc() const;

    // The caseload download's position ("0" before the first page).
    [[nodiscard]] Expected<QString, VaultError> caseloadCursor() const;
    // Without a transaction of its own: called inside the one that stores the page.
    [[nodiscard]] Expected<void, VaultError> writeCaseloadCursor(const QString &cursor);

    // Photographs the agency server has confirmed it holds (PUT /v1/attachments answered), kept
    // as sync_state rows named "photo:<hash>" so a sync cut off between a visit's photos and its
    // record resumes without sending again what was accepted. No migration: sync_state is the
    // sync's own name/value bookkeeping.
    [[nodiscard]] Expected<QSet<QString>, VaultError> acceptedPhotos(
        const QStringList &hashes) const;
    [[nodiscard]] Expected<void, VaultError> markPhotoAccepted(const QString &hash);
    // After the server said it lacks them (its store restored from a backup, or an upload it
    // removed unreferenced): they are sent again.
    [[nodiscard]] Expected<void, VaultError> forgetPhotosAccepted(const QStringList &hashes);

private:
    QString now() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
