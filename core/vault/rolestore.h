#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "protocol/practitionerrole.h"
#include "vault/vaulterror.h"

#include <optional>

namespace hearth {

class Database;

// Where this tablet's practitioner role comes from. The agency's role (from enrolment, then from
// every caseload page) wins over the practitioner's own choice, which is only asked for, and
// only used, while the agency has not said; the choice is kept anyway so it is still there if
// an agency server too old to send roles is used.
struct RoleChoice
{
    std::optional<PractitionerRole> agency;
    std::optional<PractitionerRole> local;

    std::optional<PractitionerRole> effective() const { return agency ? agency : local; }
};

// Reads and writes the role in the vault: the local choice in the settings table, the agency's
// beside the enrolment (vault schema step 10).
class RoleStore
{
public:
    RoleStore(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    { }

    [[nodiscard]] Expected<RoleChoice, VaultError> read() const;
    [[nodiscard]] Expected<void, VaultError> chooseLocally(PractitionerRole role);
    // Only an enrolled vault has an agency role; on one not enrolled this changes nothing.
    [[nodiscard]] Expected<void, VaultError> setAgencyRole(PractitionerRole role);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hearth
