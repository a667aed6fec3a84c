#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

namespace hearth::server {

// The numbered schema steps, the same on SQLite and PostgreSQL (only column types differ).
// Each step runs in its own transaction with the schema_version update, so a failed step leaves
// the previous version intact. The server only checks the version; applying steps is the admin
// command's job (init, migrate), so several server instances never race to change the schema.
class Migrations
{
public:
    static int latestVersion();

    // 0 for an empty database.
    [[nodiscard]] static Expected<int, StoreError> currentVersion(const Database &database);

    // Applies every step above the current version up to target (latest by default).
    [[nodiscard]] static Expected<int, StoreError> migrate(
        const Database &database, int target = -1);
};

} // namespace hearth::server
