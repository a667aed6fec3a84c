#pragma once

#include "consolechildrecords.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

namespace hearth::server {

// A child's tablet records as the console shows them, parsed and signature-checked once and kept
// between views: a year of a busy family is thousands of records, and reading, parsing and
// checking them all again for every view of the child page or the review queue cost more than
// the rest of the page together. Each child's list remembers the StoreMark it was read at. A
// view whose mark is the same uses the list as it is; when chains have grown (an upload for any
// child) only the records after the remembered heads are read, and those about the child added;
// when a key changed or a chain went back (another store, a restore) the child is read afresh.
// Because the mark comes from the store, a second server sharing the database is seen too.
// A record's bytes changed in place, with no new record, is what `hearth-admin verify-store` is
// for; the supervisors' own records are not kept here (ConsoleChildRecords reads them each view).
// Thread-safe; holds at most `capacity` records across children, the least recently viewed
// child's list going first.
class ChildRecordCache
{
public:
    using Records = std::shared_ptr<const QList<ConsoleRecord>>;

    explicit ChildRecordCache(qsizetype capacity);

    // The one every console view shares: a few busy children's years, some hundreds of MB at most.
    [[nodiscard]] static ChildRecordCache &shared();

    // The tablet records about each child of `ids`, newest first, as the store holds them at
    // `mark`; every child asked for has an entry (an empty list when there are none).
    [[nodiscard]] Expected<QHash<QString, Records>, StoreError> tabletRecords(
        const Database &database, const QSet<QString> &ids, const StoreMark &mark);

    [[nodiscard]] qsizetype size() const; // records held
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    // How many records were read from the store (parsed and checked) since the cache was made.
    [[nodiscard]] qint64 readCount() const;

private:
    struct Entry
    {
        StoreMark mark;
        Records records;
        quint64 lastUsed = 0;
    };
    enum class Fit
    {
        Same,
        Grown,
        Other
    };
    static Fit fit(const StoreMark &was, const StoreMark &now);

    // The records after `from` (per device; a device missing is from 0) about any of `ids`.
    Expected<QHash<QString, QList<ConsoleRecord>>, StoreError> scan(const Database &database,
        const QSet<QString> &ids, const QHash<QString, qint64> &from, const StoreMark &mark);
    void keep(const QString &key, const StoreMark &mark, const Records &records);

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries; // by database and child
    qsizetype m_held = 0;
    quint64 m_clock = 0;
    qint64 m_read = 0;
};

} // namespace hearth::server
