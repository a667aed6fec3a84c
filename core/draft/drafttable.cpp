#include "drafttable.h"

#include "vault/database.h"

namespace hearth {

DraftTable::DraftTable(Database &db, const Clock &clock, QString kind)
    : m_db(db)
    , m_clock(clock)
    , m_kind(std::move(kind))
{ }

QString DraftTable::now() const
{
    return m_clock.nowUtc().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

Expected<void, ModelError> DraftTable::save(
    const QString &id, const QString &createdUtc, const QByteArray &body)
{
    if (id.isEmpty())
        return unexpected(ModelError::notAllowed(QStringLiteral("a draft needs an id")));
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO draft (id, kind, body, created_utc, updated_utc)"
                       " VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return unexpected(ModelError::storage(insert.error()));
    const QString stamp = now();
    insert->bind(1, id).bind(2, m_kind).bind(3, QString::fromUtf8(body));
    insert->bind(4, createdUtc.isEmpty() ? stamp : createdUtc).bind(5, stamp);
    if (auto ok = insert->run(); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

Expected<QByteArray, ModelError> DraftTable::load(const QString &id)
{
    auto select = m_db.prepare(QStringLiteral("SELECT body FROM draft WHERE id = ? AND kind = ?"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, id).bind(2, m_kind);
    auto row = select->step();
    if (!row)
        return unexpected(ModelError::storage(row.error()));
    if (!row.value())
        return unexpected(ModelError::notFound(m_kind + QLatin1Char(' ') + id));
    return select->text(0).toUtf8();
}

Expected<QStringList, ModelError> DraftTable::open()
{
    auto select = m_db.prepare(
        QStringLiteral("SELECT id FROM draft WHERE kind = ? ORDER BY updated_utc DESC, id DESC"));
    if (!select)
        return unexpected(ModelError::storage(select.error()));
    select->bind(1, m_kind);
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

Expected<void, ModelError> DraftTable::discard(const QString &id)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM draft WHERE id = ? AND kind = ?"));
    if (!remove)
        return unexpected(ModelError::storage(remove.error()));
    remove->bind(1, id).bind(2, m_kind);
    if (auto ok = remove->run(); !ok)
        return unexpected(ModelError::storage(ok.error()));
    return {};
}

} // namespace hearth
