#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace hearth::server {

// One stored record: the envelope bytes exactly as the device sent them, plus the columns
// that make them findable and keep them unique (device and id; device and sequence number).
// Ids are unique per device only: a record is named by (device, id), so no upload can ever
// collide with, shadow or block another device's records.
struct StoredRecord
{
    QString id;
    QString device;
    qint64 seq = 0;
    QString chainHash;
    QByteArray envelope;
};

// SQL for the records table.
class RecordRepository
{
public:
    explicit RecordRepository(const Database &database)
        : m_database(database)
    { }

    // The stored bytes of whichever of these ids this device has stored.
    [[nodiscard]] Expected<QHash<QString, QByteArray>, StoreError> existing(
        const QString &device, const QList<QString> &ids) const;
    // All in the caller's transaction: on PostgreSQL one binary COPY.
    [[nodiscard]] Expected<void, StoreError> insert(
        const QList<StoredRecord> &records, const QString &receivedAt) const;
    // Every record (of one device, or of all when device is empty) in device, sequence order;
    // the callback returns false to stop.
    [[nodiscard]] Expected<void, StoreError> forEach(
        const QString &device, const std::function<bool(const StoredRecord &)> &visit) const;
    // One device's records after sequence number `after`, in sequence order (what a chain added
    // since its head was `after`).
    [[nodiscard]] Expected<void, StoreError> forEachAfter(const QString &device, qint64 after,
        const std::function<bool(const StoredRecord &)> &visit) const;
    [[nodiscard]] Expected<qint64, StoreError> count() const;

private:
    const Database &m_database;
};

} // namespace hearth::server
