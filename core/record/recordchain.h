#pragma once

#include <QByteArrayView>
#include <QString>

namespace hearth {

// The per-device hash chain that makes deletion and reordering of signed records detectable:
// each record's "prev" is the hash of the record before it. Only libsodium's BLAKE2b-256
// (crypto_generichash, unkeyed) is used; see docs/record-format.md, "The chain".
class RecordChain
{
public:
    // The fixed text whose hash is "prev" of every device's first record.
    static QByteArrayView genesisLabel();
    // BLAKE2b-256(genesisLabel()), lowercase hex.
    static QString genesisHash();
    // BLAKE2b-256(signingInput || signature) of a record, lowercase hex: the "prev" of the
    // record that follows it. signingInput is the exact byte string that was signed.
    static QString linkHash(QByteArrayView signingInput, QByteArrayView signature);
};

} // namespace hearth
