#include "recordsummary.h"

#include "record/canonicaljson.h"
#include "vault/database.h"

namespace hearth {

namespace {

VaultError sameError(const VaultError &error)
{
    return error;
}
constexpr auto Columns = "seq, record_id, kind, created_utc, author, child_id, visit_id, amends,"
                         " arrival_utc, child_seen";
// The columns migration 7 created: its step summarises earlier records with exactly these, as
// released, before migration 8 adds the visit's facts.
constexpr auto Step7Columns
    = "seq, record_id, kind, created_utc, author, child_id, visit_id, amends";

Expected<RecordSummary, VaultError> fromStored(qint64 seq, const QByteArray &bytes)
{
    const auto damaged = [seq](const JsonError &error) {
        return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
            QStringLiteral("signed record %1 cannot be read: %2").arg(seq).arg(error.toString())));
    };
    auto json = CanonicalJson::parse(bytes);
    if (!json)
        return damaged(json.error());
    auto envelope = Envelope::fromJson(json.value());
    if (!envelope)
        return damaged(envelope.error());
    return RecordSummary::fromEnvelope(envelope.value());
}

RecordSummary readRow(const Statement &select)
{
    RecordSummary summary;
    summary.seq = select.int64(0);
    summary.recordId = select.text(1);
    summary.kind = recordKindFromName(select.text(2)).value_or(RecordKind::Visit);
    summary.createdUtc = select.text(3);
    summary.author = select.text(4);
    summary.childId = select.text(5);
    summary.visitId = select.text(6);
    summary.amends = select.text(7);
    summary.arrivalUtc = select.text(8);
    if (!select.isNull(9))
        summary.childSeen = select.int64(9) != 0;
    return summary;
}
} // namespace

RecordSummary RecordSummary::fromEnvelope(const Envelope &envelope)
{
    RecordSummary summary;
    summary.seq = envelope.seq;
    summary.recordId = envelope.id;
    summary.kind = envelope.kind;
    summary.createdUtc = envelope.created;
    summary.author = envelope.author;
    summary.childId = envelope.body[u"child"].toString();
    summary.visitId = envelope.body[u"visitId"].toString();
    summary.amends = envelope.body[u"amends"].toString();
    if (envelope.kind == RecordKind::Visit) {
        summary.arrivalUtc = envelope.body[u"start"][u"arrivalUtc"].toString();
        if (const JsonValue &seen = envelope.body[u"seeing"][u"seen"]; seen.isBool())
            summary.childSeen = seen.toBool();
    }
    return summary;
}

Expected<void, VaultError> RecordSummary::insert(Database &db) const
{
    auto insert = db.prepare(QStringLiteral("INSERT INTO record_summary (%1)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(QLatin1String(Columns)));
    if (!insert)
        return unexpected(insert.error());
    insert->bind(1, seq)
        .bind(2, recordId)
        .bind(3, recordKindName(kind))
        .bind(4, createdUtc)
        .bind(5, author)
        .bind(6, childId)
        .bind(7, visitId)
        .bind(8, amends)
        .bind(9, arrivalUtc);
    if (childSeen)
        insert->bind(10, qint64(*childSeen));
    else
        insert->bindNull(10);
    return insert->run();
}

Expected<qint64, VaultError> RecordSummary::fillMissing(Database &db)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT r.seq, r.envelope FROM signed_record r"
        " WHERE NOT EXISTS (SELECT 1 FROM record_summary s WHERE s.seq = r.seq) ORDER BY r.seq"));
    if (!select)
        return unexpected(select.error());
    auto insert = db.prepare(QStringLiteral("INSERT INTO record_summary (%1)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(QLatin1String(Step7Columns)));
    if (!insert)
        return unexpected(insert.error());
    qint64 filled = 0;
    auto done = select->forEachRow<VaultError>(
        [&]() -> Expected<void, VaultError> {
            auto summary = fromStored(select->int64(0), select->blob(1));
            if (!summary)
                return unexpected(summary.error());
            insert->reset();
            auto ok = insert->bind(1, summary->seq)
                          .bind(2, summary->recordId)
                          .bind(3, recordKindName(summary->kind))
                          .bind(4, summary->createdUtc)
                          .bind(5, summary->author)
                          .bind(6, summary->childId)
                          .bind(7, summary->visitId)
                          .bind(8, summary->amends)
                          .run();
            if (!ok)
                return unexpected(ok.error());
            ++filled;
            return {};
        },
        sameError);
    if (!done)
        return unexpected(done.error());
    return filled;
}

Expected<qint64, VaultError> RecordSummary::fillVisitFacts(Database &db)
{
    auto select = db.prepare(QStringLiteral("SELECT r.seq, r.envelope FROM signed_record r"
                                            " JOIN record_summary s ON s.seq = r.seq"
                                            " WHERE s.kind = ? ORDER BY r.seq"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, recordKindName(RecordKind::Visit));
    auto update = db.prepare(
        QStringLiteral("UPDATE record_summary SET arrival_utc = ?, child_seen = ? WHERE seq = ?"));
    if (!update)
        return unexpected(update.error());
    qint64 filled = 0;
    auto done = select->forEachRow<VaultError>(
        [&]() -> Expected<void, VaultError> {
            auto summary = fromStored(select->int64(0), select->blob(1));
            if (!summary)
                return unexpected(summary.error());
            update->reset();
            update->bind(1, summary->arrivalUtc);
            if (summary->childSeen)
                update->bind(2, qint64(*summary->childSeen));
            else
                update->bindNull(2);
            if (auto ok = update->bind(3, summary->seq).run(); !ok)
                return unexpected(ok.error());
            ++filled;
            return {};
        },
        sameError);
    if (!done)
        return unexpected(done.error());
    return filled;
}

Expected<QList<RecordSummary>, VaultError> RecordSummary::page(
    Database &db, RecordKind kind, qsizetype offset, qsizetype limit)
{
    auto select = db.prepare(QStringLiteral("SELECT %1 FROM record_summary WHERE kind = ?"
                                            " ORDER BY seq DESC LIMIT ? OFFSET ?")
                                 .arg(QLatin1String(Columns)));
    if (!select)
        return unexpected(select.error());
    select->bind(1, recordKindName(kind)).bind(2, qint64(limit)).bind(3, qint64(offset));
    QList<RecordSummary> out;
    if (auto ok = select->forEachRow([&] { out.append(readRow(*select)); }); !ok)
        return unexpected(ok.error());
    return out;
}

Expected<qint64, VaultError> RecordSummary::count(Database &db, RecordKind kind)
{
    auto select = db.prepare(QStringLiteral("SELECT count(*) FROM record_summary WHERE kind = ?"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, recordKindName(kind));
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    return select->int64(0);
}

Expected<bool, VaultError> RecordSummary::visitSigned(Database &db, const QString &visitId)
{
    auto select = db.prepare(
        QStringLiteral("SELECT 1 FROM record_summary WHERE visit_id = ? AND kind = ? LIMIT 1"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, visitId).bind(2, recordKindName(RecordKind::Visit));
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    return row.value();
}

Expected<QStringList, VaultError> RecordSummary::amendmentsOf(Database &db, const QString &recordId)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT record_id FROM record_summary WHERE amends = ? AND kind = ? ORDER BY seq"));
    if (!select)
        return unexpected(select.error());
    select->bind(1, recordId).bind(2, recordKindName(RecordKind::Amendment));
    QStringList out;
    if (auto ok = select->forEachRow([&] { out.append(select->text(0)); }); !ok)
        return unexpected(ok.error());
    return out;
}

} // namespace hearth
