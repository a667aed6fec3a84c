#include "consoleclient.h"

#include "rawconnection.h"
#include "serverprocess.h"
#include "testclient.h"

#include <QProcess>

QByteArray ConsoleAnswer::header(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray ConsoleAnswer::cookie(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray value = line.trimmed();
        if (value.toLower().startsWith("set-cookie:")
            && value.mid(11).trimmed().startsWith(name + '='))
            return value.mid(11).trimmed().split(';').first();
    }
    return {};
}

namespace ConsoleClient {

ConsoleAnswer request(quint16 port, const QByteArray &method, const QByteArray &target,
    const QByteArray &cookie, const QByteArray &form)
{
    RawConnection connection(port);
    Headers headers { { "Connection", "close" } };
    if (!cookie.isEmpty())
        headers.append({ "Cookie", cookie });
    if (method == "POST")
        headers.append(
            { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    connection.send(rawRequest(method, target, headers, form));
    const QByteArray bytes = connection.read(30000).bytes;
    ConsoleAnswer answer;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    answer.head = bytes.left(end);
    answer.body = bytes.mid(end + 4);
    answer.status = answer.head.mid(9, 3).toInt();
    return answer;
}

QString addSupervisor(const QStringList &storeArguments, const QString &name, bool granted)
{
    QProcess process;
    process.start(QStringLiteral(HEARTH_ADMIN),
        QStringList(storeArguments) << QStringLiteral("add-user") << name
                                    << QStringLiteral("--role") << QStringLiteral("supervisor"));
    process.write(name.toUtf8() + "-password-long\n");
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    if (!granted)
        return {};
    const AdminResult grant = runAdmin(storeArguments,
        { QStringLiteral("grant-user"), name, QStringLiteral("--practitioner"),
            QStringLiteral("hv-0042") });
    return grant.exitCode == 0 ? QString() : grant.err;
}

QByteArray signIn(quint16 port, const QString &name)
{
    const ConsoleAnswer form = request(port, "GET", "/console/sign-in", {});
    const QByteArray token = form.cookie("hearth-sign-in");
    const ConsoleAnswer signedIn = request(port, "POST", "/console/sign-in", token,
        "csrf=" + token.mid(15) + "&name=" + name.toUtf8() + "&password=" + name.toUtf8()
            + "-password-long");
    return signedIn.cookie("hearth-session");
}

} // namespace ConsoleClient
