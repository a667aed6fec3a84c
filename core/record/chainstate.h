#pragma once

#include <QString>

namespace hearth {

// Where a device's chain stands: the sequence number and prev hash the next record must carry.
// The writer on the device and the incremental verifier on the server both keep one, and it is
// all either needs to persist between batches.
struct ChainState
{
    QString device;
    qint64 nextSeq = 1;
    QString prev; // 64 lowercase hex digits

    // The state before a device's first record.
    static ChainState genesis(const QString &device);

    friend bool operator==(const ChainState &, const ChainState &) = default;
};

} // namespace hearth
