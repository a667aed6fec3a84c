#include "syncserver.h"

#include "record/canonicaljson.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SyncServer::SyncServer() = default;

SyncServer::~SyncServer()
{
    stop();
}

QStringList SyncServer::storeArguments() const
{
    return m_postgres ? m_postgres->storeArguments()
                      : QStringList { QStringLiteral("--data"), m_dir.path() };
}

QString SyncServer::create()
{
    if (TestBackend::selected() == TestBackend::Kind::Postgres) {
        // TestBackend's own connection is QPSQL here (libpq, no SQLite), so it may be used.
        m_postgres = std::make_unique<TestBackend>(TestBackend::Kind::Postgres);
        return m_postgres->create();
    }
    AdminResult init = admin({ QStringLiteral("init") });
    if (init.exitCode != 0)
        return QStringLiteral("hearth-admin init failed: %1").arg(init.err);
    AdminResult practitioner = admin({ QStringLiteral("add-practitioner"),
        QStringLiteral("hv-0042"), QStringLiteral("Pat Example") });
    return practitioner.exitCode == 0 ? QString() : practitioner.err;
}

AdminResult SyncServer::admin(const QStringList &arguments) const
{
    return runAdmin(storeArguments(), arguments);
}

QString SyncServer::makeCertificate(const QString &name)
{
    const QString cert = m_dir.filePath(name + QStringLiteral(".crt"));
    if (QFile::exists(cert))
        return {};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"),
            m_dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"), cert });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl failed: %1")
            .arg(QString::fromUtf8(openssl.readAllStandardError()));
    return {};
}

QString SyncServer::start(bool tls, const QString &certificate)
{
    stop();
    QStringList arguments = storeArguments();
    // The same port again after a restart, so an enrolled device finds it.
    arguments << QStringLiteral("--listen")
              << (m_base.isValid() ? QStringLiteral("127.0.0.1:%1").arg(m_base.port())
                                   : QStringLiteral("127.0.0.1:0"));
    if (tls) {
        if (QString made = makeCertificate(certificate); !made.isEmpty())
            return made;
        arguments << QStringLiteral("--tls-cert")
                  << m_dir.filePath(certificate + QStringLiteral(".crt"))
                  << QStringLiteral("--tls-key")
                  << m_dir.filePath(certificate + QStringLiteral(".key"));
    }
    m_process.start(QStringLiteral(HEARTH_SERVER), arguments + extraArguments);
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("hearth-server did not start: %1").arg(m_process.errorString());
    QByteArray out;
    const QDeadlineTimer deadline(15000);
    while (
        !out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(out).trimmed();
    if (!line.startsWith(QStringLiteral("listening on ")))
        return QStringLiteral("hearth-server did not report listening: %1 %2")
            .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
    m_base = QUrl(line.mid(13));
    m_tls = tls;
    return {};
}

void SyncServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void SyncServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

QString SyncServer::newCode() const
{
    const AdminResult result = admin({ QStringLiteral("enrol-code"),
        QStringLiteral("--practitioner"), QStringLiteral("hv-0042"), QStringLiteral("--json") });
    auto json = hearth::CanonicalJson::parse(result.out.trimmed());
    return json ? (*json)[u"code"].toString() : QString();
}

QList<QByteArray> SyncServer::exported(const QString &deviceId) const
{
    const AdminResult result
        = admin({ QStringLiteral("export"), QStringLiteral("--device"), deviceId });
    QList<QByteArray> lines = result.out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject SyncServer::device(const QString &deviceId) const
{
    const AdminResult result = admin({ QStringLiteral("devices"), QStringLiteral("--json") });
    for (const QJsonValue &row : QJsonDocument::fromJson(result.out).array())
        if (row.toObject().value(QStringLiteral("id")).toString() == deviceId)
            return row.toObject();
    return {};
}
