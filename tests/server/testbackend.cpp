#include "testbackend.h"

#include "serverprocess.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

namespace {
QAtomicInteger<int> serial;

const QStringList fingerprintTables {
    QStringLiteral("settings ORDER BY name"),
    QStringLiteral("practitioners ORDER BY id"),
    QStringLiteral("enrolment_codes ORDER BY code_hash"),
    QStringLiteral("devices ORDER BY id"),
    QStringLiteral("records ORDER BY device_id, id"),
    QStringLiteral("households ORDER BY id"),
    QStringLiteral("children ORDER BY id"),
    QStringLiteral("adults ORDER BY id"),
    QStringLiteral("child_links ORDER BY child_id, adult_id"),
    QStringLiteral("visit_summaries ORDER BY id"),
    QStringLiteral("caseload_removals ORDER BY rev"),
    QStringLiteral("caseload_counter"),
    QStringLiteral("attachments ORDER BY device_id, hash"),
};

QSqlDatabase postgresAdmin(const QString &name, const QUrl &url, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    return db;
}
} // namespace

TestBackend::Kind TestBackend::selected()
{
    return qEnvironmentVariable("HEARTH_TEST_BACKEND") == u"postgresql" ? Kind::Postgres
                                                                        : Kind::Sqlite;
}

QString TestBackend::postgresUrl()
{
    return qEnvironmentVariable("HEARTH_TEST_PG_URL");
}

TestBackend::TestBackend()
    : TestBackend(selected())
{ }

TestBackend::TestBackend(Kind kind)
    : m_kind(kind)
    , m_connection(QStringLiteral("probe-%1").arg(serial.fetchAndAddRelaxed(1)))
{ }

TestBackend::~TestBackend()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_kind == Kind::Postgres && !m_dbName.isEmpty()) {
        const QString admin = m_connection + QStringLiteral("-drop");
        {
            QSqlDatabase db
                = postgresAdmin(admin, QUrl(postgresUrl()), QUrl(postgresUrl()).path().mid(1));
            if (db.open())
                QSqlQuery(db).exec(
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName));
        }
        QSqlDatabase::removeDatabase(admin);
    }
}

QString TestBackend::create()
{
    if (m_kind == Kind::Postgres) {
        const QUrl url(postgresUrl());
        m_dbName = QStringLiteral("hearth_t%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(serial.fetchAndAddRelaxed(1));
        const QString admin = m_connection + QStringLiteral("-create");
        QString error;
        {
            QSqlDatabase db = postgresAdmin(admin, url, url.path().mid(1));
            if (!db.open())
                error = QStringLiteral("cannot reach PostgreSQL at HEARTH_TEST_PG_URL: %1")
                            .arg(db.lastError().text());
            else if (QSqlQuery query(db);
                     !query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName)))
                error = query.lastError().text();
        }
        QSqlDatabase::removeDatabase(admin);
        if (!error.isEmpty())
            return error;
    }
    AdminResult init = runAdmin(storeArguments(), { QStringLiteral("init") });
    if (init.exitCode != 0)
        return QStringLiteral("hearth-admin init failed: %1").arg(init.err);
    AdminResult practitioner = runAdmin(storeArguments(),
        { QStringLiteral("add-practitioner"), QStringLiteral("hv-0042"),
            QStringLiteral("Pat Example") });
    if (practitioner.exitCode != 0)
        return practitioner.err;
    return openConnection();
}

QStringList TestBackend::storeArguments() const
{
    if (m_kind == Kind::Sqlite)
        return { QStringLiteral("--data"), m_dir.path() };
    QUrl url(postgresUrl());
    url.setPath(u'/' + m_dbName);
    return { QStringLiteral("--db"), url.toString(), QStringLiteral("--key"),
        m_dir.filePath(QStringLiteral("server-signing.key")) };
}

QString TestBackend::openConnection() const
{
    QSqlDatabase db;
    if (m_kind == Kind::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("hearth.sqlite")));
    } else {
        db = postgresAdmin(m_connection, QUrl(postgresUrl()), m_dbName);
    }
    return db.open() ? QString() : db.lastError().text();
}

QByteArray TestBackend::fingerprint() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : fingerprintTables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) {
            // Unequal on every call, so a store that cannot be read never passes as "unchanged".
            qWarning() << "fingerprint:" << query.lastError().text();
            return QUuid::createUuid().toByteArray();
        }
        hash.addData(table.toUtf8());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                hash.addData(query.value(i).toByteArray());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result().toHex();
}

qint64 TestBackend::count(const QString &table) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool TestBackend::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

QSqlDatabase TestBackend::database() const
{
    return QSqlDatabase::database(m_connection);
}
