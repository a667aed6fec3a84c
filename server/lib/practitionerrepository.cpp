#include "practitionerrepository.h"

namespace hearth::server {

Expected<void, StoreError> PractitionerRepository::upsert(const QString &id, const QString &name,
    const QString &now, std::optional<PractitionerRole> role) const
{
    auto existing = this->name(id);
    if (!existing)
        return unexpected(existing.error());
    const QString roleSlug
        = PractitionerRoles::slug(role.value_or(PractitionerRole::HealthVisitor));
    auto query = !existing->has_value()
        ? m_database.exec(QStringLiteral("INSERT INTO practitioners (id, name, created_at, role)"
                                         " VALUES (?, ?, ?, ?)"),
            { id, name, now, roleSlug })
        : role ? m_database.exec(
              QStringLiteral("UPDATE practitioners SET name = ?, role = ? WHERE id = ?"),
              { name, roleSlug, id })
               : m_database.exec(
                   QStringLiteral("UPDATE practitioners SET name = ? WHERE id = ?"), { name, id });
    if (!query)
        return unexpected(query.error());
    return {};
}

Expected<bool, StoreError> PractitionerRepository::setRole(
    const QString &id, PractitionerRole role) const
{
    auto query = m_database.exec(QStringLiteral("UPDATE practitioners SET role = ? WHERE id = ?"),
        { PractitionerRoles::slug(role), id });
    if (!query)
        return unexpected(query.error());
    return query->numRowsAffected() > 0;
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

Expected<std::optional<PractitionerRow>, StoreError> PractitionerRepository::find(
    const QString &id) const
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id });
    if (!rows)
        return unexpected(rows.error());
    return rows->isEmpty() ? std::optional<PractitionerRow>()
                           : std::optional<PractitionerRow>(rows->first());
}

Expected<QList<PractitionerRow>, StoreError> PractitionerRepository::list() const
{
    return select(QString(), {});
}

Expected<QList<PractitionerRow>, StoreError> PractitionerRepository::select(
    const QString &where, const QVariantList &values) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, name, role FROM practitioners %1 ORDER BY id").arg(where),
        values);
    if (!query)
        return unexpected(query.error());
    QList<PractitionerRow> rows;
    while (query->next()) {
        PractitionerRow row { query->value(0).toString(), query->value(1).toString() };
        const QString slug = query->value(2).toString();
        const auto role = PractitionerRoles::fromSlug(slug);
        // Only hearth-admin writes roles, and it checks them; anything else was edited by hand.
        if (!role)
            return unexpected(StoreError { StoreError::Kind::Invalid,
                QStringLiteral("practitioner %1 has an unknown role \"%2\" in the store (expected "
                               "%3); fix it with hearth-admin set-role")
                    .arg(row.id, slug, PractitionerRoles::allSlugsText()) });
        row.role = *role;
        rows.append(row);
    }
    return rows;
}

} // namespace hearth::server
