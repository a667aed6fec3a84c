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
    // Only the chain's very first record may start at genesis.
    const bool started = !out.records.isEmpty() || out.unreadable > 0;
    for (const QByteArray &bytes : envelopes) {
        auto checked = RecordVerifier::verifyEnvelope(bytes, lookup);
        if (!checked) {
            // Not canonical or not signed right: still readable when the fields are valid.
            auto json = CanonicalJson::parseCanonical(bytes);
            if (!json)
                json = JsonParser::parse(bytes);
            auto envelope = json ? Envelope::fromJson(*json)
                                 : Expected<Envelope, JsonError>(unexpected(json.error()));
            if (!envelope) {
                ++out.unreadable;
                continue;
            }
            out.records.append({ std::move(envelope.value()), SignatureStatus::Unverified });
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

QList<VerifiedRecord> VerifiedRecords::signedBy(
    QList<VerifiedRecord> records, const QDateTime &asOf)
{
    // "created" is validated as exactly YYYY-MM-DDTHH:MM:SS.mmmZ, so it compares as text: parsing
    // every record's time shows over a year of records.
    const QString limit = asOf.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    const auto after = [&limit, &asOf](const VerifiedRecord &record) {
        const QString &created = record.envelope.created;
        return created.size() == limit.size()
            ? created > limit
            : QDateTime::fromString(created, Qt::ISODateWithMs) > asOf;
    };
    if (std::any_of(records.cbegin(), records.cend(), after))
        records.removeIf(after);
    return records;
}

} // namespace hearth
