#include "chronologyrecords.h"

#include "record/recordverifier.h"
#include "vault/recordstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace hearth {

ChronologyRecords::ChronologyRecords(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<VerifiedRecords>::finished, this, [this] {
        m_records = m_watcher.result();
        m_read = m_pendingRead;
        finish({});
    });
}

ChronologyRecords::~ChronologyRecords()
{
    // The worker holds copies of record bodies: none may outlive the lock that destroys this.
    m_watcher.waitForFinished();
}

void ChronologyRecords::refresh(
    const RecordStore &store, std::function<void(const QString &error)> done)
{
    m_waiting.append(std::move(done));
    if (busy())
        return;
    auto fresh = store.envelopes(m_read);
    if (!fresh) {
        finish(fresh.error().message);
        return;
    }
    const qint64 read = m_read + fresh->size();
    PublicKeyLookup lookup = RecordVerifier::singleDevice(store.deviceId(), store.publicKey());
    if (fresh->size() < InlineLimit) {
        m_records.extend(fresh.value(), lookup);
        m_read = read;
        finish({});
        return;
    }
    m_pendingRead = read;
    m_watcher.setFuture(QtConcurrent::run(
        [records = m_records, envelopes = std::move(fresh.value()), lookup]() mutable {
            records.extend(envelopes, lookup);
            return records;
        }));
}

void ChronologyRecords::finish(const QString &error)
{
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &done : waiting)
        done(error);
}

} // namespace hearth
