#pragma once

#include "common/expected.h"
#include "record/envelope.h"
#include "vault/vaulterror.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Database;

// What the home screen and the record lists need from a signed record, kept in the
// record_summary table beside the envelope. It is written in the same transaction as the
// record, so lists page through small indexed rows instead of parsing every envelope: with a
// year of records on a tablet, parsing them all on each refresh cost seconds and gigabytes.
// The envelope stays the evidence; a summary is only ever derived from it.
struct RecordSummary
{
    qint64 seq = 0;
    QString recordId;
    RecordKind kind = RecordKind::Visit;
    QString createdUtc;
    QString author;
    QString childId; // body "child", empty when the kind has none
    QString visitId; // body "visitId"
    QString amends;  // body "amends": the record an amendment corrects
    // A visit's arrival time (body start.arrivalUtc) and whether the child was seen (body
    // seeing.seen; none when not answered), so the caseload can say when each child was last
    // seen without opening envelopes. Empty / none for other kinds.
    QString arrivalUtc;
    std::optional<bool> childSeen;

    static RecordSummary fromEnvelope(const Envelope &envelope);

    // Inside the caller's transaction.
    [[nodiscard]] Expected<void, VaultError> insert(Database &db) const;
    // Summarises every signed record that has no summary yet (records signed before the
    // table existed). A stored envelope that no longer parses is reported as damage and
    // nothing is written.
    [[nodiscard]] static Expected<qint64, VaultError> fillMissing(Database &db);
    // Fills arrivalUtc and childSeen of every visit summary from its envelope (the summaries
    // written before those columns existed).
    [[nodiscard]] static Expected<qint64, VaultError> fillVisitFacts(Database &db);

    // Newest first: at most `limit` records of `kind` after skipping `offset` of them.
    [[nodiscard]] static Expected<QList<RecordSummary>, VaultError> page(
        Database &db, RecordKind kind, qsizetype offset, qsizetype limit);
    [[nodiscard]] static Expected<qint64, VaultError> count(Database &db, RecordKind kind);
    // Whether a visit draft has already been signed (its id is a signed visit's visitId).
    [[nodiscard]] static Expected<bool, VaultError> visitSigned(
        Database &db, const QString &visitId);
    // Record ids of the amendments to `recordId`, oldest first.
    [[nodiscard]] static Expected<QStringList, VaultError> amendmentsOf(
        Database &db, const QString &recordId);
};

} // namespace hearth
