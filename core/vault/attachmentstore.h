#pragma once

#include "common/expected.h"
#include "vault/vaulterror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

class Database;

// A photograph as the vault keeps it: JPEG bytes already scaled and stripped of metadata by
// the app, stored only in the encrypted database (never a gallery, a temp file or an image
// cache), addressed by their BLAKE2b-256 hash (PhotoHash). A photo belongs to a draft until
// the visit is signed; then it is marked signed and a trigger keeps it from being deleted or
// changed, like the signed record that names it.
struct StoredPhoto
{
    QString hash;
    QByteArray bytes;
    int width = 0;
    int height = 0;
};

class AttachmentStore
{
public:
    explicit AttachmentStore(Database &db)
        : m_db(db)
    { }

    // Stores `bytes` (a JPEG within PhotoHash's limits) and returns their hash. Storing the
    // same bytes again is not an error: it is the same photograph.
    [[nodiscard]] Expected<QString, VaultError> put(
        const QByteArray &bytes, int width, int height, const QString &nowUtc);
    // The stored bytes, checked against their hash: a changed byte is reported as damage,
    // never shown. None when no photo has that hash.
    [[nodiscard]] Expected<std::optional<StoredPhoto>, VaultError> read(const QString &hash) const;
    // Forgets a photo removed from draft `draftId` before signing, unless it is signed or
    // another draft names it too (the same file chosen for two children's visits).
    [[nodiscard]] Expected<void, VaultError> removeUnsigned(
        const QString &hash, const QString &draftId);
    // Forgets every unsigned photo no draft names: after a draft is discarded, and whatever an
    // interrupted add left behind.
    [[nodiscard]] Expected<void, VaultError> removeOrphans();
    // At signing, inside the caller's transaction: every hash must be stored.
    [[nodiscard]] Expected<void, VaultError> markSigned(const QStringList &hashes);
    [[nodiscard]] Expected<bool, VaultError> isSigned(const QString &hash) const;

private:
    Database &m_db;
};

} // namespace hearth
