#include "supervisionrecords.h"

#include "record/chainstate.h"
#include "record/recordwriter.h"
#include "record/uuidv7generator.h"
#include "transaction.h"

#include <QSqlQuery>

namespace hearth::server {

namespace {
constexpr auto columns = "id, seq, child_id, kind, supervisor, created, envelope";

SupervisionRow rowFrom(const QSqlQuery &query)
{
    return { query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
        query.value(6).toByteArray() };
}
} // namespace

Expected<SignedRecord, StoreError> SupervisionRecords::sign(RecordKind kind, const QString &childId,
    const QString &supervisor, const Envelope::PackRef &pack, const JsonValue &body,
    const DeviceKeyPair &key, const Clock &clock) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error());
    auto head = m_database.exec(QStringLiteral(
        "SELECT seq, chain_hash FROM supervision_records ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return unexpected(head.error());
    ChainState state = ChainState::genesis(QString::fromLatin1(serverDevice));
    if (head->next()) {
        state.nextSeq = head->value(0).toLongLong() + 1;
        state.prev = head->value(1).toString();
    }
    head->finish();
    UuidV7Generator ids(clock);
    RecordWriter writer(key, state, ids);
    // The supervisor is named in the body; the envelope's author is the agency's server, whose
    // key signs, so a reader never mistakes a supervisor's record for a practitioner's.
    auto signed_ = writer.append(kind, QString::fromLatin1(serverDevice), pack, body);
    if (!signed_)
        return unexpected(StoreError { StoreError::Kind::Invalid,
            signed_.error().path + QStringLiteral(": ") + signed_.error().message });
    const Envelope &envelope = signed_->envelope;
    // A caseload revision of its own, so the next caseload download brings the record down.
    auto bumped
        = m_database.exec(QStringLiteral("UPDATE caseload_counter SET rev = rev + 1 WHERE id = 1"));
    if (!bumped)
        return unexpected(bumped.error());
    auto rev = m_database.exec(QStringLiteral("SELECT rev FROM caseload_counter WHERE id = 1"));
    if (!rev)
        return unexpected(rev.error());
    if (!rev->next())
        return unexpected(StoreError { StoreError::Kind::Unavailable,
            QStringLiteral("the caseload revision counter is missing") });
    const qint64 revision = rev->value(0).toLongLong();
    rev->finish();
    auto stored = m_database.exec(
        QStringLiteral("INSERT INTO supervision_records (id, seq, chain_hash, child_id, kind,"
                       " supervisor, created, rev, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { envelope.id, envelope.seq, signed_->chainHash, childId, recordKindName(kind), supervisor,
            envelope.created, revision, signed_->bytes });
    if (!stored)
        return unexpected(stored.error());
    if (auto committed = transaction->commit(); !committed)
        return unexpected(committed.error());
    return signed_.value();
}

Expected<QList<SupervisionRow>, StoreError> SupervisionRecords::forChild(
    const QString &childId) const
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM supervision_records"
                                                " WHERE child_id = ? ORDER BY seq")
                                     .arg(QLatin1String(columns)),
        { childId });
    if (!query)
        return unexpected(query.error());
    QList<SupervisionRow> rows;
    while (query->next())
        rows.append(rowFrom(*query));
    return rows;
}

Expected<std::optional<SupervisionRow>, StoreError> SupervisionRecords::find(
    const QString &id) const
{
    auto query = m_database.exec(QStringLiteral("SELECT %1 FROM supervision_records WHERE id = ?")
                                     .arg(QLatin1String(columns)),
        { id });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<SupervisionRow>();
    return std::optional(rowFrom(*query));
}

Expected<QHash<QString, QString>, StoreError> SupervisionRecords::lastReviews() const
{
    auto query
        = m_database.exec(QStringLiteral("SELECT child_id, MAX(created) FROM supervision_records"
                                         " WHERE kind = 'supervisor-review' GROUP BY child_id"));
    if (!query)
        return unexpected(query.error());
    QHash<QString, QString> last;
    while (query->next())
        last.insert(query->value(0).toString(), query->value(1).toString());
    return last;
}

} // namespace hearth::server
