#include "ingestplan.h"

#include "record/chainstate.h"
#include "record/photobody.h"
#include "verificationcache.h"

#include <algorithm>

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace hearth::server {

namespace {
ProblemType problemFor(VerificationProblem::Kind kind)
{
    using Kind = VerificationProblem::Kind;
    switch (kind) {
    case Kind::Malformed:
    case Kind::PhotoChanged: // the tablet's own check of its vault; never from a batch
        return ProblemType::MalformedRecord;
    case Kind::UnknownKey:
    case Kind::ForeignDevice:
        return ProblemType::ForeignDevice;
    case Kind::BadSignature:
        return ProblemType::BadRecordSignature;
    case Kind::BrokenChain:
        return ProblemType::BrokenChain;
    case Kind::Gap:
    case Kind::Truncated:
        return ProblemType::SequenceGap;
    case Kind::RepeatedSequence:
    case Kind::OutOfOrder:
        return ProblemType::RepeatedSequence;
    case Kind::IdTimeMismatch:
        return ProblemType::IdTimeMismatch;
    case Kind::IdNotIncreasing:
        return ProblemType::IdNotIncreasing;
    }
    return ProblemType::MalformedRecord;
}

RecordResult rejected(const RecordBatch::Entry &entry, ProblemType type, const QString &detail)
{
    RecordResult result;
    result.status = RecordResult::Status::Rejected;
    result.id = entry.id;
    result.problem = type;
    result.detail = detail;
    return result;
}

// The lookup knows only the sending device: a record signed by any other device is refused
// even if that device is enrolled, because a device uploads only its own chain.
PublicKeyLookup lookupFor(const DeviceRow &device)
{
    const auto key = DeviceKeyPair::publicKeyFromHex(device.publicKeyHex);
    return key ? RecordVerifier::singleDevice(device.id, *key) : PublicKeyLookup();
}

// Its own pool, sized to the cores: the request threads wait here while the checks run, so
// sharing their pool could leave no thread free to run the checks.
QThreadPool &verifyPool()
{
    static QThreadPool *pool = [] {
        auto *made = new QThreadPool;
        made->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return made;
    }();
    return *pool;
}
} // namespace

QList<std::optional<EnvelopeCheck>> IngestPlan::checkEnvelopes(const DeviceRow &device,
    const QList<RecordBatch::Entry> &batch, const QHash<QString, QByteArray> &skip)
{
    const PublicKeyLookup lookup = lookupFor(device);
    return QtConcurrent::blockingMapped<QList<std::optional<EnvelopeCheck>>>(&verifyPool(), batch,
        [&lookup, &skip](const RecordBatch::Entry &entry) -> std::optional<EnvelopeCheck> {
            if (!entry.id.isEmpty() && skip.contains(entry.id))
                return std::nullopt;
            return VerificationCache::shared().check(entry.bytes, entry.json, lookup);
        });
}

namespace {
bool beforeEnrolment(const DeviceRow &device, const Envelope &envelope)
{
    // Both are formatCreated text, which sorts as time does.
    return envelope.created < device.enrolledAt;
}
} // namespace

QSet<QString> IngestPlan::authorsToAsk(
    const DeviceRow &device, const QList<std::optional<EnvelopeCheck>> &checked)
{
    QSet<QString> authors;
    for (const std::optional<EnvelopeCheck> &check : checked) {
        if (check && *check && (*check)->envelope.author != device.practitionerId
            && beforeEnrolment(device, (*check)->envelope))
            authors.insert((*check)->envelope.author);
    }
    return authors;
}

QSet<QString> IngestPlan::photosNamed(const QList<std::optional<EnvelopeCheck>> &checked)
{
    QSet<QString> hashes;
    for (const std::optional<EnvelopeCheck> &check : checked) {
        if (check && *check) {
            const QStringList named = PhotoBody::hashes((*check)->envelope.body);
            hashes.unite(QSet<QString>(named.cbegin(), named.cend()));
        }
    }
    return hashes;
}

IngestPlan IngestPlan::make(const DeviceRow &device, const QList<RecordBatch::Entry> &batch,
    const QHash<QString, QByteArray> &stored, const QList<std::optional<EnvelopeCheck>> &checked,
    const QSet<QString> &otherPractitioners, const QSet<QString> &arrivedPhotos)
{
    IngestPlan plan;
    plan.headSeq = device.headSeq;
    plan.headHash = device.headHash;
    plan.headId = device.headId;
    const PublicKeyLookup lookup = lookupFor(device);
    RecordVerifier verifier(
        lookup, ChainState { device.id, device.headSeq + 1, device.headHash }, device.headId);
    QHash<QString, QByteArray> inBatch;

    for (qsizetype i = 0; i < batch.size(); ++i) {
        const RecordBatch::Entry &entry = batch[i];
        if (!entry.id.isEmpty()) {
            const auto known = stored.constFind(entry.id);
            const auto earlier = inBatch.constFind(entry.id);
            const QByteArray *previous = known != stored.cend() ? &*known
                : earlier != inBatch.cend()                     ? &*earlier
                                                                : nullptr;
            if (previous) {
                if (*previous == entry.bytes) {
                    RecordResult result;
                    result.status = RecordResult::Status::Duplicate;
                    result.id = entry.id;
                    plan.results.append(result);
                } else {
                    plan.results.append(rejected(entry, ProblemType::Tampered,
                        QStringLiteral("a record with this id and different bytes is "
                                       "already stored")));
                }
                continue;
            }
        }

        // Checked here only when checkEnvelopes skipped it (stored when it looked, gone since).
        std::optional<EnvelopeCheck> late;
        if (i >= checked.size() || !checked[i])
            late = VerificationCache::shared().check(entry.bytes, entry.json, lookup);
        const EnvelopeCheck &check = late ? *late : *checked[i];
        // The device signs as its practitioner; a record in anyone else's name is refused before
        // it can take a place in the chain. Records signed before the device was enrolled carry
        // the placeholder the device used while it had no practitioner, and are kept, unless they
        // name another practitioner of the agency (a backdated record cannot impersonate).
        const bool wrongAuthor = check && check->envelope.author != device.practitionerId
            && (!beforeEnrolment(device, check->envelope)
                || otherPractitioners.contains(check->envelope.author));
        if (check && isServerSigned(check->envelope.kind)) {
            RecordResult result = rejected(entry, ProblemType::MalformedRecord,
                QStringLiteral("only the agency server signs \"%1\" records")
                    .arg(recordKindName(check->envelope.kind)));
            result.seq = check->envelope.seq;
            result.expectedSeq = verifier.state() ? verifier.state()->nextSeq : device.headSeq + 1;
            plan.results.append(result);
            continue;
        }
        if (wrongAuthor) {
            RecordResult result = rejected(entry, ProblemType::AuthorMismatch,
                QStringLiteral("the record's author \"%1\" is not the practitioner this device "
                               "is enrolled for")
                    .arg(check->envelope.author));
            result.seq = check->envelope.seq;
            result.expectedSeq = verifier.state() ? verifier.state()->nextSeq : device.headSeq + 1;
            plan.results.append(result);
            continue;
        }
        // The agency must be able to show every photograph a visit it holds names, so a record
        // whose photos have not all arrived from this device takes no place in the chain yet.
        const QStringList named = check ? PhotoBody::hashes(check->envelope.body) : QStringList();
        const auto notArrived = std::find_if(named.cbegin(), named.cend(),
            [&arrivedPhotos](const QString &hash) { return !arrivedPhotos.contains(hash); });
        if (notArrived != named.cend()) {
            RecordResult result = rejected(entry, ProblemType::PhotoMissing,
                QStringLiteral("photograph %1 has not been uploaded from this device; send "
                               "PUT /v1/attachments/%1 first")
                    .arg(*notArrived));
            result.seq = check->envelope.seq;
            result.expectedSeq = verifier.state() ? verifier.state()->nextSeq : device.headSeq + 1;
            plan.results.append(result);
            continue;
        }
        if (auto linked = verifier.continueWith(check); !linked) {
            const VerificationProblem &problem = linked.error();
            RecordResult result = rejected(entry, problemFor(problem.kind), problem.message);
            if (problem.kind == VerificationProblem::Kind::UnknownKey)
                result.detail
                    = QStringLiteral("the record is not signed as device \"%1\", which sent it")
                          .arg(device.id);
            result.seq = problem.seq;
            result.expectedSeq = verifier.state() ? verifier.state()->nextSeq : device.headSeq + 1;
            plan.results.append(result);
            continue;
        }
        const Envelope &envelope = check->envelope;
        RecordResult result;
        result.status = RecordResult::Status::Stored;
        result.id = envelope.id;
        result.seq = envelope.seq;
        plan.results.append(result);
        plan.toStore.append(
            StoredRecord { envelope.id, device.id, envelope.seq, check->chainHash, entry.bytes });
        inBatch.insert(envelope.id, entry.bytes);
        if (!named.isEmpty())
            plan.photos.insert(envelope.id, named);
        plan.headSeq = envelope.seq;
        plan.headHash = check->chainHash;
        plan.headId = envelope.id;
    }
    return plan;
}

} // namespace hearth::server
