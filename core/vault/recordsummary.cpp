#include "recordsummary.h"

#include "record/canonicaljson.h"
#include "vault/database.h"

namespace hearth {

namespace {
constexpr auto Columns = "seq, record_id, kind, created_utc, author, child_id, visit_id, amends";

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
    return summary;
}

Expected<void, VaultError> RecordSummary::insert(Database &db) const
{
    auto insert = db.prepare(QStringLiteral("INSERT INTO record_summary (%1)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(QLatin1String(Columns)));
    if (!insert)
        return unexpected(insert.error());
    return insert->bind(1, seq)
        .bind(2, recordId)
        .bind(3, recordKindName(kind))
        .bind(4, createdUtc)
        .bind(5, author)
        .bind(6, childId)
        .bind(7, visitId)
        .bind(8, amends)
        .run();
}

Expected<qint64, VaultError> RecordSummary::fillMissing(Database &db)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT r.seq, r.envelope FROM signed_record r"
        " WHERE NOT EXISTS (SELECT 1 FROM record_summary s WHERE s.seq = r.seq) ORDER BY r.seq"));
    if (!select)
        return unexpected(select.error());
    qint64 filled = 0;
    for (;;) {
        auto row = select->step();
        if (!row)
            return unexpected(row.error());
        if (!row.value())
            return filled;
        const qint64 seq = select->int64(0);
        const auto damaged = [seq](const JsonError &error) {
            return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
                QStringLiteral("signed record %1 cannot be read: %2")
                    .arg(seq)
                    .arg(error.toString())));
        };
        auto json = CanonicalJson::parse(select->blob(1));
        if (!json)
            return damaged(json.error());
        auto envelope = Envelope::fromJson(json.value());
        if (!envelope)
            return damaged(envelope.error());
        if (auto ok = fromEnvelope(envelope.value()).insert(db); !ok)
            return unexpected(ok.error());
        ++filled;
    }
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
    for (;;) {
        auto row = select->step();
        if (!row)
            return unexpected(row.error());
        if (!row.value())
            return out;
        out.append(readRow(*select));
    }
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
    for (;;) {
        auto row = select->step();
        if (!row)
            return unexpected(row.error());
        if (!row.value())
            return out;
        out.append(select->text(0));
    }
}

} // namespace hearth
