#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The real hearth-server started as its own process (never in the test's process, so Qt's
// SQLite driver and the device's SQLCipher can never meet), on 127.0.0.1 port 0; the URL comes
// from its "listening on URL" line.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Empty string on success, else what went wrong (with the server's stderr).
    QString start(const QStringList &storeArguments, const QStringList &extra = {});
    void stop();

    QUrl url(const QString &path) const;
    qint64 processId() const { return m_process.processId(); }
    QString log(); // everything it wrote to stderr so far

private:
    QProcess m_process;
    QUrl m_base;
    QString m_log;
};

// Runs hearth-admin to completion.
struct AdminResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};
AdminResult runAdmin(const QStringList &storeArguments, const QStringList &arguments);
