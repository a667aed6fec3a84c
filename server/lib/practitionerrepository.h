#pragma once

#include "common/expected.h"
#include "database.h"
#include "practitionerrole.h"
#include "storeerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth::server {

struct PractitionerRow
{
    QString id;
    QString name;
    PractitionerRole role = PractitionerRole::HealthVisitor;
};

// The practitioners devices and caseloads belong to. Enrolment codes and caseload assignment
// name a practitioner by id, so a typo fails loudly instead of creating a stray one.
class PractitionerRepository
{
public:
    explicit PractitionerRepository(const Database &database)
        : m_database(database)
    { }

    // Adds or renames. A new practitioner without a role is a health visitor (as the practitioners
    // from before roles were); renaming without a role keeps the one they have.
    [[nodiscard]] Expected<void, StoreError> upsert(const QString &id, const QString &name,
        const QString &now, std::optional<PractitionerRole> role = std::nullopt) const;
    // False when there is no such practitioner.
    [[nodiscard]] Expected<bool, StoreError> setRole(
        const QString &id, PractitionerRole role) const;
    // The practitioner's name, or nullopt when unknown.
    [[nodiscard]] Expected<std::optional<QString>, StoreError> name(const QString &id) const;
    [[nodiscard]] Expected<std::optional<PractitionerRow>, StoreError> find(
        const QString &id) const;
    // Every practitioner, by id.
    [[nodiscard]] Expected<QList<PractitionerRow>, StoreError> list() const;

private:
    [[nodiscard]] Expected<QList<PractitionerRow>, StoreError> select(
        const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace hearth::server
