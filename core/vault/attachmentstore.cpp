#include "attachmentstore.h"

#include "record/photohash.h"
#include "vault/database.h"

namespace hearth {

namespace {
VaultError refused(const QString &detail)
{
    return VaultError::make(VaultError::Code::Io, detail);
}
} // namespace

Expected<QString, VaultError> AttachmentStore::put(
    const QByteArray &bytes, int width, int height, const QString &nowUtc)
{
    if (!PhotoHash::looksLikeJpeg(bytes) || bytes.size() > PhotoHash::MaxBytes)
        return unexpected(refused(QStringLiteral("photo: not a JPEG within the size limit")));
    if (width <= 0 || height <= 0 || width > PhotoHash::MaxSide || height > PhotoHash::MaxSide)
        return unexpected(refused(QStringLiteral("photo: pixel size out of range")));
    const QString hash = PhotoHash::of(bytes);
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO attachment (hash, media_type, bytes, width, height, created_utc)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return unexpected(insert.error());
    auto ran = insert->bind(1, hash)
                   .bind(2, PhotoHash::mediaType())
                   .bind(3, bytes)
                   .bind(4, qint64(width))
                   .bind(5, qint64(height))
                   .bind(6, nowUtc)
                   .run();
    if (!ran)
        return unexpected(ran.error());
    return hash;
}

Expected<std::optional<StoredPhoto>, VaultError> AttachmentStore::read(const QString &hash) const
{
    auto select = m_db.prepare(
        QStringLiteral("SELECT bytes, width, height FROM attachment WHERE hash = ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, hash);
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value())
        return std::optional<StoredPhoto>();
    StoredPhoto photo { hash, select->blob(0), int(select->int64(1)), int(select->int64(2)) };
    // SQLCipher's page MACs catch changes to the file; this catches a row that no longer
    // matches the hash the signed record carries, whatever the cause.
    if (PhotoHash::of(photo.bytes) != hash)
        return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
            QStringLiteral("photo %1: stored bytes do not match their hash").arg(hash)));
    return std::optional<StoredPhoto>(std::move(photo));
}

Expected<void, VaultError> AttachmentStore::removeUnsigned(
    const QString &hash, const QString &draftId)
{
    // A hash is 64 hex digits, so finding it in a draft's JSON text cannot match anything else.
    auto remove = m_db.prepare(QStringLiteral(
        "DELETE FROM attachment WHERE hash = ?1 AND signed = 0"
        " AND NOT EXISTS (SELECT 1 FROM draft WHERE id != ?2 AND instr(body, ?1) > 0)"));
    if (!remove)
        return unexpected(remove.error());
    return remove->bind(1, hash).bind(2, draftId).run();
}

Expected<void, VaultError> AttachmentStore::removeOrphans()
{
    return m_db.exec(QStringLiteral(
        "DELETE FROM attachment WHERE signed = 0"
        " AND NOT EXISTS (SELECT 1 FROM draft WHERE instr(draft.body, attachment.hash) > 0)"));
}

Expected<void, VaultError> AttachmentStore::markSigned(const QStringList &hashes)
{
    for (const QString &hash : hashes) {
        auto mark = m_db.prepare(QStringLiteral("UPDATE attachment SET signed = 1 WHERE hash = ?"));
        if (!mark)
            return unexpected(mark.error());
        if (auto ran = mark->bind(1, hash).run(); !ran)
            return ran;
        auto found = isSigned(hash);
        if (!found)
            return unexpected(found.error());
        if (!found.value())
            return unexpected(refused(QStringLiteral("photo %1 is not in the vault").arg(hash)));
    }
    return {};
}

Expected<bool, VaultError> AttachmentStore::isSigned(const QString &hash) const
{
    auto select = m_db.prepare(QStringLiteral("SELECT signed FROM attachment WHERE hash = ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, hash);
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    return row.value() && select->int64(0) == 1;
}

} // namespace hearth
