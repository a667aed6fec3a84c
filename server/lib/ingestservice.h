#pragma once

#include "common/expected.h"
#include "devicerepository.h"
#include "problem.h"
#include "receipt.h"
#include "recordbatch.h"
#include "servicecontext.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth::server {

// What happened to one record of a batch.
struct RecordResult
{
    enum class Status
    {
        Stored,
        Duplicate,
        Rejected
    };
    Status status = Status::Rejected;
    QString id; // empty when the line had no readable id
    qint64 seq = -1;
    std::optional<ProblemType> problem; // why it was rejected
    QString detail;
    qint64 expectedSeq = -1; // for gaps and forks: where the device must resume
};

struct IngestOutcome
{
    QList<RecordResult> results;
    Receipt receipt;
};

// Stores a batch of one device's signed records: each is checked by the shared RecordVerifier
// against the device's stored chain head (signature, sequence, chain), duplicates are
// recognised by id and exact bytes, and everything accepted is written in one transaction
// together with the new head. Verification runs before the write lock is taken so batches from
// different devices verify in parallel; if the head moved meanwhile the batch is planned again.
class IngestService
{
public:
    explicit IngestService(const ServiceContext &context)
        : m_context(context)
    { }

    [[nodiscard]] Expected<IngestOutcome, Problem> ingest(
        const DeviceRow &device, const QList<RecordBatch::Entry> &batch) const;

    static QString statusName(RecordResult::Status status);

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
