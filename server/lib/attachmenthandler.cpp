#include "attachmenthandler.h"

#include "attachmentjpeg.h"
#include "attachmentrepository.h"
#include "problem.h"
#include "record/canonicaljson.h"
#include "record/envelope.h"
#include "record/photohash.h"
#include "requestauthenticator.h"

namespace hearth::server {

HttpReply AttachmentHandler::put(const IncomingRequest &request) const
{
    auto device = RequestAuthenticator(m_context).authenticate(request);
    if (!device)
        return device.error().toReply();
    auto answer = [&](const Problem &problem) {
        HttpReply reply = problem.toReply();
        reply.device = device->id;
        return reply;
    };
    const QString hash = request.path.mid(pathPrefix.size());
    if (!PhotoHash::isHash(hash))
        return answer(Problem::make(ProblemType::NotFound, 404,
            QStringLiteral("a photograph's path is /v1/attachments/ and the 64 lower-case hex "
                           "digits of its BLAKE2b-256 hash")));
    const QByteArray contentType
        = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (contentType != PhotoHash::mediaType().toLatin1())
        return answer(Problem::make(ProblemType::UnsupportedMediaType, 415,
            QStringLiteral("send the photograph as %1").arg(PhotoHash::mediaType())));
    if (request.body.size() > PhotoHash::MaxBytes)
        return answer(Problem::make(ProblemType::PhotoTooLarge, 413,
            QStringLiteral("the photograph is %1 bytes; at most %2 are accepted")
                .arg(request.body.size())
                .arg(PhotoHash::MaxBytes)));
    if (PhotoHash::of(request.body) != hash)
        return answer(Problem::make(ProblemType::PhotoHashMismatch, 400,
            QStringLiteral("the BLAKE2b-256 hash of the %1 bytes sent is not the hash in the "
                           "path; send the stored bytes again")
                .arg(request.body.size())));
    auto frame = AttachmentJpeg::check(request.body);
    if (!frame)
        return answer(Problem::make(ProblemType::PhotoNotJpeg, 415, frame.error()));

    const AttachmentRepository attachments(m_context.database);
    const QDateTime now = m_context.clock.nowUtc();
    // The window for photos no record followed is enforced here, per device, so it needs no
    // scheduled job and costs one indexed delete per upload. It runs before the photo is
    // stored: a photo sent again after its window ran out is then stored afresh (and kept for
    // a new window), never answered "duplicate" and removed by the same request.
    if (auto pruned = attachments.removeUnreferenced(device->id,
            Envelope::formatCreated(now.addDays(-AttachmentRepository::UnreferencedDays)));
        !pruned)
        return answer(Problem::fromStore(pruned.error()));
    auto stored = attachments.put(StoredAttachment { device->id, hash, PhotoHash::mediaType(),
                                      frame->width, frame->height, request.body },
        Envelope::formatCreated(now));
    if (!stored)
        return answer(Problem::fromStore(stored.error()));
    const bool fresh = *stored == AttachmentRepository::Put::Stored;
    const JsonValue body = JsonValue::object({
        { QStringLiteral("bytes"), qint64(request.body.size()) },
        { QStringLiteral("hash"), hash },
        { QStringLiteral("status"),
            fresh ? QStringLiteral("stored") : QStringLiteral("duplicate") },
    });
    HttpReply reply = HttpReply::json(fresh ? 201 : 200, CanonicalJson::serialize(body).value());
    reply.device = device->id;
    return reply;
}

} // namespace hearth::server
