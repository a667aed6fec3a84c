#include "storeverifier.h"

#include "devicerepository.h"
#include "record/recordverifier.h"
#include "recordrepository.h"

namespace hearth::server {

Expected<StoreVerifier::Summary, QString> StoreVerifier::verify(const Database &database)
{
    auto devices = DeviceRepository(database).list();
    if (!devices)
        return unexpected(devices.error().message);
    const RecordRepository records(database);
    Summary summary;
    for (const DeviceRow &device : *devices) {
        ++summary.devices;
        const auto key = DeviceKeyPair::publicKeyFromHex(device.publicKeyHex);
        if (!key)
            return unexpected(
                QStringLiteral("device %1: the stored public key is not valid hex").arg(device.id));
        RecordVerifier verifier(RecordVerifier::singleDevice(device.id, *key));
        QString problem;
        qint64 lastSeq = 0;
        QString lastHash = device.headHash;
        QString lastId;
        auto walked = records.forEach(device.id, [&](const StoredRecord &record) {
            auto verified = verifier.verifyNext(record.envelope);
            if (!verified) {
                problem = QStringLiteral("device %1, record seq %2: %3")
                              .arg(device.id)
                              .arg(record.seq)
                              .arg(verified.error().toString());
                return false;
            }
            if (verified->envelope.id != record.id || verified->envelope.seq != record.seq
                || verified->chainHash != record.chainHash) {
                problem = QStringLiteral(
                    "device %1, record seq %2: the stored id, seq or chain hash columns do not "
                    "match the record's bytes")
                              .arg(device.id)
                              .arg(record.seq);
                return false;
            }
            ++summary.records;
            lastSeq = record.seq;
            lastHash = record.chainHash;
            lastId = record.id;
            return true;
        });
        if (!walked)
            return unexpected(walked.error().message);
        if (!problem.isEmpty())
            return unexpected(problem);
        if (lastSeq != device.headSeq
            || (lastSeq > 0 && (lastHash != device.headHash || lastId != device.headId)))
            return unexpected(QStringLiteral(
                "device %1: its recorded head (seq %2) does not match its last stored "
                "record (seq %3)")
                                  .arg(device.id)
                                  .arg(device.headSeq)
                                  .arg(lastSeq));
    }
    return summary;
}

} // namespace hearth::server
