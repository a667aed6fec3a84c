#pragma once

#include "chronology/verifiedrecords.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace hearth {

class RecordStore;

// The device's signed records, verified once per unlock and kept in memory while the vault is
// open, so a chronology opens without checking every signature again (issue 11: 500 records in
// under 50 ms). Each refresh reads only what was signed since and checks it as the continuation
// of the same chain. The first, long check runs off the UI thread; the vault's bytes are read
// on it. Destroyed with the Workspace's services on lock, after any check under way finishes.
class ChronologyRecords : public QObject
{
    Q_OBJECT

public:
    // Fewer new records than this are checked on the UI thread (about 65 µs each).
    static constexpr qsizetype InlineLimit = 200;

    explicit ChronologyRecords(QObject *parent = nullptr);
    ~ChronologyRecords() override;

    // Brings the records up to date with `store`, then calls `done` with an error or "" (at
    // once when there is little to check). A refresh while one is under way waits for it.
    void refresh(const RecordStore &store, std::function<void(const QString &error)> done);
    bool busy() const { return m_watcher.isRunning(); }
    const VerifiedRecords &records() const { return m_records; }

private:
    void finish(const QString &error);

    VerifiedRecords m_records;
    qint64 m_read = 0; // envelopes read so far (the store's sequence numbers run 1, 2, ...)
    QFutureWatcher<VerifiedRecords> m_watcher;
    qint64 m_pendingRead = 0;
    QList<std::function<void(const QString &)>> m_waiting;
};

} // namespace hearth
