#pragma once

#include "devicerepository.h"
#include "ingestservice.h"
#include "recordrepository.h"

#include <QHash>

namespace hearth::server {

// The pure part of ingest: given a device's stored head and which of the batch's ids are
// already stored, decide per record whether it is stored, a duplicate or rejected (and why).
// No database access, so it can run outside the write transaction and be tested on its own.
struct IngestPlan
{
    QList<RecordResult> results;
    QList<StoredRecord> toStore;
    qint64 headSeq = 0;
    QString headHash;

    static IngestPlan make(const DeviceRow &device, const QList<RecordBatch::Entry> &batch,
        const QHash<QString, QByteArray> &stored);
};

} // namespace hearth::server
