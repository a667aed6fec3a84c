#include "infohandler.h"

#include "migrations.h"
#include "problem.h"
#include "record/canonicaljson.h"
#include "requestauthenticator.h"

#include <QCoreApplication>

namespace hearth::server {

HttpReply InfoHandler::health() const
{
    auto alive = m_context.database.exec(QStringLiteral("SELECT 1"));
    if (!alive)
        return Problem::fromStore(alive.error()).toReply();
    return HttpReply::json(200, QByteArray(R"({"status":"ok"})"));
}

HttpReply InfoHandler::version(const IncomingRequest &request) const
{
    auto device = RequestAuthenticator(m_context).authenticate(request);
    if (!device)
        return device.error().toReply();
    const JsonValue answer = JsonValue::object({
        { QStringLiteral("device"), device->id },
        { QStringLiteral("practitioner"), device->practitionerId },
        { QStringLiteral("protocol"), protocolVersion },
        { QStringLiteral("schema"), Migrations::latestVersion() },
        { QStringLiteral("server"), QStringLiteral("hearth-server") },
        { QStringLiteral("version"), QCoreApplication::applicationVersion() },
    });
    HttpReply reply = HttpReply::json(200, CanonicalJson::serialize(answer).value());
    reply.device = device->id;
    return reply;
}

} // namespace hearth::server
