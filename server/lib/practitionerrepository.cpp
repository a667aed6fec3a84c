#include "practitionerrepository.h"

namespace hearth::server {

Expected<void, StoreError> PractitionerRepository::upsert(
    const QString &id, const QString &name, const QString &now) const
{
    auto existing = this->name(id);
    if (!existing)
        return unexpected(existing.error());
    auto query = existing->has_value()
        ? m_database.exec(
            QStringLiteral("UPDATE practitioners SET name = ? WHERE id = ?"), { name, id })
        : m_database.exec(
            QStringLiteral("INSERT INTO practitioners (id, name, created_at) VALUES (?, ?, ?)"),
            { id, name, now });
    if (!query)
        return unexpected(query.error());
    return {};
}

Expected<std::optional<QString>, StoreError> PractitionerRepository::name(const QString &id) const
{
    auto query
        = m_database.exec(QStringLiteral("SELECT name FROM practitioners WHERE id = ?"), { id });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

} // namespace hearth::server
