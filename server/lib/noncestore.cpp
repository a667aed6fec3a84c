#include "noncestore.h"

namespace hearth::server {

Expected<bool, StoreError> NonceStore::remember(
    const QString &device, const QByteArray &nonce, qint64 expiresAtUnix) const
{
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
