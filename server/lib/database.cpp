#include "database.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QThread>

namespace hearth::server {

namespace {
QAtomicInteger<int> instances;
}

Database::Database(StoreConfig config)
    : m_config(std::move(config))
    , m_prefix(QStringLiteral("hearth-%1-").arg(instances.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    // Connections opened by other (now idle) threads are closed when QSqlDatabase's registry is
    // torn down at exit; only this thread's can be removed safely here.
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

StoreError Database::errorFrom(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    // 40001/40P01: PostgreSQL serialisation failure and deadlock; 5/6: SQLite busy and locked.
    const bool conflict = code == u"40001" || code == u"40P01" || code == u"5" || code == u"6";
    return StoreError { conflict ? StoreError::Kind::Conflict : StoreError::Kind::Unavailable,
        QStringLiteral("%1: %2").arg(what, error.text()) };
}

Expected<QSqlDatabase, StoreError> Database::connection() const
{
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (!db.open())
            return unexpected(
                errorFrom(db.lastError(), QStringLiteral("cannot reopen %1").arg(describe())));
        return db;
    }
    QSqlDatabase db;
    if (m_config.isPostgres()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setConnectOptions(m_config.connectOptions);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.isValid())
        return unexpected(StoreError { StoreError::Kind::Unavailable,
            QStringLiteral("the Qt SQL driver for %1 is not installed").arg(describe()) });
    if (!db.open()) {
        StoreError error
            = errorFrom(db.lastError(), QStringLiteral("cannot open %1").arg(describe()));
        error.kind = StoreError::Kind::Unavailable;
        return unexpected(error);
    }
    if (!m_config.isPostgres()) {
        // FULL, not NORMAL: a receipt tells the tablet it may stop sending a record, so the
        // commit behind it must be on disk even if the machine loses power. In WAL mode that
        // is one fsync per batch, which the ingest figures barely notice.
        QSqlQuery pragma(db);
        for (const char *statement :
            { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
            if (!pragma.exec(QString::fromLatin1(statement)))
                return unexpected(errorFrom(pragma.lastError(), QString::fromLatin1(statement)));
        }
    }
    return db;
}

Expected<QSqlQuery, StoreError> Database::exec(
    const QString &sql, std::initializer_list<QVariant> values) const
{
    return exec(sql, QVariantList(values));
}

Expected<QSqlQuery, StoreError> Database::exec(const QString &sql, const QVariantList &values) const
{
    auto db = connection();
    if (!db)
        return unexpected(db.error());
    QSqlQuery query(*db);
    query.setForwardOnly(true);
    // Without values the statement runs as it is: PostgreSQL cannot PREPARE BEGIN or COMMIT.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return unexpected(errorFrom(query.lastError(), QStringLiteral("query")));
        return query;
    }
    if (!query.prepare(sql))
        return unexpected(errorFrom(query.lastError(), QStringLiteral("prepare")));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return unexpected(errorFrom(query.lastError(), QStringLiteral("query")));
    return query;
}

} // namespace hearth::server
