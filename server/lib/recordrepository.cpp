#include "recordrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace hearth::server {

namespace {
// Rows per INSERT on PostgreSQL: a whole batch (500 records at most, 3,000 values, far below
// PostgreSQL's 65,535) costs one round trip instead of one per row. SQLite runs in the process,
// so a row per statement costs no round trip, and Qt binds SQLite's placeholders by name, which
// grows with the square of their number in one statement.
qsizetype insertChunk(const Database &database)
{
    return database.isPostgres() ? 500 : 1;
}

QString insertStatement(qsizetype rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO records (id, device_id, seq, chain_hash, envelope, received_at) VALUES ");
    for (qsizetype row = 0; row < rows; ++row)
        sql += row == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?)")
                        : QStringLiteral(", (?, ?, ?, ?, ?, ?)");
    return sql;
}
} // namespace

Expected<QHash<QString, QByteArray>, StoreError> RecordRepository::existing(
    const QString &device, const QList<QString> &ids) const
{
    QHash<QString, QByteArray> found;
    // A whole batch (at most 500 records) in one round trip to PostgreSQL; smaller statements
    // on SQLite, where binding by name costs the square of the placeholders (see insertChunk).
    const qsizetype chunk = m_database.isPostgres() ? 500 : 100;
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
    auto db = m_database.connection();
    if (!db)
        return unexpected(db.error());
    QSqlQuery query(*db);
    const qsizetype chunk = insertChunk(m_database);
    qsizetype prepared = 0;
    for (qsizetype start = 0; start < records.size(); start += chunk) {
        const qsizetype rows = std::min(chunk, records.size() - start);
        if (rows != prepared) {
            if (!query.prepare(insertStatement(rows)))
                return unexpected(
                    Database::errorFrom(query.lastError(), QStringLiteral("prepare insert")));
            prepared = rows;
        }
        for (qsizetype row = 0; row < rows; ++row) {
            const StoredRecord &record = records[start + row];
            const int first = int(row * 6);
            query.bindValue(first, record.id);
            query.bindValue(first + 1, record.device);
            query.bindValue(first + 2, record.seq);
            query.bindValue(first + 3, record.chainHash);
            query.bindValue(first + 4, record.envelope);
            query.bindValue(first + 5, receivedAt);
        }
        if (!query.exec()) {
            StoreError error
                = Database::errorFrom(query.lastError(), QStringLiteral("insert records"));
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
