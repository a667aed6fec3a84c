#pragma once

#include "common/expected.h"
#include "vault/vaulterror.h"

#include <QString>

namespace hearth {

class Database;

// Numbered schema migrations. Each step runs in its own transaction and bumps
// PRAGMA user_version, so a crash between steps leaves a consistent, older schema that
// the next unlock continues from.
class Migrations
{
public:
    static int latestVersion();
    [[nodiscard]] static Expected<int, VaultError> currentVersion(Database &db);
    // Migrates up to `target` (latestVersion() by default). A schema newer than this build
    // knows is refused rather than touched.
    [[nodiscard]] static Expected<void, VaultError> migrate(Database &db, int target = -1);
};

} // namespace hearth
