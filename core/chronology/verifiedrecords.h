#pragma once

#include "chronology/chronologyentry.h"
#include "record/recordverifier.h"

#include <QByteArray>
#include <QList>

namespace hearth {

// Stored records as the chronology takes them: each parsed and given its signature status, in
// store order. A record whose signature fails is still shown, marked unverified, because a
// conference should see that it exists and what it is worth; bytes that are not an envelope at
// all cannot be shown and are counted instead.
struct VerifiedRecords
{
    QList<VerifiedRecord> records;
    qsizetype unreadable = 0;

    // One device's chain in sequence order (a device's own store, or the server's per-device
    // store): signatures through RecordVerifier, and each record against the previous one.
    static VerifiedRecords fromChain(
        const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup);
};

} // namespace hearth
