#include "noncestore.h"

#include "pgconnection.h"

namespace hearth::server {

Expected<bool, StoreError> NonceStore::remember(
    const QString &device, const QByteArray &nonce, qint64 expiresAtUnix) const
{
    // Once per request: on PostgreSQL prepared once per connection (see PgConnection).
    if (m_database.isPostgres()) {
        auto connection = PgConnection::of(m_database);
        if (!connection)
            return unexpected(connection.error());
        auto inserted = connection->execPrepared("hearth_nonce",
            "INSERT INTO request_nonces (device_id, nonce, expires_at) VALUES ($1, $2, $3)"
            " ON CONFLICT DO NOTHING",
            { device.toUtf8(), nonce, QByteArray::number(expiresAtUnix) });
        if (!inserted)
            return unexpected(inserted.error());
        return PgConnection::rowsAffected(*inserted) == 1;
    }
    auto inserted
        = m_database.exec(QStringLiteral("INSERT INTO request_nonces (device_id, nonce, expires_at)"
                                         " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
            { device, QString::fromLatin1(nonce), expiresAtUnix });
    if (!inserted)
        return unexpected(inserted.error());
    return inserted->numRowsAffected() == 1;
}

Expected<void, StoreError> NonceStore::purge(qint64 nowUnix) const
{
    auto deleted = m_database.exec(
        QStringLiteral("DELETE FROM request_nonces WHERE expires_at < ?"), { nowUnix });
    if (!deleted)
        return unexpected(deleted.error());
    return {};
}

} // namespace hearth::server
