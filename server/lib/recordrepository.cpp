#include "recordrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hearth::server {

Expected<QHash<QString, QByteArray>, StoreError> RecordRepository::existing(
    const QString &device, const QList<QString> &ids) const
{
    QHash<QString, QByteArray> found;
    constexpr qsizetype chunk = 200;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QList<QString> part = ids.mid(start, chunk);
        QStringList marks;
        QVariantList values { device };
        for (const QString &id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto query = m_database.exec(QStringLiteral("SELECT id, envelope FROM records"
                                                    " WHERE device_id = ? AND id IN (%1)")
                                         .arg(marks.join(u',')),
            values);
        if (!query)
            return unexpected(query.error());
        while (query->next())
            found.insert(query->value(0).toString(), query->value(1).toByteArray());
    }
    return found;
}

Expected<void, StoreError> RecordRepository::insert(
    const QList<StoredRecord> &records, const QString &receivedAt) const
{
    if (records.isEmpty())
        return {};
    auto db = m_database.connection();
    if (!db)
        return unexpected(db.error());
    QSqlQuery query(*db);
    if (!query.prepare(QStringLiteral(
            "INSERT INTO records (id, device_id, seq, chain_hash, envelope, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?)")))
        return unexpected(Database::errorFrom(query.lastError(), QStringLiteral("prepare insert")));
    for (const StoredRecord &record : records) {
        query.bindValue(0, record.id);
        query.bindValue(1, record.device);
        query.bindValue(2, record.seq);
        query.bindValue(3, record.chainHash);
        query.bindValue(4, record.envelope);
        query.bindValue(5, receivedAt);
        if (!query.exec()) {
            StoreError error
                = Database::errorFrom(query.lastError(), QStringLiteral("insert record"));
            // A unique violation here means another request of this device stored the same id
            // or sequence number meanwhile (through this server or another on the same database).
            const QString code = query.lastError().nativeErrorCode();
            if (code == u"23505" || code == u"19" || code == u"1555" || code == u"2067")
                error.kind = StoreError::Kind::Conflict;
            return unexpected(error);
        }
    }
    return {};
}

Expected<void, StoreError> RecordRepository::forEach(
    const QString &device, const std::function<bool(const StoredRecord &)> &visit) const
{
    auto query = device.isEmpty()
        ? m_database.exec(
            QStringLiteral("SELECT id, device_id, seq, chain_hash, envelope FROM records"
                           " ORDER BY device_id, seq"))
        : m_database.exec(
            QStringLiteral("SELECT id, device_id, seq, chain_hash, envelope FROM records"
                           " WHERE device_id = ? ORDER BY seq"),
            { device });
    if (!query)
        return unexpected(query.error());
    while (query->next()) {
        const StoredRecord record { query->value(0).toString(), query->value(1).toString(),
            query->value(2).toLongLong(), query->value(3).toString(),
            query->value(4).toByteArray() };
        if (!visit(record))
            break;
    }
    return {};
}

Expected<qint64, StoreError> RecordRepository::count() const
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM records"));
    if (!query)
        return unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace hearth::server
