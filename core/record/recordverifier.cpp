#include "recordverifier.h"

#include "record/canonicaljson.h"
#include "record/jsonparser.h"
#include "record/recordchain.h"
#include "record/recordsigner.h"
#include "record/uuidv7generator.h"

#include <QDateTime>

namespace hearth {

namespace {
using Kind = VerificationProblem::Kind;

Unexpected<VerificationProblem> problem(
    Kind kind, qint64 seq, qint64 expectedSeq, const QString &message)
{
    return unexpected(VerificationProblem { kind, 0, seq, expectedSeq, message });
}

// The sequence number of a record that may not verify, for diagnostics only.
std::optional<qint64> readSeq(QByteArrayView bytes, QString *device = nullptr)
{
    auto json = CanonicalJson::parseCanonical(bytes);
    if (!json || !json->isObject() || !(*json)[u"seq"].isInteger())
        return std::nullopt;
    if (device)
        *device = (*json)[u"device"].toString();
    return (*json)[u"seq"].toInteger();
}
} // namespace

RecordVerifier::RecordVerifier(
    PublicKeyLookup lookup, std::optional<ChainState> start, QString previousId)
    : m_lookup(std::move(lookup))
    , m_state(std::move(start))
    , m_previousId(std::move(previousId))
{ }

Expected<SignedRecord, VerificationProblem> RecordVerifier::verifyEnvelope(
    QByteArrayView bytes, const PublicKeyLookup &lookup)
{
    auto json = JsonParser::parse(bytes);
    if (!json)
        return problem(Kind::Malformed, -1, -1, json.error().toString());
    return verifyEnvelope(bytes, *json, lookup);
}

Expected<SignedRecord, VerificationProblem> RecordVerifier::verifyEnvelope(
    QByteArrayView bytes, const JsonValue &parsed, const PublicKeyLookup &lookup)
{
    if (auto canonical = CanonicalJson::requireCanonical(parsed, bytes); !canonical)
        return problem(Kind::Malformed, -1, -1, canonical.error().toString());
    const JsonValue &seqJson = parsed[u"seq"];
    const qint64 seq = seqJson.isInteger() ? seqJson.toInteger() : -1;

    auto envelope = Envelope::fromJson(parsed);
    if (!envelope)
        return problem(Kind::Malformed, seq, -1, envelope.error().toString());

    const std::optional<SigningPublicKey> key = lookup ? lookup(envelope->device) : std::nullopt;
    if (!key)
        return problem(Kind::UnknownKey, seq, -1,
            QStringLiteral("no public key is registered for device \"%1\"").arg(envelope->device));

    // The signed bytes are the verified canonical input with its "sig" member taken out; since
    // the input is canonical, this is the one byte string the signer can have produced. With
    // the members sorted and no others allowed, "sig" is the last but "version" (1), so the
    // bytes end in exactly this tail and cutting it out is the same as writing the envelope
    // again without "sig", at a fraction of the cost (this runs for every record a server gets).
    const QByteArray sigMember = ",\"sig\":\"" + envelope->signature.toBase64() + '"';
    const QByteArray versionTail = ",\"version\":1}";
    if (!bytes.endsWith(sigMember + versionTail))
        return problem(Kind::Malformed, seq, -1,
            QStringLiteral("\"sig\" and \"version\" are not the last members"));
    QByteArray signingInput;
    signingInput.reserve(RecordSigner::domainPrefix().size() + bytes.size());
    signingInput += RecordSigner::domainPrefix();
    signingInput += bytes.first(bytes.size() - sigMember.size() - versionTail.size());
    signingInput += versionTail;

    if (!DeviceKeyPair::verify(signingInput, envelope->signature, *key))
        return problem(Kind::BadSignature, seq, -1,
            QStringLiteral("the Ed25519 signature does not match the record's bytes and the "
                           "key of device \"%1\"")
                .arg(envelope->device));

    // Checked after the signature, so what is reported is what the device really signed.
    const qint64 idMs = UuidV7Generator::timestampMs(envelope->id);
    const qint64 createdMs
        = QDateTime::fromString(envelope->created, Qt::ISODateWithMs).toMSecsSinceEpoch();
    if (qAbs(idMs - createdMs) > idTimeToleranceMs)
        return problem(Kind::IdTimeMismatch, seq, -1,
            QStringLiteral("the id's timestamp (%1) is %2 ms from \"created\" (%3); at most %4 ms "
                           "is allowed")
                .arg(Envelope::formatCreated(QDateTime::fromMSecsSinceEpoch(idMs, Qt::UTC)))
                .arg(idMs - createdMs)
                .arg(envelope->created)
                .arg(idTimeToleranceMs));

    QString chainHash = RecordChain::linkHash(signingInput, envelope->signature);
    return SignedRecord { std::move(envelope).value(), bytes.toByteArray(), std::move(signingInput),
        std::move(chainHash) };
}

Expected<SignedRecord, VerificationProblem> RecordVerifier::verifyNext(QByteArrayView bytes)
{
    auto verified = verifyEnvelope(bytes, m_lookup);
    if (auto linked = continueWith(verified); !linked)
        return unexpected(linked.error());
    return verified;
}

Expected<void, VerificationProblem> RecordVerifier::continueWith(
    const Expected<SignedRecord, VerificationProblem> &verified)
{
    const qsizetype index = m_index++;
    auto at = [index](VerificationProblem p) {
        p.index = index;
        return unexpected(std::move(p));
    };

    if (!verified) {
        VerificationProblem p = verified.error();
        if (m_state)
            p.expectedSeq = m_state->nextSeq;
        return at(p);
    }
    const Envelope &envelope = verified->envelope;
    const ChainState expected = m_state.value_or(ChainState::genesis(envelope.device));

    if (envelope.device != expected.device)
        return at({ Kind::ForeignDevice, index, envelope.seq, expected.nextSeq,
            QStringLiteral("record of device \"%1\" in the chain of device \"%2\"")
                .arg(envelope.device, expected.device) });
    if (envelope.seq < expected.nextSeq)
        return at({ Kind::RepeatedSequence, index, envelope.seq, expected.nextSeq,
            QStringLiteral("sequence number %1 was already used (duplicate or fork); expected %2")
                .arg(envelope.seq)
                .arg(expected.nextSeq) });
    if (envelope.seq > expected.nextSeq)
        return at({ Kind::Gap, index, envelope.seq, expected.nextSeq,
            QStringLiteral("expected sequence number %1; %2 record(s) missing")
                .arg(expected.nextSeq)
                .arg(envelope.seq - expected.nextSeq) });
    if (envelope.prev != expected.prev)
        return at({ Kind::BrokenChain, index, envelope.seq, expected.nextSeq,
            QStringLiteral("\"prev\" is %1 but the previous record hashes to %2")
                .arg(envelope.prev, expected.prev) });
    // Lowercase canonical UUIDs compare as text exactly as their 128-bit values do.
    if (!m_previousId.isEmpty() && envelope.id <= m_previousId)
        return at({ Kind::IdNotIncreasing, index, envelope.seq, expected.nextSeq,
            QStringLiteral("id %1 is not greater than the previous record's id %2")
                .arg(envelope.id, m_previousId) });

    m_state = ChainState { envelope.device, envelope.seq + 1, verified->chainHash };
    m_previousId = envelope.id;
    return {};
}

Expected<ChainState, VerificationProblem> RecordVerifier::verifySequence(
    const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup)
{
    return verifySequence(envelopes, lookup, SequenceOptions {});
}

Expected<ChainState, VerificationProblem> RecordVerifier::verifySequence(
    const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup,
    const SequenceOptions &options)
{
    RecordVerifier verifier(lookup, options.start);
    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        auto verified = verifier.verifyNext(envelopes[i]);
        if (verified)
            continue;
        VerificationProblem p = verified.error();
        if (p.kind == Kind::Gap) {
            // With the whole list at hand, a skipped number that turns up later means the
            // records were reordered rather than deleted.
            const QString device = verifier.state() ? verifier.state()->device : QString();
            for (qsizetype j = i + 1; j < envelopes.size(); ++j) {
                QString laterDevice;
                const auto laterSeq = readSeq(envelopes[j], &laterDevice);
                if (laterSeq == p.expectedSeq && (device.isEmpty() || laterDevice == device)) {
                    p.kind = Kind::OutOfOrder;
                    p.message = QStringLiteral(
                        "expected sequence number %1 here; it comes later, at record %2")
                                    .arg(p.expectedSeq)
                                    .arg(j);
                    break;
                }
            }
        }
        return unexpected(p);
    }

    const ChainState state
        = verifier.state().value_or(options.start.value_or(ChainState::genesis({})));
    if (options.expectedLastSeq && state.nextSeq <= *options.expectedLastSeq)
        return unexpected(
            VerificationProblem { Kind::Truncated, envelopes.size(), -1, state.nextSeq,
                QStringLiteral("the list ends after sequence number %1 but the device reported %2")
                    .arg(state.nextSeq - 1)
                    .arg(*options.expectedLastSeq) });
    return state;
}

PublicKeyLookup RecordVerifier::singleDevice(const QString &device, const SigningPublicKey &key)
{
    return [device, key](const QString &asked) -> std::optional<SigningPublicKey> {
        if (asked == device)
            return key;
        return std::nullopt;
    };
}

} // namespace hearth
