#include "verificationcache.h"

#include <QMutexLocker>

#include <sodium.h>

namespace hearth::server {

namespace {
QByteArray hashOf(QByteArrayView bytes)
{
    static constexpr char context[] = "hearth-console-verified-v1";
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
        reinterpret_cast<const unsigned char *>(bytes.data()), std::size_t(bytes.size()),
        reinterpret_cast<const unsigned char *>(context), sizeof context - 1);
    return out;
}
} // namespace

VerificationCache::VerificationCache(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

VerificationCache &VerificationCache::shared()
{
    // About 200 bytes an entry: some 10 MB for ten children's year of visits each.
    static VerificationCache cache(50000);
    return cache;
}

bool VerificationCache::verifies(QByteArrayView envelope, const PublicKeyLookup &lookup)
{
    const QByteArray hash = hashOf(envelope);
    std::optional<Outcome> known;
    {
        const QMutexLocker locker(&m_mutex);
        if (const auto found = m_outcomes.constFind(hash); found != m_outcomes.cend())
            known = *found;
    }
    if (known && (!known->device || (lookup ? lookup(*known->device) : std::nullopt) == known->key))
        return known->ok;

    // Checked outside the lock so that views of different children verify in parallel.
    Outcome outcome;
    const PublicKeyLookup recording = recordingInto(outcome, lookup);
    outcome.ok = RecordVerifier::verifyEnvelope(envelope, recording).hasValue();
    remember(hash, outcome);
    return outcome.ok;
}

Expected<SignedRecord, VerificationProblem> VerificationCache::check(
    QByteArrayView envelope, const JsonValue &parsed, const PublicKeyLookup &lookup)
{
    Outcome outcome;
    const PublicKeyLookup recording = recordingInto(outcome, lookup);
    auto verified = RecordVerifier::verifyEnvelope(envelope, parsed, recording);
    // A refused record is not stored, so the console never asks about it.
    if (verified) {
        outcome.ok = true;
        remember(hashOf(envelope), outcome);
    }
    return verified;
}

PublicKeyLookup VerificationCache::recordingInto(Outcome &outcome, const PublicKeyLookup &lookup)
{
    return [&outcome, &lookup](const QString &device) {
        outcome.device = device;
        outcome.key = lookup ? lookup(device) : std::nullopt;
        return outcome.key;
    };
}

void VerificationCache::remember(const QByteArray &hash, const Outcome &outcome)
{
    const QMutexLocker locker(&m_mutex);
    // Full: one entry goes (whichever the hash puts first), so the memory stays bounded and a
    // forgotten record only costs one check again.
    if (!m_outcomes.contains(hash) && m_outcomes.size() >= m_capacity)
        m_outcomes.erase(m_outcomes.begin());
    m_outcomes.insert(hash, outcome);
}

qsizetype VerificationCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_outcomes.size();
}

} // namespace hearth::server
