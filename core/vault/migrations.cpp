#include "migrations.h"

#include "vault/database.h"
#include "vault/recordsummary.h"

#include <array>

namespace hearth {

namespace {
// Append only: a released step is never edited, a change is a new step.
constexpr std::array<const char *, 11> Steps = {
    // 1: facts about the vault itself (its id binds database and key file together).
    "CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;",
    // 2: practitioner and agency settings (lock timeout and the like).
    "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
    " updated_utc TEXT NOT NULL) WITHOUT ROWID;",
    // 3: drafts autosaved while a visit is being recorded.
    "CREATE TABLE draft (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL,"
    " created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX draft_by_updated ON draft (updated_utc);",
    // 4: the device's signing identity, its signed records (immutable: triggers refuse any
    // UPDATE or DELETE) and the outbox of records waiting for the agency's receipt.
    "CREATE TABLE device_identity (id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL,"
    " secret_key BLOB NOT NULL, public_key BLOB NOT NULL, created_utc TEXT NOT NULL);"
    "CREATE TABLE signed_record (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, envelope BLOB NOT NULL, chain_hash TEXT NOT NULL,"
    " created_utc TEXT NOT NULL);"
    "CREATE TRIGGER signed_record_immutable BEFORE UPDATE ON signed_record"
    " BEGIN SELECT RAISE(ABORT, 'signed records cannot be changed'); END;"
    "CREATE TRIGGER signed_record_kept BEFORE DELETE ON signed_record"
    " BEGIN SELECT RAISE(ABORT, 'signed records cannot be deleted'); END;"
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY REFERENCES signed_record (seq),"
    " queued_utc TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);",
    // 5: the caseload (entities kept as their caseload-format JSON, with the columns lookups
    // need) and an index of visit drafts beside the draft table, so lists and the previous
    // visit are found without parsing every body. visit_meta rows go with their draft.
    "CREATE TABLE household (id TEXT PRIMARY KEY, source TEXT NOT NULL, postcode TEXT NOT NULL,"
    " body TEXT NOT NULL, updated_utc TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE child (id TEXT PRIMARY KEY, source TEXT NOT NULL, household_id TEXT,"
    " body TEXT NOT NULL, updated_utc TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX child_by_household ON child (household_id);"
    "CREATE TABLE adult (id TEXT PRIMARY KEY, source TEXT NOT NULL, household_id TEXT,"
    " body TEXT NOT NULL, updated_utc TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX adult_by_household ON adult (household_id);"
    "CREATE TABLE adult_link (child_id TEXT NOT NULL, adult_id TEXT NOT NULL, body TEXT NOT NULL,"
    " updated_utc TEXT NOT NULL, PRIMARY KEY (child_id, adult_id)) WITHOUT ROWID;"
    "CREATE INDEX adult_link_by_adult ON adult_link (adult_id);"
    "CREATE TABLE visit_summary (id TEXT PRIMARY KEY, child_id TEXT NOT NULL, date TEXT NOT NULL,"
    " body TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX visit_summary_by_child ON visit_summary (child_id, date);"
    "CREATE TABLE visit_meta (draft_id TEXT PRIMARY KEY, child_id TEXT NOT NULL,"
    " status TEXT NOT NULL CHECK (status IN ('draft', 'complete')), visit_utc TEXT NOT NULL,"
    " pack TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE INDEX visit_meta_by_child ON visit_meta (child_id, status, visit_utc);"
    "CREATE TRIGGER visit_meta_follows_draft AFTER DELETE ON draft"
    " BEGIN DELETE FROM visit_meta WHERE draft_id = old.id; END;",
    // 6: sync with the agency. The enrolment (one row: the pinned server, its receipt key, and
    // whether the agency has revoked this device); the receipts kept as proof of delivery; the
    // history of attempts shown on the sync screen; where the caseload download stands and when
    // sync last succeeded; and
    // children the agency has taken off this caseload, kept (with their drafts) and marked.
    "CREATE TABLE sync_enrolment (id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL,"
    " pin TEXT NOT NULL, server_public_key BLOB NOT NULL, device_id TEXT NOT NULL,"
    " practitioner_id TEXT NOT NULL, practitioner_name TEXT NOT NULL,"
    " enrolled_utc TEXT NOT NULL, lock_timeout_seconds INTEGER,"
    " revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),"
    " revoked_utc TEXT);"
    "CREATE TABLE sync_receipt (seq INTEGER PRIMARY KEY, chain_hash TEXT NOT NULL,"
    " issued TEXT NOT NULL, sig BLOB NOT NULL, received_utc TEXT NOT NULL);"
    "CREATE TABLE sync_attempt (id INTEGER PRIMARY KEY AUTOINCREMENT, cause TEXT NOT NULL,"
    " started_utc TEXT NOT NULL, finished_utc TEXT NOT NULL, outcome TEXT NOT NULL,"
    " sent INTEGER NOT NULL, acknowledged INTEGER NOT NULL, downloaded INTEGER NOT NULL,"
    " message TEXT NOT NULL);"
    "CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL,"
    " updated_utc TEXT NOT NULL) WITHOUT ROWID;"
    "ALTER TABLE child ADD COLUMN removed_utc TEXT;",
    // 7: a summary of each signed record (who, which child and visit, what it amends), written
    // with the record, so lists page through small rows instead of parsing every envelope.
    // Records signed before this step are summarised from their envelopes (afterStep).
    "CREATE TABLE record_summary (seq INTEGER PRIMARY KEY REFERENCES signed_record (seq),"
    " record_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, created_utc TEXT NOT NULL,"
    " author TEXT NOT NULL, child_id TEXT NOT NULL, visit_id TEXT NOT NULL,"
    " amends TEXT NOT NULL);"
    "CREATE INDEX record_summary_by_kind ON record_summary (kind, seq);"
    "CREATE INDEX record_summary_by_visit ON record_summary (visit_id);"
    "CREATE INDEX record_summary_by_amends ON record_summary (amends);",
    // 8: when each visit was and whether the child was seen, so the caseload shows each
    // child's last contact without opening envelopes; filled from the envelopes (afterStep).
    // The index holds every column the caseload reads, so unlocking reads it, not the table.
    "ALTER TABLE record_summary ADD COLUMN arrival_utc TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE record_summary ADD COLUMN child_seen INTEGER;"
    "CREATE INDEX record_summary_by_child ON record_summary"
    " (kind, child_id, arrival_utc, created_utc, child_seen);",
    // 9: photographs, only ever inside the vault (AttachmentStore), by their BLAKE2b hash. A
    // photo is a draft's until the visit is signed; signed ones are never changed or deleted.
    "CREATE TABLE attachment (hash TEXT PRIMARY KEY, media_type TEXT NOT NULL,"
    " bytes BLOB NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL,"
    " created_utc TEXT NOT NULL, signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)));"
    "CREATE TRIGGER attachment_signed_kept BEFORE DELETE ON attachment WHEN old.signed = 1"
    " BEGIN SELECT RAISE(ABORT, 'signed photographs cannot be deleted'); END;"
    "CREATE TRIGGER attachment_unchanged BEFORE UPDATE OF hash, media_type, bytes, width, height"
    " ON attachment BEGIN SELECT RAISE(ABORT, 'photographs cannot be changed'); END;"
    "CREATE TRIGGER attachment_stays_signed BEFORE UPDATE OF signed ON attachment"
    " WHEN old.signed = 1 AND new.signed = 0"
    " BEGIN SELECT RAISE(ABORT, 'signed photographs stay signed'); END;",
    // 10: the practitioner's role as the agency gave it (enrolment, then each caseload page);
    // NULL until an agency server that knows roles says. The role chosen on the tablet before
    // enrolment is a setting row (core/vault/rolestore.h).
    "ALTER TABLE sync_enrolment ADD COLUMN practitioner_role TEXT;",
    // 11: the supervisor's records the caseload feed brings (reviews, countersignatures,
    // professional differences), signed by the agency server in one chain of its own and kept
    // as verified, byte for byte, by their place in that chain. Never changed or deleted: they
    // are the agency's record of what a supervisor decided.
    "CREATE TABLE supervision_record (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " kind TEXT NOT NULL, child_id TEXT NOT NULL, prev TEXT NOT NULL, chain_hash TEXT NOT NULL,"
    " envelope BLOB NOT NULL, created_utc TEXT NOT NULL, received_utc TEXT NOT NULL);"
    "CREATE INDEX supervision_record_by_child ON supervision_record (child_id, seq);"
    "CREATE TRIGGER supervision_record_immutable BEFORE UPDATE ON supervision_record"
    " BEGIN SELECT RAISE(ABORT, 'supervision records cannot be changed'); END;"
    "CREATE TRIGGER supervision_record_kept BEFORE DELETE ON supervision_record"
    " BEGIN SELECT RAISE(ABORT, 'supervision records cannot be deleted'); END;",
};

// Work a step needs beyond SQL, inside the same transaction (SQLCipher 3.4's SQLite core has
// no JSON functions, so envelopes are read in C++).
Expected<void, VaultError> afterStep(Database &db, int version)
{
    if (version == 7) {
        if (auto filled = RecordSummary::fillMissing(db); !filled)
            return unexpected(filled.error());
    }
    if (version == 8) {
        if (auto filled = RecordSummary::fillVisitFacts(db); !filled)
            return unexpected(filled.error());
    }
    return {};
}
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
            if (auto after = afterStep(db, version); !after)
                return after;
            return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!ok)
            return ok;
    }
    return {};
}

} // namespace hearth
