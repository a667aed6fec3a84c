#include "recordrepository.h"

#include "pgconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hearth::server {

namespace {
// On SQLite each row is its own INSERT: the database runs in the process, so a statement costs
// no round trip, and Qt binds SQLite's placeholders by name, which grows with the square of
// their number in one statement. PostgreSQL gets the whole batch as one binary COPY instead
// (see PgConnection).
const QString insertRow
    = QStringLiteral("INSERT INTO records (id, device_id, seq, chain_hash, envelope, received_at)"
                     " VALUES (?, ?, ?, ?, ?, ?)");
const QByteArray copyRecords
    = "COPY records (id, device_id, seq, chain_hash, envelope, received_at)"
      " FROM STDIN (FORMAT binary)";

Expected<QHash<QString, QByteArray>, StoreError> existingOnPostgres(
    const Database &database, const QString &device, const QList<QString> &ids)
{
    auto connection = PgConnection::of(database);
    if (!connection)
        return unexpected(connection.error());
    // PostgreSQL's text cannot hold U+0000, so an id with it is stored nowhere; left out, it
    // cannot make the lookup fail.
    QList<QString> asked;
    for (const QString &id : ids) {
        if (!id.contains(QChar(0)))
            asked.append(id);
    }
    auto rows = connection->execPrepared("hearth_records_existing",
        "SELECT id, envelope FROM records WHERE device_id = $1 AND id = ANY($2::text[])",
        { device.toUtf8(), pgTextArray(asked) });
    if (!rows)
        return unexpected(rows.error());
    QHash<QString, QByteArray> found;
    for (qsizetype row = 0; row < PgConnection::rowCount(*rows); ++row)
        found.insert(QString::fromUtf8(PgConnection::value(*rows, row, 0)),
            PgConnection::value(*rows, row, 1));
    return found;
}

Expected<void, StoreError> insertOnPostgres(
    const Database &database, const QList<StoredRecord> &records, const QString &receivedAt)
{
    auto connection = PgConnection::of(database);
    if (!connection)
        return unexpected(connection.error());
    PgCopyRows rows;
    const QByteArray received = receivedAt.toUtf8();
    for (const StoredRecord &record : records) {
        rows.beginRow(6);
        rows.text(record.id);
        rows.text(record.device);
        rows.int64(record.seq);
        rows.text(record.chainHash);
        rows.bytes(record.envelope);
        rows.bytes(received);
    }
    // A unique violation (another request of this device stored the same id or sequence
    // number meanwhile, through this server or another) comes back as a conflict.
    return connection->copyIn(copyRecords, rows.finish());
}
Expected<void, StoreError> visitRows(
    QSqlQuery &query, const std::function<bool(const StoredRecord &)> &visit)
{
    while (query.next()) {
        const StoredRecord record { query.value(0).toString(), query.value(1).toString(),
            query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toByteArray() };
        if (!visit(record))
            break;
    }
    return {};
}
} // namespace

Expected<QHash<QString, QByteArray>, StoreError> RecordRepository::existing(
    const QString &device, const QList<QString> &ids) const
{
    if (m_database.isPostgres())
        return existingOnPostgres(m_database, device, ids);
    QHash<QString, QByteArray> found;
    // Binding by name costs the square of the placeholders (see insertRow): 100 ids at a time.
    const qsizetype chunk = 100;
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
    if (m_database.isPostgres())
        return insertOnPostgres(m_database, records, receivedAt);
    auto db = m_database.connection();
    if (!db)
        return unexpected(db.error());
    QSqlQuery query(*db);
    if (!query.prepare(insertRow))
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
                = Database::errorFrom(query.lastError(), QStringLiteral("insert records"));
            // A unique violation here means another request of this device stored the same id
            // or sequence number meanwhile.
            const QString code = query.lastError().nativeErrorCode();
            if (code == u"19" || code == u"1555" || code == u"2067")
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
    return visitRows(*query, visit);
}

Expected<void, StoreError> RecordRepository::forEachAfter(const QString &device, qint64 after,
    const std::function<bool(const StoredRecord &)> &visit) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, device_id, seq, chain_hash, envelope FROM records"
                       " WHERE device_id = ? AND seq > ? ORDER BY seq"),
        { device, after });
    if (!query)
        return unexpected(query.error());
    return visitRows(*query, visit);
}

Expected<qint64, StoreError> RecordRepository::count() const
{
    auto query = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM records"));
    if (!query)
        return unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace hearth::server
