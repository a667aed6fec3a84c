#include "ingestservice.h"

#include "attachmentrepository.h"
#include "ingestplan.h"
#include "practitionerrepository.h"
#include "record/envelope.h"
#include "transaction.h"

#include <QElapsedTimer>

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

namespace {
const QByteArray acceptedMetric = "hearth_records_accepted_total";
const QByteArray refusedMetric = "hearth_records_refused_total";
const QByteArray verifyMetric = "hearth_record_verify_seconds";

void count(Metrics &metrics, const QList<RecordResult> &results)
{
    qint64 stored = 0;
    qint64 duplicates = 0;
    for (const RecordResult &result : results) {
        if (result.status == RecordResult::Status::Stored)
            ++stored;
        else if (result.status == RecordResult::Status::Duplicate)
            ++duplicates;
        else if (result.problem)
            metrics.add(refusedMetric, { { "reason", problemSlug(*result.problem).toLatin1() } });
    }
    if (stored > 0)
        metrics.add(acceptedMetric, { { "status", "stored" } }, stored);
    if (duplicates > 0)
        metrics.add(acceptedMetric, { { "status", "duplicate" } }, duplicates);
}
} // namespace

void IngestService::describeMetrics(Metrics &metrics)
{
    metrics.describe(acceptedMetric, Metrics::Type::Counter,
        "Records accepted from devices: newly stored, or duplicates of stored ones.");
    metrics.describe(refusedMetric, Metrics::Type::Counter,
        "Records refused, by reason (the problem type of the per-record answer).");
    metrics.describe(verifyMetric, Metrics::Type::Summary,
        "Time spent checking the envelopes and signatures of one batch, in parallel.");
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

    const PractitionerRepository practitioners(database);
    QList<std::optional<EnvelopeCheck>> checked;
    QSet<QString> otherPractitioners;
    QSet<QString> arrivedPhotos;
    const AttachmentRepository attachments(database);
    constexpr int attempts = 5;
    // The first plan starts from the row authentication has just read; the head it names is
    // checked again under the write lock, and a retry reads it afresh.
    DeviceRow device = authenticated;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            auto reread = devices.find(authenticated.id);
            if (!reread)
                return unexpected(Problem::fromStore(reread.error()));
            if (!reread->has_value())
                return unexpected(Problem::make(
                    ProblemType::UnknownDevice, 401, QStringLiteral("device not enrolled")));
            device = std::move(**reread);
        }
        auto stored = records.existing(authenticated.id, ids);
        if (!stored)
            return unexpected(Problem::fromStore(stored.error()));
        if (attempt == 0) {
            QElapsedTimer timer;
            timer.start();
            checked = IngestPlan::checkEnvelopes(device, batch, *stored);
            m_context.metrics.observe(verifyMetric, {}, double(timer.nsecsElapsed()) / 1e9);
            for (const QString &author : IngestPlan::authorsToAsk(device, checked)) {
                auto name = practitioners.name(author);
                if (!name)
                    return unexpected(Problem::fromStore(name.error()));
                if (name->has_value())
                    otherPractitioners.insert(author);
            }
            auto arrived = attachments.present(authenticated.id, IngestPlan::photosNamed(checked));
            if (!arrived)
                return unexpected(Problem::fromStore(arrived.error()));
            arrivedPhotos = std::move(*arrived);
        }
        IngestPlan plan
            = IngestPlan::make(device, batch, *stored, checked, otherPractitioners, arrivedPhotos);

        const QString now = Envelope::formatCreated(m_context.clock.nowUtc());
        if (!plan.toStore.isEmpty()) {
            auto transaction = Transaction::begin(database);
            if (!transaction)
                return unexpected(Problem::fromStore(transaction.error()));
            auto locked = devices.find(authenticated.id, true);
            if (!locked)
                return unexpected(Problem::fromStore(locked.error()));
            if (!locked->has_value() || (*locked)->headSeq != device.headSeq)
                continue; // another batch of this device landed meanwhile: plan again
            if ((*locked)->isRevoked())
                return unexpected(Problem::make(ProblemType::DeviceRevoked, 403,
                    QStringLiteral("this device was revoked by the agency")));
            auto inserted = records.insert(plan.toStore, now);
            if (!inserted && inserted.error().kind == StoreError::Kind::Conflict)
                continue;
            if (!inserted)
                return unexpected(Problem::fromStore(inserted.error()));
            QSet<QString> removedMeanwhile;
            for (auto named = plan.photos.cbegin(); named != plan.photos.cend(); ++named) {
                auto gone = attachments.reference(authenticated.id, named.value(), named.key());
                if (!gone)
                    return unexpected(Problem::fromStore(gone.error()));
                removedMeanwhile.unite(*gone);
            }
            if (!removedMeanwhile.isEmpty()) {
                // Photos checked before the transaction were removed since: the plan is rolled
                // back and made again without them, so no stored record names a missing photo.
                arrivedPhotos.subtract(removedMeanwhile);
                continue;
            }
            if (auto head = devices.updateHead(
                    authenticated.id, plan.headSeq, plan.headHash, plan.headId, now);
                !head)
                return unexpected(Problem::fromStore(head.error()));
            if (auto committed = transaction->commit(); !committed) {
                if (committed.error().kind == StoreError::Kind::Conflict)
                    continue;
                return unexpected(Problem::fromStore(committed.error()));
            }
        }

        count(m_context.metrics, plan.results);
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
