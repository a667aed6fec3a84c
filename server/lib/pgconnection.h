#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace hearth::server {

// libpq on the connection Qt's PostgreSQL driver opened for this thread (same session, same
// transaction), for the statements ingest runs for every batch. Qt's driver sends each
// prepared statement as PREPARE, EXECUTE and DEALLOCATE in SQL text, with every bound value
// (each envelope as hex) written into the EXECUTE: PostgreSQL then spends more time lexing and
// planning that text than storing the rows. Here the records go in as one binary COPY and the
// other statements are prepared once per connection and sent with their values apart from the
// SQL, in one round trip each.
class PgConnection
{
public:
    struct ResultDeleter
    {
        void operator()(pg_result *result) const;
    };
    using Result = std::unique_ptr<pg_result, ResultDeleter>;

    // This thread's connection of database, which must be a PostgreSQL store.
    [[nodiscard]] static Expected<PgConnection, StoreError> of(const Database &database);

    // Runs the statement (prepared on this connection under name the first time) with text
    // values, NULL for a null QByteArray; rows come back in binary form (text columns as their
    // UTF-8 bytes, bytea as the bytes themselves).
    [[nodiscard]] Expected<Result, StoreError> execPrepared(
        const char *name, const char *sql, const QList<QByteArray> &values) const;

    // COPY ... FROM STDIN (FORMAT binary) with data from PgCopyRows.
    [[nodiscard]] Expected<void, StoreError> copyIn(
        const QByteArray &statement, const QByteArray &data) const;

    static qsizetype rowCount(const Result &result);
    static QByteArray value(const Result &result, qsizetype row, int column);
    // A bigint column (0 when null).
    static qint64 int64(const Result &result, qsizetype row, int column);
    // Rows an INSERT, UPDATE or DELETE changed.
    static qint64 rowsAffected(const Result &result);

private:
    explicit PgConnection(pg_conn *connection)
        : m_connection(connection)
    { }
    StoreError errorOf(const pg_result *result, const char *what) const;

    pg_conn *m_connection;
};

// The rows of a binary COPY, encoded as PostgreSQL's binary copy format expects them.
class PgCopyRows
{
public:
    PgCopyRows();
    void beginRow(qint16 fields);
    void text(const QString &value);
    void bytes(const QByteArray &value);
    void int64(qint64 value);
    // The whole stream, trailer included.
    QByteArray finish();

private:
    void int32(qint32 value);
    QByteArray m_data;
};

// A PostgreSQL array literal of text values (for "= ANY($1::text[])"), each value quoted so
// that no id a device sends can change the array's shape.
QByteArray pgTextArray(const QList<QString> &values);

} // namespace hearth::server
