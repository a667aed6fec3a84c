#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::server {

// A photograph as the server keeps it: the JPEG bytes a device uploaded under their
// BLAKE2b-256 hash, in the database (never a loose file), owned by that device.
struct StoredAttachment
{
    QString device;
    QString hash;
    QString mediaType;
    int width = 0;
    int height = 0;
    QByteArray content;
};

// SQL for the attachments table (server migration 5).
class AttachmentRepository
{
public:
    // How long a photo no stored record names is kept: long enough for a tablet that lost its
    // connection between the photo and the record to come back, short enough that an upload no
    // record ever follows does not stay on the agency's server.
    static constexpr qint64 UnreferencedDays = 30;

    explicit AttachmentRepository(const Database &database)
        : m_database(database)
    { }

    enum class Put
    {
        Stored,
        AlreadyStored
    };
    // Stores the bytes under (device, hash) unless they are there already; the caller has
    // checked that the hash is theirs, so existing bytes under it are the same bytes.
    [[nodiscard]] Expected<Put, StoreError> put(
        const StoredAttachment &attachment, const QString &receivedAt) const;
    // Which of these hashes this device has uploaded.
    [[nodiscard]] Expected<QSet<QString>, StoreError> present(
        const QString &device, const QSet<QString> &hashes) const;
    // In the ingest transaction, before it commits: the first stored record that names each
    // photo. Returns the hashes that are no longer there: a photo checked before the
    // transaction may have been removed since (its window ran out) by an upload at the same
    // moment. The update is also the check, and on PostgreSQL it locks each row it names, so a
    // removal that comes later waits for the commit and then finds the photo referenced.
    [[nodiscard]] Expected<QSet<QString>, StoreError> reference(
        const QString &device, const QStringList &hashes, const QString &recordId) const;
    // Removes this device's photos that no record names and that arrived before `before`.
    [[nodiscard]] Expected<int, StoreError> removeUnreferenced(
        const QString &device, const QString &before) const;
    [[nodiscard]] Expected<std::optional<StoredAttachment>, StoreError> read(
        const QString &device, const QString &hash) const;
    [[nodiscard]] Expected<qint64, StoreError> count() const;

private:
    const Database &m_database;
};

} // namespace hearth::server
