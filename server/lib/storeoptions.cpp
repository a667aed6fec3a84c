#include "storeoptions.h"

#include <QDir>
#include <QFileInfo>

namespace hearth::server {

void StoreOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(m_data);
    parser.addOption(m_db);
    parser.addOption(m_key);
    parser.addOption(m_clockOffset);
}

namespace {
constexpr QFileDevice::Permissions groupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// Empty when the path is missing or private.
QString exposure(const QFileInfo &info)
{
    if (!info.exists() || !(info.permissions() & groupOrOthers))
        return {};
    // Qt keeps one hex digit per class (owner, user, group, others); show the familiar octal.
    const int bits = int(info.permissions());
    const QString mode
        = QStringLiteral("0%1%2%3").arg((bits >> 12) & 7).arg((bits >> 4) & 7).arg(bits & 7);
    return QStringLiteral("%1 is readable or writable by other users (mode %2); ")
        .arg(info.filePath(), mode);
}
} // namespace

Expected<void, QString> StoreOptions::checkPrivate(const Resolved &resolved)
{
    if (!resolved.dataDir.isEmpty()) {
        const QFileInfo dir(resolved.dataDir);
        QString problems = exposure(dir);
        // The database and its journals (the key is checked below); other files an operator
        // keeps there, a TLS certificate say, are theirs to judge.
        const QFileInfoList files
            = QDir(resolved.dataDir)
                  .entryInfoList({ QStringLiteral("hearth.sqlite*") }, QDir::Files | QDir::Hidden);
        for (const QFileInfo &file : files)
            problems += exposure(file);
        if (!problems.isEmpty())
            return unexpected(QStringLiteral("%1the store holds personal data and must be "
                                             "private to the server's user: run "
                                             "chmod go-rwx %2 %2/hearth.sqlite*")
                                  .arg(problems, dir.absoluteFilePath()));
    }
    if (const QString key = exposure(QFileInfo(resolved.keyPath)); !key.isEmpty())
        return unexpected(QStringLiteral("%1the server signing key must be private to the "
                                         "server's user: run chmod 600 %2")
                              .arg(key, QFileInfo(resolved.keyPath).absoluteFilePath()));
    return {};
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
