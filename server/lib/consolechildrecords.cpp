#include "consolechildrecords.h"

#include "devicerepository.h"
#include "record/recordverifier.h"

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
    const PublicKeyLookup lookup
        = [&keys](const QString &device) -> std::optional<SigningPublicKey> {
        const auto found = keys.constFind(device);
        return found == keys.cend() ? std::nullopt : std::optional(*found);
    };
    record.signatureOk = RecordVerifier::verifyEnvelope(stored.envelope, lookup).hasValue();
    return record;
}
} // namespace

Expected<QList<ConsoleRecord>, StoreError> ConsoleChildRecords::forChild(
    const Database &database, const QString &childId)
{
    auto keys = deviceKeys(database);
    if (!keys)
        return unexpected(keys.error());
    // Stored envelopes are canonical JSON (no whitespace), so a record about this child contains
    // exactly this text; the parsed body is still checked, the text only skips the rest cheaply.
    const QByteArray needle = "\"child\":\"" + childId.toUtf8() + '"';
    QList<ConsoleRecord> records;
    auto visited = RecordRepository(database).forEach({}, [&](const StoredRecord &stored) {
        if (stored.envelope.contains(needle)) {
            ConsoleRecord record = toConsole(stored, *keys);
            if (record.childId == childId)
                records.append(std::move(record));
        }
        return true;
    });
    if (!visited)
        return unexpected(visited.error());
    std::sort(records.begin(), records.end(), [](const ConsoleRecord &a, const ConsoleRecord &b) {
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
    return found;
}

} // namespace hearth::server
