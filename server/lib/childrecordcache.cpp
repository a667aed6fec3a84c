#include "childrecordcache.h"

#include <QMutexLocker>

#include <algorithm>

namespace hearth::server {

namespace {
void newestFirst(QList<ConsoleRecord> &list)
{
    std::sort(list.begin(), list.end(), [](const ConsoleRecord &a, const ConsoleRecord &b) {
        return a.created != b.created ? a.created > b.created : a.stored.id > b.stored.id;
    });
}
} // namespace

ChildRecordCache::ChildRecordCache(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

ChildRecordCache &ChildRecordCache::shared()
{
    // A parsed record is a few KB (bytes, JSON object, envelope): 200,000 is some hundreds of MB
    // at the very most, and forty children with a year of 5,000 visits each.
    static ChildRecordCache cache(200000);
    return cache;
}

ChildRecordCache::Fit ChildRecordCache::fit(const StoreMark &was, const StoreMark &now)
{
    if (was.keys != now.keys)
        return Fit::Other;
    bool same = was.heads.size() == now.heads.size();
    for (auto it = was.heads.cbegin(); it != was.heads.cend(); ++it) {
        const auto found = now.heads.constFind(it.key());
        if (found == now.heads.cend() || *found < it.value())
            return Fit::Other;
        same = same && *found == it.value();
    }
    return same ? Fit::Same : Fit::Grown;
}

Expected<QHash<QString, ChildRecordCache::Records>, StoreError> ChildRecordCache::tabletRecords(
    const Database &database, const QSet<QString> &ids, const StoreMark &mark)
{
    const QString store = database.describe() + u'\n';
    QHash<QString, Records> out;
    QHash<QString, Entry> grown; // children whose chains grew since their list was read
    QSet<QString> unread;
    {
        const QMutexLocker locker(&m_mutex);
        for (const QString &id : ids) {
            const auto found = m_entries.find(store + id);
            const Fit how = found == m_entries.end() ? Fit::Other : fit(found->mark, mark);
            if (how == Fit::Same) {
                found->lastUsed = ++m_clock;
                out.insert(id, found->records);
            } else if (how == Fit::Grown) {
                grown.insert(id, *found);
            } else {
                unread.insert(id);
            }
        }
    }

    if (!unread.isEmpty()) {
        auto read = scan(database, unread, {}, mark);
        if (!read)
            return unexpected(read.error());
        for (const QString &id : std::as_const(unread)) {
            QList<ConsoleRecord> list = read->value(id);
            newestFirst(list);
            const auto records = std::make_shared<const QList<ConsoleRecord>>(std::move(list));
            keep(store + id, mark, records);
            out.insert(id, records);
        }
    }
    if (!grown.isEmpty()) {
        // One pass from the oldest head any of them remembers; each child then takes only the
        // records after its own.
        QHash<QString, qint64> from;
        for (auto it = mark.heads.cbegin(); it != mark.heads.cend(); ++it) {
            qint64 oldest = it.value();
            for (const Entry &entry : std::as_const(grown))
                oldest = std::min(oldest, entry.mark.heads.value(it.key(), 0));
            from.insert(it.key(), oldest);
        }
        const QSet<QString> grownIds(grown.keyBegin(), grown.keyEnd());
        auto read = scan(database, grownIds, from, mark);
        if (!read)
            return unexpected(read.error());
        for (auto it = grown.cbegin(); it != grown.cend(); ++it) {
            QList<ConsoleRecord> list = *it->records;
            for (const ConsoleRecord &record : read->value(it.key())) {
                if (record.stored.seq > it->mark.heads.value(record.stored.device, 0))
                    list.append(record);
            }
            newestFirst(list);
            const auto records = std::make_shared<const QList<ConsoleRecord>>(std::move(list));
            keep(store + it.key(), mark, records);
            out.insert(it.key(), records);
        }
    }
    return out;
}

Expected<QHash<QString, QList<ConsoleRecord>>, StoreError> ChildRecordCache::scan(
    const Database &database, const QSet<QString> &ids, const QHash<QString, qint64> &from,
    const StoreMark &mark)
{
    QHash<QString, QList<ConsoleRecord>> found;
    qint64 read = 0;
    // Stored envelopes are canonical JSON (no whitespace), so a record about a child contains
    // exactly "child":"<id>"; the parsed body still decides, the text only skips the rest
    // cheaply.
    const auto visit = [&](const StoredRecord &stored) {
        static constexpr QByteArrayView marker = "\"child\":\"";
        for (qsizetype at = stored.envelope.indexOf(marker); at >= 0;
             at = stored.envelope.indexOf(marker, at + 1)) {
            const qsizetype start = at + marker.size();
            const QString id = QString::fromUtf8(
                stored.envelope.mid(start, stored.envelope.indexOf('"', start) - start));
            if (!ids.contains(id))
                continue;
            ConsoleRecord record = ConsoleChildRecords::read(stored, mark.keys);
            ++read;
            if (ids.contains(record.childId))
                found[record.childId].append(std::move(record));
            break;
        }
        return true;
    };
    const RecordRepository records(database);
    if (from.isEmpty()) {
        if (auto all = records.forEach({}, visit); !all)
            return unexpected(all.error());
    } else {
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            if (it.value() >= mark.heads.value(it.key(), 0))
                continue; // nothing new on this chain
            if (auto after = records.forEachAfter(it.key(), it.value(), visit); !after)
                return unexpected(after.error());
        }
    }
    const QMutexLocker locker(&m_mutex);
    m_read += read;
    return found;
}

void ChildRecordCache::keep(const QString &key, const StoreMark &mark, const Records &records)
{
    const QMutexLocker locker(&m_mutex);
    if (const auto old = m_entries.constFind(key); old != m_entries.cend())
        m_held -= old->records->size();
    m_entries.insert(key, Entry { mark, records, ++m_clock });
    m_held += records->size();
    // Over capacity: the least recently viewed children go (never the one just read, even when it
    // alone is larger than the whole cache: it is what the caller is about to show).
    while (m_held > m_capacity && m_entries.size() > 1) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it.key() != key && (oldest == m_entries.end() || it->lastUsed < oldest->lastUsed))
                oldest = it;
        }
        m_held -= oldest->records->size();
        m_entries.erase(oldest);
    }
}

qsizetype ChildRecordCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_held;
}

qint64 ChildRecordCache::readCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_read;
}

} // namespace hearth::server
