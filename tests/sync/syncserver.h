#pragma once

#include "serverprocess.h"
#include "testbackend.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The real hearth-server for sync tests, on SQLite or PostgreSQL as CTest selects (the
// tests/server pattern). Unlike tests/server's fixture it never opens the store in this
// process: a sync test process links SQLCipher, and Qt's SQLite driver must never be loaded
// beside it (their sqlite3_* symbols clash). Everything about the store is asked of
// hearth-admin instead. It can also be killed outright (SIGKILL) and started again on the same
// port, and serve TLS with a certificate made by openssl.
class SyncServer
{
public:
    SyncServer();
    ~SyncServer();

    // Empty on success. With tls, makes a self-signed certificate (named `certificate`, so a
    // test can switch to another one).
    QString create();
    QString start(bool tls = false, const QString &certificate = QStringLiteral("a"));
    void kill(); // SIGKILL: no chance to finish anything
    void stop();
    QUrl url() const { return m_base; }
    quint16 port() const { return quint16(m_base.port()); }

    AdminResult admin(const QStringList &arguments) const;
    QString newCode() const;
    // hearth-admin export --device ID: the stored envelopes, byte for byte.
    QList<QByteArray> exported(const QString &deviceId) const;
    // The device's row of hearth-admin devices --json (records, headSeq, revoked...).
    QJsonObject device(const QString &deviceId) const;
    QStringList storeArguments() const;
    QString dir() const { return m_dir.path(); }
    // Added to the server's arguments from the next start() on (--clock-offset, say).
    QStringList extraArguments;

private:
    QString makeCertificate(const QString &name);

    std::unique_ptr<TestBackend> m_postgres; // only for the PostgreSQL variant
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_base;
    bool m_tls = false;
};
