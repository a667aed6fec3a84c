// devices and revoke: looking after enrolled devices.
#include "admincontext.h"
#include "devicerepository.h"
#include "record/canonicaljson.h"
#include "record/envelope.h"

namespace hearth::server {

int runDevices(const AdminContext &context)
{
    auto devices = DeviceRepository(context.database).list();
    if (!devices)
        return context.fail(devices.error().message);
    if (context.isSet("json")) {
        JsonValue list = JsonValue::array();
        for (const DeviceRow &device : *devices) {
            list.append(JsonValue::object({
                { QStringLiteral("id"), device.id },
                { QStringLiteral("name"), device.name },
                { QStringLiteral("practitioner"), device.practitionerId },
                { QStringLiteral("enrolled"), device.enrolledAt },
                { QStringLiteral("revoked"),
                    device.isRevoked() ? JsonValue(device.revokedAt) : JsonValue(nullptr) },
                { QStringLiteral("records"), device.recordCount },
                { QStringLiteral("headSeq"), device.headSeq },
                { QStringLiteral("lastSeen"),
                    device.lastSeen.isEmpty() ? JsonValue(nullptr) : JsonValue(device.lastSeen) },
                { QStringLiteral("waiting"),
                    device.waiting ? JsonValue(*device.waiting) : JsonValue(nullptr) },
                { QStringLiteral("waitingReported"),
                    device.waiting ? JsonValue(device.waitingReportedAt) : JsonValue(nullptr) },
            }));
        }
        context.out << QString::fromUtf8(CanonicalJson::serialize(list).value()) << '\n';
        return 0;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("DEVICE"), -26)
                       .arg(QStringLiteral("PRACTITIONER"), -14)
                       .arg(QStringLiteral("STATUS"), -8)
                       .arg(QStringLiteral("RECORDS"), 8)
                       .arg(QStringLiteral("NAME"));
    for (const DeviceRow &device : *devices) {
        context.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(device.id, -26)
                           .arg(device.practitionerId, -14)
                           .arg(device.isRevoked() ? QStringLiteral("revoked")
                                                   : QStringLiteral("active"),
                               -8)
                           .arg(device.recordCount, 8)
                           .arg(device.name);
    }
    return 0;
}

int runRevoke(const AdminContext &context)
{
    if (context.arguments.size() != 1)
        return context.fail(QStringLiteral("usage: revoke DEVICE-ID [--reason TEXT]"));
    const QString reason
        = context.isSet("reason") ? context.option("reason") : QStringLiteral("revoked by admin");
    auto revoked = DeviceRepository(context.database)
                       .revoke(context.arguments[0], reason,
                           Envelope::formatCreated(context.clock.nowUtc()));
    if (!revoked)
        return context.fail(revoked.error().message);
    if (!*revoked)
        return context.fail(QStringLiteral("no device \"%1\"").arg(context.arguments[0]));
    context.out << "revoked " << context.arguments[0] << " (its stored records are kept)\n";
    return 0;
}

} // namespace hearth::server
