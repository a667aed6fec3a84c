#include "ingestplan.h"

#include "record/chainstate.h"
#include "record/recordverifier.h"

namespace hearth::server {

namespace {
ProblemType problemFor(VerificationProblem::Kind kind)
{
    using Kind = VerificationProblem::Kind;
    switch (kind) {
    case Kind::Malformed:
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
} // namespace

IngestPlan IngestPlan::make(const DeviceRow &device, const QList<RecordBatch::Entry> &batch,
    const QHash<QString, QByteArray> &stored)
{
    IngestPlan plan;
    plan.headSeq = device.headSeq;
    plan.headHash = device.headHash;
    const auto key = DeviceKeyPair::publicKeyFromHex(device.publicKeyHex);
    // The lookup knows only the sending device: a record signed by any other device is refused
    // even if that device is enrolled, because a device uploads only its own chain.
    RecordVerifier verifier(key ? RecordVerifier::singleDevice(device.id, *key) : PublicKeyLookup(),
        ChainState { device.id, device.headSeq + 1, device.headHash });
    QHash<QString, QByteArray> inBatch;

    for (const RecordBatch::Entry &entry : batch) {
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

        auto verified = verifier.verifyNext(entry.bytes);
        if (!verified) {
            const VerificationProblem &problem = verified.error();
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
        const Envelope &envelope = verified->envelope;
        RecordResult result;
        result.status = RecordResult::Status::Stored;
        result.id = envelope.id;
        result.seq = envelope.seq;
        plan.results.append(result);
        plan.toStore.append(StoredRecord {
            envelope.id, device.id, envelope.seq, verified->chainHash, entry.bytes });
        inBatch.insert(envelope.id, entry.bytes);
        plan.headSeq = envelope.seq;
        plan.headHash = verified->chainHash;
    }
    return plan;
}

} // namespace hearth::server
