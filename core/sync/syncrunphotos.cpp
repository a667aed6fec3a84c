// SyncRun's photographs: each batch's photos not yet accepted by the agency server are sent
// before the batch (PUT /v1/attachments/<hash>), one request each, and each acceptance is kept
// in the vault at once, so a sync cut off part-way resumes with the next photo.
#include "sync/syncrun.h"

#include "sync/pinnedclient.h"
#include "sync/syncmessages.h"
#include "vault/attachmentstore.h"
#include "vault/vault.h"

namespace hearth {

void SyncRun::sendNextPhoto()
{
    if (!stillUnlocked())
        return;
    if (m_photos.isEmpty())
        return postBatch();
    const auto &[hash, seq] = m_photos.first();
    auto photo = AttachmentStore(m_context.vault.database()).read(hash);
    if (!photo || !photo->has_value())
        return finish(SyncAttempt::Outcome::Refused,
            SyncMessages::photoUnreadable(seq,
                photo ? QStringLiteral("photo %1 is not in the vault").arg(hash)
                      : photo.error().detail));
    m_skewRetried = false;
    send("PUT", endpoint(QStringLiteral("/v1/attachments/") + hash), (*photo)->bytes,
        [this](const HttpOutcome &outcome) { onPhotoAnswer(outcome); });
}

void SyncRun::onPhotoAnswer(const HttpOutcome &outcome)
{
    const auto [hash, seq] = m_photos.first();
    const bool created = outcome.failure == HttpOutcome::Failure::None && outcome.status == 201;
    if (!created && outcome.failure == HttpOutcome::Failure::None && outcome.status >= 400
        && outcome.status < 500) {
        const ServerProblem problem = ServerProblem::parse(outcome.body);
        if (problem.slug.startsWith(u"photo-") || problem.is("unsupported-media-type")
            || problem.is("payload-too-large")) {
            if (auto noted = m_context.store.noteRejection(
                    seq, problem.slug + QStringLiteral(": ") + problem.detail.left(300));
                !noted)
                qWarning("sync: could not note a rejection: %s", qPrintable(noted.error().detail));
            return finish(SyncAttempt::Outcome::Refused,
                SyncMessages::photoRefused(seq, outcome.status, problem));
        }
    }
    if ((!created && handledAsFailure(outcome)) || !stillUnlocked())
        return;
    if (auto marked = m_context.store.markPhotoAccepted(hash); !marked)
        return finish(SyncAttempt::Outcome::Refused, marked.error().message);
    m_photos.removeFirst();
    sendNextPhoto();
}

} // namespace hearth
