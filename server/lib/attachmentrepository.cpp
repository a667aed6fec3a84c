#include "attachmentrepository.h"

namespace hearth::server {

Expected<AttachmentRepository::Put, StoreError> AttachmentRepository::put(
    const StoredAttachment &attachment, const QString &receivedAt) const
{
    // ON CONFLICT DO NOTHING: two uploads of the same photo at once (a retry racing the
    // original) both end as success, whichever wrote it.
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO attachments (device_id, hash, media_type, size, width, height,"
                       " content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (device_id, hash) DO NOTHING"),
        { attachment.device, attachment.hash, attachment.mediaType,
            qint64(attachment.content.size()), attachment.width, attachment.height,
            attachment.content, receivedAt });
    if (!inserted)
        return unexpected(inserted.error());
    return inserted->numRowsAffected() > 0 ? Put::Stored : Put::AlreadyStored;
}

Expected<QSet<QString>, StoreError> AttachmentRepository::present(
    const QString &device, const QSet<QString> &hashes) const
{
    QSet<QString> found;
    for (const QString &hash : hashes) {
        auto query = m_database.exec(
            QStringLiteral("SELECT 1 FROM attachments WHERE device_id = ? AND hash = ?"),
            { device, hash });
        if (!query)
            return unexpected(query.error());
        if (query->next())
            found.insert(hash);
    }
    return found;
}

Expected<QSet<QString>, StoreError> AttachmentRepository::reference(
    const QString &device, const QStringList &hashes, const QString &recordId) const
{
    QSet<QString> gone;
    for (const QString &hash : hashes) {
        // Every row named is updated (an earlier record keeps its claim through COALESCE), so
        // "no row" means only that the photo is not there.
        auto updated = m_database.exec(
            QStringLiteral("UPDATE attachments SET record_id = COALESCE(record_id, ?)"
                           " WHERE device_id = ? AND hash = ?"),
            { recordId, device, hash });
        if (!updated)
            return unexpected(updated.error());
        if (updated->numRowsAffected() == 0)
            gone.insert(hash);
    }
    return gone;
}

Expected<int, StoreError> AttachmentRepository::removeUnreferenced(
    const QString &device, const QString &before) const
{
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM attachments"
                       " WHERE device_id = ? AND record_id IS NULL AND received_at < ?"),
        { device, before });
    if (!removed)
        return unexpected(removed.error());
    return removed->numRowsAffected();
}

Expected<std::optional<StoredAttachment>, StoreError> AttachmentRepository::read(
    const QString &device, const QString &hash) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT media_type, width, height, content FROM attachments"
                       " WHERE device_id = ? AND hash = ?"),
        { device, hash });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<StoredAttachment>();
    return std::optional<StoredAttachment>(
        StoredAttachment { device, hash, query->value(0).toString(), query->value(1).toInt(),
            query->value(2).toInt(), query->value(3).toByteArray() });
}

Expected<qint64, StoreError> AttachmentRepository::count() const
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM attachments"));
    if (!query)
        return unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace hearth::server
