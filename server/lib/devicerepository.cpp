#include "devicerepository.h"

#include "pgconnection.h"

#include <QSqlQuery>

namespace hearth::server {

namespace {
const QString columns
    = QStringLiteral("id, public_key, name, practitioner_id, enrolled_at, "
                     "revoked_at, revoke_reason, head_seq, head_hash, last_seen, head_id");

// Reads the columns above, in that order, through accessors for text and integer columns.
template<typename Text, typename Integer>
DeviceRow readRow(const Text &text, const Integer &integer)
{
    DeviceRow row;
    row.id = text(0);
    row.publicKeyHex = text(1);
    row.name = text(2);
    row.practitionerId = text(3);
    row.enrolledAt = text(4);
    row.revokedAt = text(5);
    row.revokeReason = text(6);
    row.headSeq = integer(7);
    row.headHash = text(8);
    row.lastSeen = text(9);
    row.headId = text(10);
    return row;
}

DeviceRow readRow(const QSqlQuery &query)
{
    return readRow([&query](int column) { return query.value(column).toString(); },
        [&query](int column) { return query.value(column).toLongLong(); });
}

// Every authenticated request reads its device row, and every batch locks it: on PostgreSQL as
// statements prepared once per connection (see PgConnection).
Expected<std::optional<DeviceRow>, StoreError> findOnPostgres(
    const Database &database, const QString &id, bool forUpdate)
{
    // Text in PostgreSQL cannot hold U+0000, so no device has such an id; sent as a C string
    // it would be cut short and could name another.
    if (id.contains(QChar(0)))
        return std::optional<DeviceRow>();
    auto connection = PgConnection::of(database);
    if (!connection)
        return unexpected(connection.error());
    static const QByteArray select
        = QStringLiteral("SELECT %1 FROM devices WHERE id = $1").arg(columns).toUtf8();
    static const QByteArray locking = select + " FOR UPDATE";
    auto rows = forUpdate
        ? connection->execPrepared("hearth_device_locked", locking.constData(), { id.toUtf8() })
        : connection->execPrepared("hearth_device", select.constData(), { id.toUtf8() });
    if (!rows)
        return unexpected(rows.error());
    if (PgConnection::rowCount(*rows) == 0)
        return std::optional<DeviceRow>();
    return std::optional<DeviceRow>(readRow(
        [&rows](int column) { return QString::fromUtf8(PgConnection::value(*rows, 0, column)); },
        [&rows](int column) { return PgConnection::int64(*rows, 0, column); }));
}
} // namespace

Expected<std::optional<DeviceRow>, StoreError> DeviceRepository::find(
    const QString &id, bool forUpdate) const
{
    if (m_database.isPostgres())
        return findOnPostgres(m_database, id, forUpdate);
    QString sql = QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(columns);
    if (forUpdate && m_database.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    auto query = m_database.exec(sql, { id });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<DeviceRow>();
    return std::optional<DeviceRow>(readRow(*query));
}

Expected<bool, StoreError> DeviceRepository::publicKeyInUse(const QString &publicKeyHex) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT 1 FROM devices WHERE public_key = ?"), { publicKeyHex });
    if (!query)
        return unexpected(query.error());
    return query->next();
}

Expected<void, StoreError> DeviceRepository::insert(const DeviceRow &device) const
{
    auto query = m_database.exec(QStringLiteral("INSERT INTO devices (id, public_key, name, "
                                                "practitioner_id, enrolled_at, head_seq, head_hash)"
                                                " VALUES (?, ?, ?, ?, ?, 0, ?)"),
        { device.id, device.publicKeyHex, device.name, device.practitionerId, device.enrolledAt,
            device.headHash });
    if (!query)
        return unexpected(query.error());
    return {};
}

Expected<void, StoreError> DeviceRepository::updateHead(const QString &id, qint64 seq,
    const QString &hash, const QString &recordId, const QString &lastSeen) const
{
    if (m_database.isPostgres()) {
        auto connection = PgConnection::of(m_database);
        if (!connection)
            return unexpected(connection.error());
        auto updated = connection->execPrepared("hearth_device_head",
            "UPDATE devices SET head_seq = $1, head_hash = $2, head_id = $3, last_seen = $4"
            " WHERE id = $5",
            { QByteArray::number(seq), hash.toUtf8(), recordId.toUtf8(), lastSeen.toUtf8(),
                id.toUtf8() });
        if (!updated)
            return unexpected(updated.error());
        return {};
    }
    auto query = m_database.exec(QStringLiteral("UPDATE devices SET head_seq = ?, head_hash = ?,"
                                                " head_id = ?, last_seen = ? WHERE id = ?"),
        { seq, hash, recordId, lastSeen, id });
    if (!query)
        return unexpected(query.error());
    return {};
}

Expected<void, StoreError> DeviceRepository::reportWaiting(
    const QString &id, qint64 waiting, const QString &reportedAt) const
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE devices SET waiting = ?, waiting_reported_at = ? WHERE id = ?"),
        { waiting, reportedAt, id });
    if (!query)
        return unexpected(query.error());
    return {};
}

Expected<bool, StoreError> DeviceRepository::revoke(
    const QString &id, const QString &reason, const QString &now) const
{
    auto query
        = m_database.exec(QStringLiteral("UPDATE devices SET revoked_at = COALESCE(revoked_at, ?), "
                                         "revoke_reason = ? WHERE id = ?"),
            { now, reason, id });
    if (!query)
        return unexpected(query.error());
    return query->numRowsAffected() > 0;
}

Expected<QList<DeviceRow>, StoreError> DeviceRepository::list() const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM records r WHERE r.device_id = devices.id),"
                       " waiting, waiting_reported_at FROM devices ORDER BY id")
            .arg(columns));
    if (!query)
        return unexpected(query.error());
    QList<DeviceRow> rows;
    while (query->next()) {
        DeviceRow row = readRow(*query);
        row.recordCount = query->value(11).toLongLong();
        if (!query->isNull(12))
            row.waiting = query->value(12).toLongLong();
        row.waitingReportedAt = query->value(13).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace hearth::server
