#include "consolechildrecords.h"

#include "devicerepository.h"
#include "record/recordverifier.h"
#include "settingsstore.h"
#include "supervisionrecords.h"
#include "verificationcache.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace hearth::server {

namespace {
using Keys = QHash<QString, SigningPublicKey>;

Expected<Keys, StoreError> deviceKeys(const Database &database)
{
    auto devices = DeviceRepository(database).list();
    if (!devices)
        return unexpected(devices.error());
    Keys keys;
    for (const DeviceRow &device : *devices) {
        if (auto key = DeviceKeyPair::publicKeyFromHex(device.publicKeyHex))
            keys.insert(device.id, *key);
    }
    // Supervision records are signed by the server's own key (SupervisionRecords).
    auto serverKey = SettingsStore(database).get(SettingsStore::serverPublicKey);
    if (!serverKey)
        return unexpected(serverKey.error());
    if (auto key = DeviceKeyPair::publicKeyFromHex(serverKey->value_or(QString())))
        keys.insert(QString::fromLatin1(SupervisionRecords::serverDevice), *key);
    return keys;
}

ConsoleRecord toConsole(const StoredRecord &stored, const Keys &keys)
{
    ConsoleRecord record;
    record.stored = stored;
    const QJsonObject envelope = QJsonDocument::fromJson(stored.envelope).object();
    record.kind = envelope.value(QLatin1String("kind")).toString();
    record.author = envelope.value(QLatin1String("author")).toString();
    record.created = envelope.value(QLatin1String("created")).toString();
    record.body = envelope.value(QLatin1String("body")).toObject();
    record.childId = record.body.value(QLatin1String("child")).toString();
    // The server's key signs a supervisor's record; the person behind it is the supervisor.
    if (stored.device == QLatin1String(SupervisionRecords::serverDevice))
        record.author = record.body.value(QLatin1String("supervisor")).toString();
    const PublicKeyLookup lookup
        = [&keys](const QString &device) -> std::optional<SigningPublicKey> {
        const auto found = keys.constFind(device);
        return found == keys.cend() ? std::nullopt : std::optional(*found);
    };
    record.signatureOk = VerificationCache::shared().verifies(stored.envelope, lookup);
    return record;
}
} // namespace

Expected<QList<ConsoleRecord>, StoreError> ConsoleChildRecords::forChild(
    const Database &database, const QString &childId)
{
    auto records = forChildren(database, { childId });
    if (!records)
        return unexpected(records.error());
    return records->value(childId);
}

Expected<QHash<QString, QList<ConsoleRecord>>, StoreError> ConsoleChildRecords::forChildren(
    const Database &database, const QSet<QString> &childIds)
{
    auto keys = deviceKeys(database);
    if (!keys)
        return unexpected(keys.error());
    // Stored envelopes are canonical JSON (no whitespace), so a record about a child contains
    // exactly "child":"<id>"; the parsed body is still checked, the text only skips the rest
    // cheaply.
    QHash<QString, QList<ConsoleRecord>> records;
    auto visited = RecordRepository(database).forEach({}, [&](const StoredRecord &stored) {
        static constexpr QByteArrayView marker = "\"child\":\"";
        for (qsizetype at = stored.envelope.indexOf(marker); at >= 0;
             at = stored.envelope.indexOf(marker, at + 1)) {
            const qsizetype from = at + marker.size();
            const QString id = QString::fromUtf8(
                stored.envelope.mid(from, stored.envelope.indexOf('"', from) - from));
            if (!childIds.contains(id))
                continue;
            ConsoleRecord record = toConsole(stored, *keys);
            if (record.childId == id)
                records[id].append(std::move(record));
            break;
        }
        return true;
    });
    if (!visited)
        return unexpected(visited.error());
    for (const QString &childId : childIds) {
        auto supervision = SupervisionRecords(database).forChild(childId);
        if (!supervision)
            return unexpected(supervision.error());
        for (const SupervisionRow &row : *supervision)
            records[childId].append(
                toConsole({ row.id, QString::fromLatin1(SupervisionRecords::serverDevice), row.seq,
                              {}, row.envelope },
                    *keys));
    }
    for (QList<ConsoleRecord> &list : records)
        std::sort(list.begin(), list.end(), [](const ConsoleRecord &a, const ConsoleRecord &b) {
            return a.created != b.created ? a.created > b.created : a.stored.id > b.stored.id;
        });
    return records;
}

Expected<std::optional<ConsoleRecord>, StoreError> ConsoleChildRecords::find(
    const Database &database, const QString &device, const QString &id)
{
    auto keys = deviceKeys(database);
    if (!keys)
        return unexpected(keys.error());
    std::optional<ConsoleRecord> found;
    auto visited = RecordRepository(database).forEach(device, [&](const StoredRecord &stored) {
        if (stored.id != id)
            return true;
        found = toConsole(stored, *keys);
        return false;
    });
    if (!visited)
        return unexpected(visited.error());
    if (!found && device == QLatin1String(SupervisionRecords::serverDevice)) {
        auto row = SupervisionRecords(database).find(id);
        if (!row)
            return unexpected(row.error());
        if (row->has_value())
            found = toConsole({ (*row)->id, device, (*row)->seq, {}, (*row)->envelope }, *keys);
    }
    return found;
}

} // namespace hearth::server
