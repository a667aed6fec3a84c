#pragma once

#include "common/expected.h"
#include "storeconfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace hearth::server {

// The options hearth-server and hearth-admin share, so both find the same database and key
// the same way: --data DIR (SQLite in DIR, key file DIR/server-signing.key) or --db URL
// (PostgreSQL; then --key FILE is required), and --clock-offset for the tests.
class StoreOptions
{
public:
    void addTo(QCommandLineParser &parser);

    struct Resolved
    {
        StoreConfig store;
        QString keyPath;
        qint64 clockOffsetSeconds = 0;
        QString dataDir; // empty with --db
    };
    [[nodiscard]] Expected<Resolved, QString> resolve(const QCommandLineParser &parser) const;

    // The store holds every child on the caseload and every record: its data folder, the files
    // in it and the server key must be open to their owner only. On failure, says what is
    // readable by whom and the chmod command that fixes it.
    [[nodiscard]] static Expected<void, QString> checkPrivate(const Resolved &resolved);

private:
    QCommandLineOption m_data { QStringLiteral("data"), QStringLiteral("SQLite data folder."),
        QStringLiteral("DIR") };
    QCommandLineOption m_db { QStringLiteral("db"),
        QStringLiteral("PostgreSQL URL (postgresql://user@host:port/db)."), QStringLiteral("URL") };
    QCommandLineOption m_key { QStringLiteral("key"),
        QStringLiteral("Server signing key file (default DIR/server-signing.key)."),
        QStringLiteral("FILE") };
    QCommandLineOption m_clockOffset { QStringLiteral("clock-offset"),
        QStringLiteral("Testing only: run with the clock moved by SECONDS."),
        QStringLiteral("SECONDS") };
};

} // namespace hearth::server
