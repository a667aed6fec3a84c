#include "pgconnection.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QtEndian>

#include <libpq-fe.h>

#include <vector>

namespace hearth::server {

namespace {
// The statements prepared on each of this thread's connections. A connection that was closed
// and opened again has a new backend process and none of them, hence the process id.
struct Prepared
{
    int backend = 0;
    QSet<QByteArray> names;
};
thread_local QHash<const PGconn *, Prepared> prepared;

bool isConflict(const QByteArray &state)
{
    // Unique violation: another request stored the same record meanwhile; serialisation
    // failure and deadlock: retry the transaction.
    return state == "23505" || state == "40001" || state == "40P01";
}
} // namespace

void PgConnection::ResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

Expected<PgConnection, StoreError> PgConnection::of(const Database &database)
{
    auto db = database.connection();
    if (!db)
        return unexpected(db.error());
    const QVariant handle = db->driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return unexpected(StoreError { StoreError::Kind::Unavailable,
            QStringLiteral("%1 is not a PostgreSQL connection").arg(database.describe()) });
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return unexpected(StoreError { StoreError::Kind::Unavailable,
            QStringLiteral("the connection to %1 is down").arg(database.describe()) });
    return PgConnection(connection);
}

StoreError PgConnection::errorOf(const pg_result *result, const char *what) const
{
    const QByteArray state
        = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection);
    return StoreError {
        isConflict(state) ? StoreError::Kind::Conflict : StoreError::Kind::Unavailable,
        QStringLiteral("%1: %2").arg(QLatin1StringView(what), QString::fromUtf8(message).trimmed())
    };
}

Expected<PgConnection::Result, StoreError> PgConnection::execPrepared(
    const char *name, const char *sql, const QList<QByteArray> &values) const
{
    Prepared &known = prepared[m_connection];
    if (known.backend != PQbackendPID(m_connection))
        known = Prepared { PQbackendPID(m_connection), {} };
    if (!known.names.contains(name)) {
        const Result made(PQprepare(m_connection, name, sql, 0, nullptr));
        if (PQresultStatus(made.get()) != PGRES_COMMAND_OK)
            return unexpected(errorOf(made.get(), name));
        known.names.insert(name);
    }
    std::vector<const char *> pointers;
    pointers.reserve(std::size_t(values.size()));
    for (const QByteArray &value : values)
        pointers.push_back(value.isNull() ? nullptr : value.constData());
    Result result(PQexecPrepared(
        m_connection, name, int(values.size()), pointers.data(), nullptr, nullptr, 1));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return unexpected(errorOf(result.get(), name));
    return result;
}

Expected<void, StoreError> PgConnection::copyIn(
    const QByteArray &statement, const QByteArray &data) const
{
    {
        const Result started(PQexec(m_connection, statement.constData()));
        if (PQresultStatus(started.get()) != PGRES_COPY_IN)
            return unexpected(errorOf(started.get(), "copy"));
    }
    // On a blocking connection these return only once the data is handed to the socket.
    const bool sent = PQputCopyData(m_connection, data.constData(), int(data.size())) == 1;
    if (PQputCopyEnd(m_connection, sent ? nullptr : "the rows could not be sent") != 1)
        return unexpected(errorOf(nullptr, "copy"));
    Expected<void, StoreError> outcome;
    // Every result is read, so the connection is idle again for Qt's driver afterwards.
    while (PGresult *raw = PQgetResult(m_connection)) {
        const Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && outcome)
            outcome = unexpected(errorOf(raw, "copy"));
    }
    return outcome;
}

qsizetype PgConnection::rowCount(const Result &result)
{
    return PQntuples(result.get());
}

QByteArray PgConnection::value(const Result &result, qsizetype row, int column)
{
    if (PQgetisnull(result.get(), int(row), column))
        return {};
    return QByteArray(
        PQgetvalue(result.get(), int(row), column), PQgetlength(result.get(), int(row), column));
}

qint64 PgConnection::int64(const Result &result, qsizetype row, int column)
{
    const QByteArray bytes = value(result, row, column);
    if (bytes.size() != sizeof(qint64))
        return 0;
    return qFromBigEndian<qint64>(bytes.constData());
}

qint64 PgConnection::rowsAffected(const Result &result)
{
    return QByteArray(PQcmdTuples(result.get())).toLongLong();
}

PgCopyRows::PgCopyRows()
{
    m_data.append("PGCOPY\n\377\r\n\0", 11);
    int32(0); // flags: no OIDs
    int32(0); // no header extension
}

void PgCopyRows::int32(qint32 value)
{
    const qint32 big = qToBigEndian(value);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void PgCopyRows::beginRow(qint16 fields)
{
    const qint16 big = qToBigEndian(fields);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

void PgCopyRows::text(const QString &value)
{
    bytes(value.toUtf8());
}

void PgCopyRows::bytes(const QByteArray &value)
{
    int32(qint32(value.size()));
    m_data.append(value);
}

void PgCopyRows::int64(qint64 value)
{
    int32(sizeof value);
    const qint64 big = qToBigEndian(value);
    m_data.append(reinterpret_cast<const char *>(&big), sizeof big);
}

QByteArray PgCopyRows::finish()
{
    beginRow(-1);
    return std::move(m_data);
}

QByteArray pgTextArray(const QList<QString> &values)
{
    QByteArray literal = "{";
    for (const QString &value : values) {
        if (literal.size() > 1)
            literal += ',';
        literal += '"';
        for (const char c : value.toUtf8()) {
            if (c == '"' || c == '\\')
                literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    return literal;
}

} // namespace hearth::server
