#pragma once

#include "common/expected.h"
#include "storeconfig.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace hearth::server {

// The server's access to its database. A QSqlDatabase connection belongs to the thread that
// opened it, and requests run on a pool of worker threads, so this hands each thread its own
// connection (opened on first use, configured the same way: WAL and a busy timeout on SQLite).
// The service itself holds no other state, so several instances can share one PostgreSQL.
class Database
{
public:
    explicit Database(StoreConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const StoreConfig &config() const { return m_config; }
    bool isPostgres() const { return m_config.isPostgres(); }

    // This thread's open connection.
    [[nodiscard]] Expected<QSqlDatabase, StoreError> connection() const;

    // Prepares and runs one statement with positional values on this thread's connection.
    [[nodiscard]] Expected<QSqlQuery, StoreError> exec(
        const QString &sql, std::initializer_list<QVariant> values = {}) const;
    [[nodiscard]] Expected<QSqlQuery, StoreError> exec(
        const QString &sql, const QVariantList &values) const;

    // For messages: where the data is, without secrets.
    QString describe() const { return m_config.describe(); }

    static StoreError errorFrom(const QSqlError &error, const QString &what);

private:
    StoreConfig m_config;
    QString m_prefix;
};

} // namespace hearth::server
