#pragma once

#include <QString>

namespace hearth {

// The stable RFC 9457 "type" URIs of every problem the server reports, in one place so the
// device can switch on them and PROTOCOL.md can list them. URNs rather than web addresses: they
// are identifiers that never change, not documentation links that might move.
enum class ProblemType
{
    MalformedJson,
    InvalidRequest,
    PayloadTooLarge,
    UnsupportedMediaType,
    NotFound,
    MethodNotAllowed,
    AuthenticationRequired,
    MalformedAuthentication,
    ClockSkew,
    UnknownDevice,
    BadRequestSignature,
    ReplayedRequest,
    DeviceRevoked,
    EnrolmentCodeInvalid,
    EnrolmentCodeUsed,
    EnrolmentCodeExpired,
    KeyAlreadyEnrolled,
    DeviceIdTaken,
    Busy,
    StoreUnavailable,
    InternalError,
    // Per-record rejection reasons inside a records answer.
    MalformedRecord,
    ForeignDevice,
    BadRecordSignature,
    BrokenChain,
    SequenceGap,
    RepeatedSequence,
    Tampered,
    AuthorMismatch,  // "author" is not the practitioner the device is enrolled for
    IdTimeMismatch,  // the id's timestamp is not the record's "created" time
    IdNotIncreasing, // the id is not greater than the id of the device's previous record
    // PUT /v1/attachments/<hash> refusals, and the record rejection for a photo not yet sent.
    PhotoHashMismatch, // the bytes' BLAKE2b-256 hash is not the one in the path
    PhotoNotJpeg,      // not a baseline or progressive JPEG that Hearth writes
    PhotoTooLarge,     // over PhotoHash::MaxBytes
    PhotoMissing,      // a visit names a photo this device has not uploaded
};

inline QString problemSlug(ProblemType type)
{
    switch (type) {
    case ProblemType::MalformedJson:
        return QStringLiteral("malformed-json");
    case ProblemType::InvalidRequest:
        return QStringLiteral("invalid-request");
    case ProblemType::PayloadTooLarge:
        return QStringLiteral("payload-too-large");
    case ProblemType::UnsupportedMediaType:
        return QStringLiteral("unsupported-media-type");
    case ProblemType::NotFound:
        return QStringLiteral("not-found");
    case ProblemType::MethodNotAllowed:
        return QStringLiteral("method-not-allowed");
    case ProblemType::AuthenticationRequired:
        return QStringLiteral("authentication-required");
    case ProblemType::MalformedAuthentication:
        return QStringLiteral("malformed-authentication");
    case ProblemType::ClockSkew:
        return QStringLiteral("clock-skew");
    case ProblemType::UnknownDevice:
        return QStringLiteral("unknown-device");
    case ProblemType::BadRequestSignature:
        return QStringLiteral("bad-request-signature");
    case ProblemType::ReplayedRequest:
        return QStringLiteral("replayed-request");
    case ProblemType::DeviceRevoked:
        return QStringLiteral("device-revoked");
    case ProblemType::EnrolmentCodeInvalid:
        return QStringLiteral("enrolment-code-invalid");
    case ProblemType::EnrolmentCodeUsed:
        return QStringLiteral("enrolment-code-used");
    case ProblemType::EnrolmentCodeExpired:
        return QStringLiteral("enrolment-code-expired");
    case ProblemType::KeyAlreadyEnrolled:
        return QStringLiteral("key-already-enrolled");
    case ProblemType::DeviceIdTaken:
        return QStringLiteral("device-id-taken");
    case ProblemType::Busy:
        return QStringLiteral("busy");
    case ProblemType::StoreUnavailable:
        return QStringLiteral("store-unavailable");
    case ProblemType::InternalError:
        return QStringLiteral("internal-error");
    case ProblemType::MalformedRecord:
        return QStringLiteral("malformed-record");
    case ProblemType::ForeignDevice:
        return QStringLiteral("foreign-device");
    case ProblemType::BadRecordSignature:
        return QStringLiteral("bad-record-signature");
    case ProblemType::BrokenChain:
        return QStringLiteral("broken-chain");
    case ProblemType::SequenceGap:
        return QStringLiteral("sequence-gap");
    case ProblemType::RepeatedSequence:
        return QStringLiteral("repeated-sequence");
    case ProblemType::Tampered:
        return QStringLiteral("tampered");
    case ProblemType::AuthorMismatch:
        return QStringLiteral("author-mismatch");
    case ProblemType::IdTimeMismatch:
        return QStringLiteral("id-time-mismatch");
    case ProblemType::IdNotIncreasing:
        return QStringLiteral("id-not-increasing");
    case ProblemType::PhotoHashMismatch:
        return QStringLiteral("photo-hash-mismatch");
    case ProblemType::PhotoNotJpeg:
        return QStringLiteral("photo-not-jpeg");
    case ProblemType::PhotoTooLarge:
        return QStringLiteral("photo-too-large");
    case ProblemType::PhotoMissing:
        return QStringLiteral("photo-missing");
    }
    return QStringLiteral("internal-error");
}

// "urn:hearth:problem:<slug>"
inline QString problemTypeUri(ProblemType type)
{
    return QStringLiteral("urn:hearth:problem:") + problemSlug(type);
}

} // namespace hearth
