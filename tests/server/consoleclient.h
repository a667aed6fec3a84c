#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The agency console driven as staff would use it, over a raw connection: the console's cookies
// are Secure, which Qt's cookie jar keeps from a plain-HTTP test server, so they are carried by
// hand.

// One console answer: status, headers and body.
struct ConsoleAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    // "name=value" of a Set-Cookie header for this cookie.
    QByteArray cookie(const QByteArray &name) const;
};

namespace ConsoleClient {

ConsoleAnswer request(quint16 port, const QByteArray &method, const QByteArray &target,
    const QByteArray &cookie, const QByteArray &form = {});
// A supervisor named `name` whose password is "<name>-password-long", granted hv-0042's
// caseload when `granted`; empty on success, else what hearth-admin said.
QString addSupervisor(const QStringList &storeArguments, const QString &name, bool granted);
// The session cookie after signing in as a user made by addSupervisor.
QByteArray signIn(quint16 port, const QString &name);

} // namespace ConsoleClient
