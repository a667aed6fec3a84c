#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth::server {

// An enrolled device as the server knows it: its key, the practitioner it belongs to, whether
// it is revoked, and the head of its chain as stored (the state the next batch continues from).
struct DeviceRow
{
    QString id;
    QString publicKeyHex;
    QString name;
    QString practitionerId;
    QString enrolledAt;
    QString revokedAt; // empty while active
    QString revokeReason;
    qint64 headSeq = 0;
    QString headHash;
    QString headId; // id of the record at headSeq; empty before the first
    QString lastSeen;
    qint64 recordCount = 0; // filled by list() only
    // Records the tablet last said it held unaccepted, after that request's own were stored,
    // and when; filled by list() only, nullopt until a tablet that reports it syncs.
    std::optional<qint64> waiting;
    QString waitingReportedAt;

    bool isRevoked() const { return !revokedAt.isEmpty(); }
};

// SQL for the devices table, and nothing else.
class DeviceRepository
{
public:
    explicit DeviceRepository(const Database &database)
        : m_database(database)
    { }

    // forUpdate locks the row until the transaction ends (PostgreSQL; SQLite's BEGIN IMMEDIATE
    // already holds the write lock), so two batches of one device cannot interleave, even when
    // they arrive at two servers sharing the database.
    [[nodiscard]] Expected<std::optional<DeviceRow>, StoreError> find(
        const QString &id, bool forUpdate = false) const;
    [[nodiscard]] Expected<bool, StoreError> publicKeyInUse(const QString &publicKeyHex) const;
    [[nodiscard]] Expected<void, StoreError> insert(const DeviceRow &device) const;
    [[nodiscard]] Expected<void, StoreError> updateHead(const QString &id, qint64 seq,
        const QString &hash, const QString &recordId, const QString &lastSeen) const;
    [[nodiscard]] Expected<void, StoreError> reportWaiting(
        const QString &id, qint64 waiting, const QString &reportedAt) const;
    // False when there is no such device.
    [[nodiscard]] Expected<bool, StoreError> revoke(
        const QString &id, const QString &reason, const QString &now) const;
    [[nodiscard]] Expected<QList<DeviceRow>, StoreError> list() const;

private:
    const Database &m_database;
};

} // namespace hearth::server
