#include "chronology/verifiedrecords.h"

#include "record/canonicaljson.h"
#include "record/jsonparser.h"

#include <algorithm>

namespace hearth {

VerifiedRecords VerifiedRecords::fromChain(
    const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup)
{
    VerifiedRecords out;
    out.extend(envelopes, lookup);
    return out;
}

void VerifiedRecords::extend(const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup)
{
    VerifiedRecords &out = *this;
    std::optional<ChainState> &expected = next;
    for (const QByteArray &bytes : envelopes) {
        // Only the chain's very first record may start at genesis.
        const bool started = out.given++ > 0;
        auto checked = RecordVerifier::verifyEnvelope(bytes, lookup);
        if (!checked) {
            // Not canonical or not signed right: still readable when the fields are valid.
            auto envelope = parse(bytes);
            if (!envelope) {
                ++out.unreadable;
                continue;
            }
            out.records.append({ std::move(*envelope), SignatureStatus::Unverified });
            expected.reset(); // the next record cannot be checked against this one
            continue;
        }
        Envelope &envelope = checked->envelope;
        const ChainState start = expected.value_or(ChainState::genesis(envelope.device));
        const bool continues = expected
            ? envelope.seq == start.nextSeq && envelope.prev == start.prev
            : !started && envelope.seq == 1 && envelope.prev == start.prev;
        expected = ChainState { envelope.device, envelope.seq + 1, checked->chainHash };
        out.records.append({ std::move(envelope),
            continues ? SignatureStatus::Verified : SignatureStatus::ChainBroken });
    }
}

std::optional<Envelope> VerifiedRecords::parse(const QByteArray &bytes)
{
    auto json = CanonicalJson::parseCanonical(bytes);
    if (!json)
        json = JsonParser::parse(bytes);
    if (!json)
        return std::nullopt;
    auto envelope = Envelope::fromJson(*json);
    if (!envelope)
        return std::nullopt;
    return std::move(envelope.value());
}

QList<VerifiedRecord> VerifiedRecords::signedBy(
    QList<VerifiedRecord> records, const QDateTime &asOf)
{
    const SignedAfter after(asOf);
    const auto later = [&after](const VerifiedRecord &record) { return after(record.envelope); };
    if (std::any_of(records.cbegin(), records.cend(), later))
        records.removeIf(later);
    return records;
}

SignedAfter::SignedAfter(const QDateTime &moment)
    : m_moment(moment)
    , m_limit(moment.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")))
{ }

bool SignedAfter::operator()(const Envelope &envelope) const
{
    // "created" is validated as exactly YYYY-MM-DDTHH:MM:SS.mmmZ, so it compares as text: parsing
    // every record's time shows over a year of records.
    const QString &created = envelope.created;
    return created.size() == m_limit.size()
        ? created > m_limit
        : QDateTime::fromString(created, Qt::ISODateWithMs) > m_moment;
}

} // namespace hearth
