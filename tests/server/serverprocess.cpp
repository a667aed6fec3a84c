#include "serverprocess.h"

#include <QDeadlineTimer>

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::start(const QStringList &storeArguments, const QStringList &extra)
{
    m_process.setProgram(QStringLiteral(HEARTH_SERVER));
    m_process.setArguments(storeArguments
        + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") } + extra);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("hearth-server did not start: %1").arg(m_process.errorString());
    QByteArray out;
    const QDeadlineTimer deadline(15000);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(out).trimmed();
    if (!line.startsWith(QStringLiteral("listening on "))) {
        m_process.waitForFinished(2000);
        return QStringLiteral("hearth-server did not report listening: stdout=%1 stderr=%2")
            .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
    }
    m_base = QUrl(line.mid(13));
    return {};
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl ServerProcess::url(const QString &path) const
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return url;
}

QString ServerProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

AdminResult runAdmin(const QStringList &storeArguments, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_ADMIN), storeArguments + arguments);
    AdminResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("hearth-admin timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
