#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QString>

#include <optional>

namespace hearth::server {

// The practitioners devices and caseloads belong to. Enrolment codes and caseload assignment
// name a practitioner by id, so a typo fails loudly instead of creating a stray one.
class PractitionerRepository
{
public:
    explicit PractitionerRepository(const Database &database)
        : m_database(database)
    { }

    // Adds or renames.
    [[nodiscard]] Expected<void, StoreError> upsert(
        const QString &id, const QString &name, const QString &now) const;
    // The practitioner's name, or nullopt when unknown.
    [[nodiscard]] Expected<std::optional<QString>, StoreError> name(const QString &id) const;

private:
    const Database &m_database;
};

} // namespace hearth::server
