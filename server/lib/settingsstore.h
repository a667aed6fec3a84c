#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QString>

#include <optional>

namespace hearth::server {

// The few agency-wide values kept in the database so every server instance sees the same: the
// server's public key (to catch a mismatched key file at start-up), the recovery public key
// and the lock timeout handed to devices at enrolment.
class SettingsStore
{
public:
    static constexpr const char *serverPublicKey = "server_public_key";
    static constexpr const char *recoveryPublicKey = "recovery_public_key";
    static constexpr const char *lockTimeoutSeconds = "lock_timeout_seconds";

    explicit SettingsStore(const Database &database)
        : m_database(database)
    { }

    [[nodiscard]] Expected<std::optional<QString>, StoreError> get(const char *name) const;
    // Insert or replace; call inside a transaction when it must go with other writes.
    [[nodiscard]] Expected<void, StoreError> set(const char *name, const QString &value) const;

private:
    const Database &m_database;
};

} // namespace hearth::server
