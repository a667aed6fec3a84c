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
// against the device's stored chain head (signature, id time, sequence, chain, id order) and
// its author against the device's practitioner, duplicates are recognised by the device's own
// ids and exact bytes, and everything accepted is written in one transaction together with the
// new head. The signature checks run before the write lock is taken, spread over the cores;
// the device's row is then locked and, if its head moved meanwhile (another batch of the same
// device, through this server or another on the same database), the batch is planned again.
class IngestService
{
public:
    explicit IngestService(const ServiceContext &context)
        : m_context(context)
    { }

    [[nodiscard]] Expected<IngestOutcome, Problem> ingest(
        const DeviceRow &device, const QList<RecordBatch::Entry> &batch) const;

    static QString statusName(RecordResult::Status status);
    // The metrics ingest reports, declared once at startup.
    static void describeMetrics(Metrics &metrics);

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
