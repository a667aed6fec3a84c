#include "storeconfig.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace hearth::server {

StoreConfig StoreConfig::sqliteIn(const QString &dataDir)
{
    StoreConfig config;
    config.dialect = Dialect::Sqlite;
    config.sqlitePath = QDir(dataDir).filePath(QStringLiteral("hearth.sqlite"));
    return config;
}

Expected<StoreConfig, QString> StoreConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return unexpected(QStringLiteral("--db must be a postgresql:// URL"));
    StoreConfig config;
    config.dialect = Dialect::Postgres;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    config.password = url.password();
    config.databaseName = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            config.host = value; // a unix socket directory
        else if (key == u"sslmode" || key == u"connect_timeout" || key == u"application_name")
            options << key + u'=' + value;
        else
            return unexpected(QStringLiteral("--db: unsupported parameter \"%1\"").arg(key));
    }
    config.connectOptions = options.join(u';');
    if (config.databaseName.isEmpty())
        return unexpected(
            QStringLiteral("--db: the URL must name a database (postgresql://host/NAME)"));
    if (config.host.isEmpty())
        config.host = QStringLiteral("127.0.0.1");
    return config;
}

QString StoreConfig::describe() const
{
    if (!isPostgres())
        return QStringLiteral("SQLite %1").arg(sqlitePath);
    return QStringLiteral("PostgreSQL %1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace hearth::server
