#include "devicerepository.h"

#include <QSqlQuery>

namespace hearth::server {

namespace {
const QString columns
    = QStringLiteral("id, public_key, name, practitioner_id, enrolled_at, "
                     "revoked_at, revoke_reason, head_seq, head_hash, last_seen, head_id");

DeviceRow readRow(const QSqlQuery &query)
{
    DeviceRow row;
    row.id = query.value(0).toString();
    row.publicKeyHex = query.value(1).toString();
    row.name = query.value(2).toString();
    row.practitionerId = query.value(3).toString();
    row.enrolledAt = query.value(4).toString();
    row.revokedAt = query.value(5).toString();
    row.revokeReason = query.value(6).toString();
    row.headSeq = query.value(7).toLongLong();
    row.headHash = query.value(8).toString();
    row.lastSeen = query.value(9).toString();
    row.headId = query.value(10).toString();
    return row;
}
} // namespace

Expected<std::optional<DeviceRow>, StoreError> DeviceRepository::find(
    const QString &id, bool forUpdate) const
{
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
    auto query = m_database.exec(QStringLiteral("UPDATE devices SET head_seq = ?, head_hash = ?,"
                                                " head_id = ?, last_seen = ? WHERE id = ?"),
        { seq, hash, recordId, lastSeen, id });
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
        QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM records r WHERE r.device_id = devices.id)"
                       " FROM devices ORDER BY id")
            .arg(columns));
    if (!query)
        return unexpected(query.error());
    QList<DeviceRow> rows;
    while (query->next()) {
        DeviceRow row = readRow(*query);
        row.recordCount = query->value(11).toLongLong();
        rows.append(row);
    }
    return rows;
}

} // namespace hearth::server
