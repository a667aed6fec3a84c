#include "problem.h"

#include "record/canonicaljson.h"

#include <QDebug>

namespace hearth::server {

Problem Problem::make(ProblemType type, int status, const QString &detail)
{
    Problem problem;
    problem.type = type;
    problem.status = status;
    problem.detail = detail;
    return problem;
}

Problem Problem::fromStore(const StoreError &error)
{
    // The message may carry SQL error text: log it, but do not send it to the device.
    qWarning().noquote() << "store error:" << error.message;
    if (error.kind == StoreError::Kind::Conflict)
        return make(
            ProblemType::Busy, 503, QStringLiteral("another request changed the same data; retry"));
    return make(ProblemType::StoreUnavailable, 503,
        QStringLiteral("the database is not available; retry later"));
}

QString Problem::title(ProblemType type)
{
    switch (type) {
    case ProblemType::MalformedJson:
        return QStringLiteral("The body is not valid JSON");
    case ProblemType::InvalidRequest:
        return QStringLiteral("The request is not valid");
    case ProblemType::PayloadTooLarge:
        return QStringLiteral("The body is too large");
    case ProblemType::UnsupportedMediaType:
        return QStringLiteral("Unsupported content type");
    case ProblemType::NotFound:
        return QStringLiteral("No such endpoint");
    case ProblemType::MethodNotAllowed:
        return QStringLiteral("Method not allowed");
    case ProblemType::AuthenticationRequired:
        return QStringLiteral("A signed request is required");
    case ProblemType::MalformedAuthentication:
        return QStringLiteral("The request signature headers are malformed");
    case ProblemType::ClockSkew:
        return QStringLiteral("The request time is outside the allowed window");
    case ProblemType::UnknownDevice:
        return QStringLiteral("Unknown device");
    case ProblemType::BadRequestSignature:
        return QStringLiteral("The request signature does not verify");
    case ProblemType::ReplayedRequest:
        return QStringLiteral("The request nonce was already used");
    case ProblemType::DeviceRevoked:
        return QStringLiteral("This device has been revoked");
    case ProblemType::EnrolmentCodeInvalid:
        return QStringLiteral("Unknown enrolment code");
    case ProblemType::EnrolmentCodeUsed:
        return QStringLiteral("The enrolment code was already used");
    case ProblemType::EnrolmentCodeExpired:
        return QStringLiteral("The enrolment code has expired");
    case ProblemType::KeyAlreadyEnrolled:
        return QStringLiteral("This device key is already enrolled");
    case ProblemType::DeviceIdTaken:
        return QStringLiteral("Another device already has this device id");
    case ProblemType::Busy:
        return QStringLiteral("Busy, retry");
    case ProblemType::StoreUnavailable:
        return QStringLiteral("Storage unavailable");
    case ProblemType::InternalError:
        return QStringLiteral("Internal error");
    case ProblemType::MalformedRecord:
        return QStringLiteral("The record is malformed");
    case ProblemType::ForeignDevice:
        return QStringLiteral("The record belongs to another device");
    case ProblemType::BadRecordSignature:
        return QStringLiteral("The record signature does not verify");
    case ProblemType::BrokenChain:
        return QStringLiteral("The record does not continue the chain");
    case ProblemType::SequenceGap:
        return QStringLiteral("Records are missing before this one");
    case ProblemType::RepeatedSequence:
        return QStringLiteral("The sequence number is already used");
    case ProblemType::Tampered:
        return QStringLiteral("A different record with this id is stored");
    case ProblemType::AuthorMismatch:
        return QStringLiteral("The author is not the practitioner this device is enrolled for");
    case ProblemType::IdTimeMismatch:
        return QStringLiteral("The record id's time is not the record's creation time");
    case ProblemType::IdNotIncreasing:
        return QStringLiteral("The record id is not greater than the previous record's");
    case ProblemType::PhotoHashMismatch:
        return QStringLiteral("The photograph's bytes do not have the hash it was sent under");
    case ProblemType::PhotoNotJpeg:
        return QStringLiteral("The photograph is not a JPEG Hearth accepts");
    case ProblemType::PhotoTooLarge:
        return QStringLiteral("The photograph is too large");
    case ProblemType::PhotoMissing:
        return QStringLiteral("A photograph the record names has not been uploaded");
    }
    return QStringLiteral("Error");
}

JsonValue Problem::toJson() const
{
    JsonValue json = extensions;
    json.insert(QStringLiteral("type"), problemTypeUri(type));
    json.insert(QStringLiteral("title"), title(type));
    json.insert(QStringLiteral("status"), status);
    json.insert(QStringLiteral("detail"), detail);
    return json;
}

HttpReply Problem::toReply() const
{
    auto body = CanonicalJson::serialize(toJson());
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/problem+json";
    reply.body
        = body ? *body : QByteArray(R"({"status":500,"type":"urn:hearth:problem:internal-error"})");
    return reply;
}

} // namespace hearth::server
