#pragma once

#include "devicerepository.h"
#include "ingestservice.h"
#include "record/recordverifier.h"
#include "recordrepository.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace hearth::server {

// One envelope checked on its own (canonical form, fields, key, signature, id time): the
// costly part of ingest, done for a whole batch in parallel before the ordered chain walk.
using EnvelopeCheck = Expected<SignedRecord, VerificationProblem>;

// The pure part of ingest: given a device's stored head and which of the batch's ids it has
// already stored, decide per record whether it is stored, a duplicate or rejected (and why).
// No database access, so it can run outside the write transaction and be tested on its own.
struct IngestPlan
{
    QList<RecordResult> results;
    QList<StoredRecord> toStore;
    qint64 headSeq = 0;
    QString headHash;
    QString headId;
    // The photographs each record of toStore names, by record id (only those that name any).
    QHash<QString, QStringList> photos;

    // The envelope checks of a batch, spread over the cores; entries whose id is in skip (already
    // stored) are left unchecked.
    static QList<std::optional<EnvelopeCheck>> checkEnvelopes(const DeviceRow &device,
        const QList<RecordBatch::Entry> &batch, const QHash<QString, QByteArray> &skip);

    // The authors a record may not carry even when it was created before the device was
    // enrolled: those of the checked records that name another practitioner of the agency.
    static QSet<QString> authorsToAsk(
        const DeviceRow &device, const QList<std::optional<EnvelopeCheck>> &checked);
    // Every photograph the checked records name.
    static QSet<QString> photosNamed(const QList<std::optional<EnvelopeCheck>> &checked);

    // checked holds the results of checkEnvelopes, one per entry; an entry it left unchecked is
    // checked here if it needs to be. otherPractitioners: the authors of authorsToAsk that are
    // practitioners of the agency. arrivedPhotos: the photographs of photosNamed this device has
    // uploaded; a record naming any other is rejected (photo-missing).
    static IngestPlan make(const DeviceRow &device, const QList<RecordBatch::Entry> &batch,
        const QHash<QString, QByteArray> &stored,
        const QList<std::optional<EnvelopeCheck>> &checked,
        const QSet<QString> &otherPractitioners = {}, const QSet<QString> &arrivedPhotos = {});
};

} // namespace hearth::server
