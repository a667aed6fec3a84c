#include "consolechildrecords.h"

#include "childrecordcache.h"
#include "devicerepository.h"
#include "record/jsonparser.h"
#include "record/recordverifier.h"
#include "settingsstore.h"
#include "supervisionrecords.h"
#include "verificationcache.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace hearth::server {

namespace {
Expected<StoreMark, StoreError> storeMark(const Database &database)
{
    auto devices = DeviceRepository(database).list();
    if (!devices)
        return unexpected(devices.error());
    StoreMark mark;
    for (const DeviceRow &device : *devices) {
        if (auto key = DeviceKeyPair::publicKeyFromHex(device.publicKeyHex))
            mark.keys.insert(device.id, *key);
        mark.heads.insert(device.id, device.headSeq);
    }
    // Supervision records are signed by the server's own key (SupervisionRecords).
    auto serverKey = SettingsStore(database).get(SettingsStore::serverPublicKey);
    if (!serverKey)
        return unexpected(serverKey.error());
    if (auto key = DeviceKeyPair::publicKeyFromHex(serverKey->value_or(QString())))
        mark.keys.insert(QString::fromLatin1(SupervisionRecords::serverDevice), *key);
    return mark;
}

ConsoleRecord fromSupervision(const SupervisionRow &row, const StoreMark &mark)
{
    return ConsoleChildRecords::read(
        { row.id, QString::fromLatin1(SupervisionRecords::serverDevice), row.seq, {},
            row.envelope },
        mark.keys);
}
} // namespace

ConsoleRecord ConsoleChildRecords::read(
    const StoredRecord &stored, const QHash<QString, SigningPublicKey> &keys)
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
    if (auto json = JsonParser::parse(stored.envelope)) {
        if (auto parsed = Envelope::fromJson(*json))
            record.envelope = std::make_shared<const Envelope>(std::move(parsed.value()));
    }
    return record;
}

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
    auto mark = storeMark(database);
    if (!mark)
        return unexpected(mark.error());
    auto tablet = ChildRecordCache::shared().tabletRecords(database, childIds, *mark);
    if (!tablet)
        return unexpected(tablet.error());
    QHash<QString, QList<ConsoleRecord>> records;
    for (const QString &childId : childIds) {
        auto supervision = SupervisionRecords(database).forChild(childId);
        if (!supervision)
            return unexpected(supervision.error());
        // Shared with the cache until a supervisor's record is added: a child without any is
        // not copied.
        QList<ConsoleRecord> list = *tablet->value(childId);
        if (!supervision->isEmpty()) {
            for (const SupervisionRow &row : *supervision)
                list.append(fromSupervision(row, *mark));
            std::sort(list.begin(), list.end(), [](const ConsoleRecord &a, const ConsoleRecord &b) {
                return a.created != b.created ? a.created > b.created : a.stored.id > b.stored.id;
            });
        }
        records.insert(childId, std::move(list));
    }
    return records;
}

Expected<std::optional<ConsoleRecord>, StoreError> ConsoleChildRecords::find(
    const Database &database, const QString &device, const QString &id)
{
    auto mark = storeMark(database);
    if (!mark)
        return unexpected(mark.error());
    std::optional<ConsoleRecord> found;
    auto visited = RecordRepository(database).forEach(device, [&](const StoredRecord &stored) {
        if (stored.id != id)
            return true;
        found = read(stored, mark->keys);
        return false;
    });
    if (!visited)
        return unexpected(visited.error());
    if (!found && device == QLatin1String(SupervisionRecords::serverDevice)) {
        auto row = SupervisionRecords(database).find(id);
        if (!row)
            return unexpected(row.error());
        if (row->has_value())
            found = fromSupervision(**row, *mark);
    }
    return found;
}

} // namespace hearth::server
