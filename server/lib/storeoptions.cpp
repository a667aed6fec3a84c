#include "storeoptions.h"

#include <QDir>

namespace hearth::server {

void StoreOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(m_data);
    parser.addOption(m_db);
    parser.addOption(m_key);
    parser.addOption(m_clockOffset);
}

Expected<StoreOptions::Resolved, QString> StoreOptions::resolve(
    const QCommandLineParser &parser) const
{
    Resolved resolved;
    if (parser.isSet(m_data) == parser.isSet(m_db))
        return unexpected(
            QStringLiteral("give exactly one of --data DIR (SQLite) or --db URL (PostgreSQL)"));
    if (parser.isSet(m_data)) {
        resolved.dataDir = parser.value(m_data);
        resolved.store = StoreConfig::sqliteIn(resolved.dataDir);
        resolved.keyPath = QDir(resolved.dataDir).filePath(QStringLiteral("server-signing.key"));
    } else {
        auto config = StoreConfig::fromUrl(parser.value(m_db));
        if (!config)
            return unexpected(config.error());
        resolved.store = *config;
        if (!parser.isSet(m_key))
            return unexpected(
                QStringLiteral("with --db, give the server key file with --key FILE"));
    }
    if (parser.isSet(m_key))
        resolved.keyPath = parser.value(m_key);
    if (parser.isSet(m_clockOffset)) {
        bool ok = false;
        resolved.clockOffsetSeconds = parser.value(m_clockOffset).toLongLong(&ok);
        if (!ok)
            return unexpected(QStringLiteral("--clock-offset must be a whole number of seconds"));
    }
    return resolved;
}

} // namespace hearth::server
