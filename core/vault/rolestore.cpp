#include "vault/rolestore.h"

#include "vault/database.h"

namespace hearth {

namespace {
const QString localKey = QStringLiteral("practitioner.role");

// NULL or absent is "not said"; anything but a known slug means the vault was changed outside
// Hearth, which is reported rather than guessed at.
Expected<std::optional<PractitionerRole>, VaultError> readRole(
    Database &db, const QString &sql, const QString &what)
{
    auto select = db.prepare(sql);
    if (!select)
        return unexpected(select.error());
    auto row = select->step();
    if (!row)
        return unexpected(row.error());
    if (!row.value() || select->isNull(0))
        return std::optional<PractitionerRole>();
    const auto role = PractitionerRoles::fromSlug(select->text(0));
    if (!role)
        return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
            QStringLiteral("the %1 is not one Hearth knows").arg(what)));
    return role;
}
} // namespace

Expected<RoleChoice, VaultError> RoleStore::read() const
{
    auto local
        = readRole(m_db, QStringLiteral("SELECT value FROM setting WHERE key = '%1'").arg(localKey),
            QStringLiteral("role chosen on this tablet"));
    if (!local)
        return unexpected(local.error());
    auto agency = readRole(m_db,
        QStringLiteral("SELECT practitioner_role FROM sync_enrolment WHERE id = 1"),
        QStringLiteral("role the agency gave"));
    if (!agency)
        return unexpected(agency.error());
    return RoleChoice { *agency, *local };
}

Expected<void, VaultError> RoleStore::chooseLocally(PractitionerRole role)
{
    auto replace = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO setting (key, value, updated_utc) VALUES (?, ?, ?)"));
    if (!replace)
        return unexpected(replace.error());
    return replace->bind(1, localKey)
        .bind(2, PractitionerRoles::slug(role))
        .bind(3, m_clock.nowUtc().toUTC().toString(Qt::ISODateWithMs))
        .run();
}

Expected<void, VaultError> RoleStore::setAgencyRole(PractitionerRole role)
{
    auto update = m_db.prepare(
        QStringLiteral("UPDATE sync_enrolment SET practitioner_role = ? WHERE id = 1"));
    if (!update)
        return unexpected(update.error());
    return update->bind(1, PractitionerRoles::slug(role)).run();
}

} // namespace hearth
