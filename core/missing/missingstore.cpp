#include "missingstore.h"

#include "vault/database.h"
#include "vault/recordstore.h"

#include <QUuid>

namespace hearth {

MissingStore::MissingStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

QString MissingStore::now() const
{
    return m_clock.nowUtc().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Expected<MissingDraft, ModelError> MissingStore::create()
{
    MissingDraft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.createdUtc = now();
    if (auto ok = save(draft); !ok)
        return unexpected(ok.error());
    return draft;
}

Expected<void, ModelError> MissingStore::save(const MissingDraft &draft)
{
    if (draft.id.isEmpty())
        return unexpected(ModelError::notAllowed(QStringLiteral("an episode needs an id")));
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO draft (id, kind, body, created_utc, updated_utc)"
                       " VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return unexpected(ModelError::storage(insert.error()));
    const QString stamp = now();
    insert->bind(1, draft.id).bind(2, kind()).bind(3, QString::fromUtf8(draft.toBytes()));
    insert->bind(4, draft.createdUtc.isEmpty() ? stamp : draft.createdUtc).bind(5, stamp);
    if (auto ok = insert->run(); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

Expected<MissingDraft, ModelError> MissingStore::load(const QString &id)
{
    auto select = m_db.prepare(QStringLiteral("SELECT body FROM draft WHERE id = ? AND kind = ?"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, id).bind(2, kind());
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return unexpected(ModelError::notFound(QStringLiteral("episode ") + id));
    auto draft = MissingDraft::fromBytes(select->text(0).toUtf8());
    if (!draft)
        return unexpected(ModelError::invalid({ { QStringLiteral("$"), draft.error() } }));
    return draft.value();
}

Expected<QStringList, ModelError> MissingStore::open()
{
    auto select = m_db.prepare(
        QStringLiteral("SELECT id FROM draft WHERE kind = ? ORDER BY updated_utc DESC, id DESC"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, kind());
    QStringList ids;
    for (;;) {
        auto row = select->step();
        if (!row)
            return unexpected(ModelError::storage(row.error()));
        if (!row.value())
            return ids;
        ids.append(select->text(0));
    }
}

Expected<void, ModelError> MissingStore::discard(const QString &id)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM draft WHERE id = ? AND kind = ?"));
    if (!remove)
        return unexpected(ModelError::storage(remove.error()));
    remove->bind(1, id).bind(2, kind());
    if (auto ok = remove->run(); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

Expected<QString, QString> MissingStore::sign(RecordStore &records, const MissingDraft &draft,
    const QString &author, const Envelope::PackRef &pack)
{
    auto body = draft.toBody();
    if (!body)
        return unexpected(body.error().message);
    auto stored = records.append(RecordKind::GoingMissing, author, pack, std::move(body.value()));
    if (!stored)
        return unexpected(stored.error().message);
    (void)discard(draft.id);
    return stored->envelope.id;
}

} // namespace hearth
