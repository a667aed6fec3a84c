#pragma once

#include "common/expected.h"

#include <QString>

namespace hearth::server {

// Which database the server and admin command use: a SQLite file in a data folder (the
// default: nothing to install) or a PostgreSQL server given as a postgresql:// URL. Parsed
// once from the command line so the rest of the code only asks for the dialect.
struct StoreConfig
{
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath; // <data>/hearth.sqlite
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QString connectOptions; // QPSQL "key=value;..." (sslmode, ...)

    static StoreConfig sqliteIn(const QString &dataDir);
    // postgresql://user:password@host:port/database?sslmode=...&host=/socket/dir
    [[nodiscard]] static Expected<StoreConfig, QString> fromUrl(const QString &url);

    bool isPostgres() const { return dialect == Dialect::Postgres; }
    // For messages: never includes the password.
    QString describe() const;
};

} // namespace hearth::server
