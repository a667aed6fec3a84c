#pragma once

#include "common/expected.h"
#include "database.h"
#include "recordrepository.h"
#include "storeerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

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
};

// The records about one child, across every practitioner and device. This is the one place the
// console's child page gets its list from: when the shared chronology (core/chronology) lands,
// it replaces this list (and adds its flags) here and nowhere else.
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
};

} // namespace hearth::server
