#include "migrations.h"

#include "vault/database.h"

#include <array>

namespace hearth {

namespace {
// Append only: a released step is never edited, a change is a new step.
constexpr std::array<const char *, 3> Steps = {
    // 1: facts about the vault itself (its id binds database and key file together).
    "CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
    // 2: practitioner and agency settings (lock timeout and the like).
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
    " updated_utc TEXT NOT NULL) WITHOUT ROWID;",
    // 3: drafts autosaved while a visit is being recorded.
    "CREATE TABLE draft (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL,"
    " created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX draft_by_updated ON draft (updated_utc);",
};
} // namespace

int Migrations::latestVersion()
{
    return int(Steps.size());
}

Expected<int, VaultError> Migrations::currentVersion(Database &db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return unexpected(version.error());
    return int(version.value());
}

Expected<void, VaultError> Migrations::migrate(Database &db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return unexpected(current.error());
    if (current.value() > latestVersion())
        return unexpected(VaultError::make(VaultError::Code::SchemaTooNew,
            QStringLiteral("schema %1, this build knows %2")
                .arg(current.value())
                .arg(latestVersion())));
    for (int version = current.value() + 1; version <= target; ++version) {
        auto ok = db.transaction([&]() -> Expected<void, VaultError> {
            if (auto step = db.exec(QString::fromUtf8(Steps[size_t(version - 1)])); !step)
                return step;
            return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!ok)
            return ok;
    }
    return {};
}

} // namespace hearth
