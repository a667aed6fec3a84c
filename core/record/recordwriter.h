#pragma once

#include "common/expected.h"
#include "record/chainstate.h"
#include "record/devicekeypair.h"
#include "record/envelope.h"
#include "record/jsonerror.h"
#include "record/signedrecord.h"
#include "record/uuidv7generator.h"

namespace hearth {

// Builds the device's next record: fills in id, device, seq, prev and created from the chain
// state, signs, and advances the state only when signing succeeded. It holds no storage: the
// vault persists the returned bytes and the new state in one transaction and must serialise
// calls, since two records built from the same state would fork the chain.
class RecordWriter
{
public:
    // The time comes from the id generator's clock.
    RecordWriter(const DeviceKeyPair &key, ChainState state, UuidV7Generator &ids);

    [[nodiscard]] Expected<SignedRecord, JsonError> append(
        RecordKind kind, const QString &author, const Envelope::PackRef &pack, JsonValue body);

    const ChainState &state() const { return m_state; }

private:
    const DeviceKeyPair &m_key;
    ChainState m_state;
    UuidV7Generator &m_ids;
};

} // namespace hearth
