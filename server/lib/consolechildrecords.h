#pragma once

#include "common/expected.h"
#include "database.h"
#include "record/devicekeypair.h"
#include "record/envelope.h"
#include "recordrepository.h"
#include "storeerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace hearth::server {

// One stored record as the console shows it: the bytes as received, the envelope's fields and
// whether its signature verifies again now, against the key of the device that sent it.
struct ConsoleRecord
{
    StoredRecord stored;
    QString kind;
    QString author;
    QString created;
    QString childId;
    QJsonObject body;
    bool signatureOk = false;
    // Parsed once, when the record is first read, for the chronology and its flags; null when
    // the stored bytes are not an envelope.
    std::shared_ptr<const Envelope> envelope;
};

// Where the store's tablet records stand: each device's key and the head of its chain. Records
// are only ever appended to a chain, so while this is unchanged no record was added or removed.
struct StoreMark
{
    QHash<QString, SigningPublicKey> keys;
    QHash<QString, qint64> heads;
};

// The records about one child, across every practitioner and device: the one place the console's
// pages, exports and review queue get their lists from. Tablet records come from
// ChildRecordCache (parsed and checked once, read again only as chains grow); the supervisors'
// records are read on every view, so a change to one is seen at once.
class ConsoleChildRecords
{
public:
    // Newest first (by "created", then record id).
    [[nodiscard]] static Expected<QList<ConsoleRecord>, StoreError> forChild(
        const Database &database, const QString &childId);
    // Several children's records in one pass over the store (the review queue), each newest first.
    [[nodiscard]] static Expected<QHash<QString, QList<ConsoleRecord>>, StoreError> forChildren(
        const Database &database, const QSet<QString> &childIds);
    [[nodiscard]] static Expected<std::optional<ConsoleRecord>, StoreError> find(
        const Database &database, const QString &device, const QString &id);

    // One stored record read for the console: parsed, and its signature checked against `keys`.
    static ConsoleRecord read(
        const StoredRecord &stored, const QHash<QString, SigningPublicKey> &keys);
};

} // namespace hearth::server
