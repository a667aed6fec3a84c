#include "recordwriter.h"

#include "record/recordsigner.h"

#include <QDateTime>

namespace hearth {

RecordWriter::RecordWriter(const DeviceKeyPair &key, ChainState state, UuidV7Generator &ids)
    : m_key(key)
    , m_state(std::move(state))
    , m_ids(ids)
{ }

Expected<SignedRecord, JsonError> RecordWriter::append(
    RecordKind kind, const QString &author, const Envelope::PackRef &pack, JsonValue body)
{
    Envelope envelope;
    envelope.id = m_ids.next();
    envelope.kind = kind;
    envelope.device = m_state.device;
    envelope.author = author;
    envelope.seq = m_state.nextSeq;
    envelope.prev = m_state.prev;
    // From the id, not a second clock reading: the two agree by construction, even after the
    // wall clock stepped back and the generator kept its ids increasing past it.
    envelope.created = Envelope::formatCreated(
        QDateTime::fromMSecsSinceEpoch(UuidV7Generator::timestampMs(envelope.id), Qt::UTC));
    envelope.pack = pack;
    envelope.body = std::move(body);
    auto signedRecord = RecordSigner::sign(std::move(envelope), m_key);
    if (signedRecord) {
        m_state.nextSeq += 1;
        m_state.prev = signedRecord->chainHash;
    }
    return signedRecord;
}

} // namespace hearth
