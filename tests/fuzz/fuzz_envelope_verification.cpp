// libFuzzer target: a records batch from device tablet-0001 (the published test-vector key)
// through the server's ingest planning, which runs the shared RecordVerifier on every line:
// strict canonical parsing, envelope fields, body rules, Ed25519, id time, author, the chain
// and id order. Any bytes must end as stored, duplicate or rejected, never as a crash.
#include "ingestplan.h"
#include "record/recordchain.h"
#include "record/recordverifier.h"
#include "recordbatch.h"

#include <cstddef>
#include <cstdint>

using namespace hearth;
using namespace hearth::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    static const DeviceRow device = [] {
        DeviceRow row;
        row.id = QStringLiteral("tablet-0001");
        row.publicKeyHex
            = QStringLiteral("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8");
        row.headHash = RecordChain::genesisHash();
        row.practitionerId = QStringLiteral("hv-0042"); // the author of the published vectors
        return row;
    }();
    static const PublicKeyLookup lookup = RecordVerifier::singleDevice(
        device.id, *DeviceKeyPair::publicKeyFromHex(device.publicKeyHex));

    (void)RecordVerifier::verifyEnvelope(input, lookup);
    auto batch = RecordBatch::parse(input, RecordBatch::Limits { 16, 64 * 1024 });
    if (!batch)
        return 0;
    const IngestPlan plan
        = IngestPlan::make(device, *batch, {}, IngestPlan::checkEnvelopes(device, *batch, {}));
    // Whatever was accepted must verify again on its own, as verify-store would.
    for (const StoredRecord &record : plan.toStore) {
        if (!RecordVerifier::verifyEnvelope(record.envelope, lookup))
            __builtin_trap();
    }
    return 0;
}
