#include "enrolhandler.h"

#include "devicerepository.h"
#include "enrolmentcodes.h"
#include "enrolrequest.h"
#include "practitionerrepository.h"
#include "problem.h"
#include "record/canonicaljson.h"
#include "record/envelope.h"
#include "record/recordchain.h"
#include "settingsstore.h"
#include "transaction.h"

#include <sodium.h>

namespace hearth::server {

namespace {
QString newDeviceId()
{
    QByteArray raw(10, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QStringLiteral("dev-") + QString::fromLatin1(raw.toHex());
}

Problem refusal(EnrolmentCodes::Refusal refusal)
{
    switch (refusal) {
    case EnrolmentCodes::Refusal::Used:
        return Problem::make(ProblemType::EnrolmentCodeUsed, 403,
            QStringLiteral("this enrolment code was already used; ask for a new one"));
    case EnrolmentCodes::Refusal::Expired:
        return Problem::make(ProblemType::EnrolmentCodeExpired, 403,
            QStringLiteral("this enrolment code has expired; ask for a new one"));
    case EnrolmentCodes::Refusal::Unknown:
        break;
    }
    return Problem::make(ProblemType::EnrolmentCodeInvalid, 403,
        QStringLiteral("no such enrolment code; check it was typed correctly"));
}
} // namespace

HttpReply EnrolHandler::handle(const IncomingRequest &request) const
{
    auto parsed = EnrolRequest::parse(request.body);
    if (!parsed) {
        const bool syntax = parsed.error().startsWith(QStringLiteral("malformed JSON"))
            || parsed.error().startsWith(QStringLiteral("the body must"));
        return Problem::make(
            syntax ? ProblemType::MalformedJson : ProblemType::InvalidRequest, 400, parsed.error())
            .toReply();
    }
    const Database &database = m_context.database;
    const QDateTime now = m_context.clock.nowUtc();
    const QString nowText = Envelope::formatCreated(now);
    const SettingsStore settings(database);
    auto recoveryKey = settings.get(SettingsStore::recoveryPublicKey);
    auto lockTimeout = settings.get(SettingsStore::lockTimeoutSeconds);
    if (!recoveryKey || !lockTimeout)
        return Problem::fromStore(!recoveryKey ? recoveryKey.error() : lockTimeout.error())
            .toReply();

    auto transaction = Transaction::begin(database);
    if (!transaction)
        return Problem::fromStore(transaction.error()).toReply();
    // The device's own id when it sent one: its vault may already hold records signed with it.
    const QString deviceId = parsed->deviceId.isEmpty() ? newDeviceId() : parsed->deviceId;
    auto practitionerId
        = EnrolmentCodes(database).consume(parsed->code, now.toSecsSinceEpoch(), nowText, deviceId);
    if (!practitionerId) {
        if (practitionerId.error().refusal)
            return refusal(*practitionerId.error().refusal).toReply();
        return Problem::fromStore(practitionerId.error().store).toReply();
    }
    const DeviceRepository devices(database);
    const QString keyHex = DeviceKeyPair::toHex(parsed->publicKey);
    auto inUse = devices.publicKeyInUse(keyHex);
    if (!inUse)
        return Problem::fromStore(inUse.error()).toReply();
    if (*inUse) // rolled back with the code, which stays usable for the right device
        return Problem::make(ProblemType::KeyAlreadyEnrolled, 409,
            QStringLiteral("a device with this public key is already enrolled; generate a new key"))
            .toReply();
    if (!parsed->deviceId.isEmpty()) {
        auto holder = devices.find(deviceId);
        if (!holder)
            return Problem::fromStore(holder.error()).toReply();
        // Refused rather than renamed: records signed with this id already exist on the device,
        // and an id shared by two devices would merge their chains. Rolled back with the code.
        if (holder->has_value())
            return Problem::make(ProblemType::DeviceIdTaken, 409,
                QStringLiteral("another device is already enrolled with this device id; the device "
                               "must create a new vault (and id) before enrolling"))
                .toReply();
    }
    DeviceRow row;
    row.id = deviceId;
    row.publicKeyHex = keyHex;
    row.name = parsed->name;
    row.practitionerId = *practitionerId;
    row.enrolledAt = nowText;
    row.headHash = RecordChain::genesisHash();
    if (auto inserted = devices.insert(row); !inserted)
        return Problem::fromStore(inserted.error()).toReply();
    auto practitioner = PractitionerRepository(database).find(*practitionerId);
    if (!practitioner)
        return Problem::fromStore(practitioner.error()).toReply();
    if (!practitioner->has_value()) // the code's foreign key makes this a damaged store
        return Problem::fromStore(StoreError { StoreError::Kind::Invalid,
                                      QStringLiteral("the enrolment code's practitioner is gone") })
            .toReply();
    if (auto committed = transaction->commit(); !committed)
        return Problem::fromStore(committed.error()).toReply();

    JsonValue settingsJson = JsonValue::object({ { QStringLiteral("lockTimeoutSeconds"),
        lockTimeout->value_or(QStringLiteral("300")).toLongLong() } });
    settingsJson.insert(QStringLiteral("recoveryPublicKey"),
        recoveryKey->has_value() ? JsonValue(**recoveryKey) : JsonValue(nullptr));
    const JsonValue answer = JsonValue::object({
        { QStringLiteral("deviceId"), deviceId },
        { QStringLiteral("practitioner"),
            JsonValue::object({ { QStringLiteral("id"), *practitionerId },
                { QStringLiteral("name"), (*practitioner)->name },
                { QStringLiteral("role"), PractitionerRoles::slug((*practitioner)->role) } }) },
        { QStringLiteral("serverPublicKey"),
            DeviceKeyPair::toHex(m_context.serverKey.publicKey()) },
        { QStringLiteral("settings"), settingsJson },
    });
    HttpReply reply = HttpReply::json(201, CanonicalJson::serialize(answer).value());
    reply.device = deviceId;
    return reply;
}

} // namespace hearth::server
