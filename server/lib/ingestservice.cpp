#include "ingestservice.h"

#include "ingestplan.h"
#include "record/envelope.h"
#include "transaction.h"

namespace hearth::server {

QString IngestService::statusName(RecordResult::Status status)
{
    switch (status) {
    case RecordResult::Status::Stored:
        return QStringLiteral("stored");
    case RecordResult::Status::Duplicate:
        return QStringLiteral("duplicate");
    case RecordResult::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

Expected<IngestOutcome, Problem> IngestService::ingest(
    const DeviceRow &authenticated, const QList<RecordBatch::Entry> &batch) const
{
    const Database &database = m_context.database;
    const DeviceRepository devices(database);
    const RecordRepository records(database);
    QList<QString> ids;
    for (const RecordBatch::Entry &entry : batch) {
        if (!entry.id.isEmpty())
            ids.append(entry.id);
    }

    constexpr int attempts = 5;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        auto device = devices.find(authenticated.id);
        if (!device)
            return unexpected(Problem::fromStore(device.error()));
        if (!device->has_value())
            return unexpected(Problem::make(
                ProblemType::UnknownDevice, 401, QStringLiteral("device not enrolled")));
        auto stored = records.existing(ids);
        if (!stored)
            return unexpected(Problem::fromStore(stored.error()));
        IngestPlan plan = IngestPlan::make(**device, batch, *stored);

        const QString now = Envelope::formatCreated(m_context.clock.nowUtc());
        if (!plan.toStore.isEmpty()) {
            auto transaction = Transaction::begin(database);
            if (!transaction)
                return unexpected(Problem::fromStore(transaction.error()));
            auto locked = devices.find(authenticated.id, true);
            if (!locked)
                return unexpected(Problem::fromStore(locked.error()));
            if (!locked->has_value() || (*locked)->headSeq != (*device)->headSeq)
                continue; // another batch of this device landed meanwhile: plan again
            if ((*locked)->isRevoked())
                return unexpected(Problem::make(ProblemType::DeviceRevoked, 403,
                    QStringLiteral("this device was revoked by the agency")));
            auto inserted = records.insert(plan.toStore, now);
            if (!inserted && inserted.error().kind == StoreError::Kind::Conflict)
                continue;
            if (!inserted)
                return unexpected(Problem::fromStore(inserted.error()));
            if (auto head = devices.updateHead(authenticated.id, plan.headSeq, plan.headHash, now);
                !head)
                return unexpected(Problem::fromStore(head.error()));
            if (auto committed = transaction->commit(); !committed) {
                if (committed.error().kind == StoreError::Kind::Conflict)
                    continue;
                return unexpected(Problem::fromStore(committed.error()));
            }
        }

        IngestOutcome outcome;
        outcome.results = plan.results;
        outcome.receipt.device = authenticated.id;
        outcome.receipt.seq = plan.headSeq;
        outcome.receipt.chainHash = plan.headHash;
        outcome.receipt.issued = now;
        outcome.receipt.sign(m_context.serverKey);
        return outcome;
    }
    return unexpected(Problem::make(ProblemType::Busy, 503,
        QStringLiteral("other uploads from this device kept changing its chain; retry")));
}

} // namespace hearth::server
