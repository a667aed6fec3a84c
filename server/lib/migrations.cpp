#include "migrations.h"

#include "transaction.h"

#include <QStringList>

#include <vector>

namespace hearth::server {

namespace {
// Column types are the only difference between the dialects; each step is written once with
// these placeholders.
QString forDialect(QString sql, bool postgres)
{
    sql.replace(
        QStringLiteral("$INT"), postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"));
    sql.replace(
        QStringLiteral("$BYTES"), postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    return sql;
}

// Step 1: devices, their records, enrolment codes and request nonces.
const QStringList step1 = {
    QStringLiteral("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE practitioners (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                   "created_at TEXT NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY,"
        " practitioner_id TEXT NOT NULL REFERENCES practitioners(id),"
        " created_at TEXT NOT NULL, expires_at $INT NOT NULL, used_at TEXT, device_id TEXT)"),
    QStringLiteral(
        "CREATE TABLE devices (id TEXT PRIMARY KEY, public_key TEXT NOT NULL UNIQUE,"
        " name TEXT NOT NULL, practitioner_id TEXT NOT NULL REFERENCES practitioners(id),"
        " enrolled_at TEXT NOT NULL, revoked_at TEXT, revoke_reason TEXT,"
        " head_seq $INT NOT NULL DEFAULT 0, head_hash TEXT NOT NULL, last_seen TEXT)"),
    QStringLiteral(
        "CREATE TABLE records (id TEXT PRIMARY KEY, device_id TEXT NOT NULL REFERENCES devices(id),"
        " seq $INT NOT NULL, chain_hash TEXT NOT NULL, envelope $BYTES NOT NULL,"
        " received_at TEXT NOT NULL, UNIQUE (device_id, seq))"),
    QStringLiteral("CREATE TABLE request_nonces (device_id TEXT NOT NULL, nonce TEXT NOT NULL,"
                   " expires_at $INT NOT NULL, PRIMARY KEY (device_id, nonce))"),
    QStringLiteral("CREATE INDEX request_nonces_expiry ON request_nonces (expires_at)"),
};

// Step 2: the caseload (docs/caseload-format.md). Every row carries a revision from one
// counter so a device can ask for "everything changed since revision N".
const QStringList step2 = {
    QStringLiteral("CREATE TABLE caseload_counter (id $INT PRIMARY KEY, rev $INT NOT NULL)"),
    QStringLiteral("INSERT INTO caseload_counter (id, rev) VALUES (1, 0)"),
    QStringLiteral(
        "CREATE TABLE households (id TEXT PRIMARY KEY, rev $INT NOT NULL, payload TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE children (id TEXT PRIMARY KEY, household_id TEXT NOT NULL "
                   "REFERENCES households(id),"
                   " practitioner_id TEXT REFERENCES practitioners(id), rev $INT NOT NULL, payload "
                   "TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE adults (id TEXT PRIMARY KEY, household_id TEXT NOT NULL "
                   "REFERENCES households(id),"
                   " rev $INT NOT NULL, payload TEXT NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE child_links (child_id TEXT NOT NULL REFERENCES children(id),"
        " adult_id TEXT NOT NULL REFERENCES adults(id), rev $INT NOT NULL, payload TEXT NOT NULL,"
        " PRIMARY KEY (child_id, adult_id))"),
    QStringLiteral("CREATE TABLE visit_summaries (id TEXT PRIMARY KEY, child_id TEXT NOT NULL "
                   "REFERENCES children(id),"
                   " visit_date TEXT NOT NULL, rev $INT NOT NULL, payload TEXT NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE caseload_removals (practitioner_id TEXT NOT NULL, kind TEXT NOT NULL,"
        " entity_id TEXT NOT NULL, rev $INT NOT NULL, payload TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX children_practitioner ON children (practitioner_id, rev)"),
    QStringLiteral("CREATE INDEX children_household ON children (household_id)"),
    QStringLiteral("CREATE INDEX households_rev ON households (rev)"),
    QStringLiteral("CREATE INDEX adults_household ON adults (household_id)"),
    QStringLiteral("CREATE INDEX child_links_rev ON child_links (rev)"),
    QStringLiteral("CREATE INDEX visit_summaries_child ON visit_summaries (child_id, visit_date)"),
    QStringLiteral(
        "CREATE INDEX caseload_removals_practitioner ON caseload_removals (practitioner_id, rev)"),
};

// Step 3: record ids are scoped to their device, so one device can never shadow or block
// another's records by uploading their ids first (the table is rebuilt because SQLite cannot
// change a primary key in place); the device row keeps its head record's id, so ids can be
// checked to increase across batches.
const QStringList step3 = {
    QStringLiteral("ALTER TABLE devices ADD COLUMN head_id TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("UPDATE devices SET head_id = COALESCE((SELECT r.id FROM records r"
                   " WHERE r.device_id = devices.id AND r.seq = devices.head_seq), '')"),
    QStringLiteral("CREATE TABLE records_v3 (id TEXT NOT NULL,"
                   " device_id TEXT NOT NULL REFERENCES devices(id), seq $INT NOT NULL,"
                   " chain_hash TEXT NOT NULL, envelope $BYTES NOT NULL, received_at TEXT NOT NULL,"
                   " PRIMARY KEY (device_id, id), UNIQUE (device_id, seq))"),
    QStringLiteral("INSERT INTO records_v3 (id, device_id, seq, chain_hash, envelope, received_at)"
                   " SELECT id, device_id, seq, chain_hash, envelope, received_at FROM records"),
    QStringLiteral("DROP TABLE records"),
    QStringLiteral("ALTER TABLE records_v3 RENAME TO records"),
};

// Step 4: the agency console's staff (docs in server/README.md, "The console"). Passwords are
// Argon2id strings, session ids are stored only as hashes (CSRF tokens derive from them), caseloads
// are granted per practitioner, and every view of a child's records leaves an audit row.
const QStringList step4 = {
    QStringLiteral("CREATE TABLE staff_users (name TEXT PRIMARY KEY, role TEXT NOT NULL,"
                   " password_hash TEXT NOT NULL, created_at TEXT NOT NULL, disabled_at TEXT)"),
    QStringLiteral(
        "CREATE TABLE staff_grants (user_name TEXT NOT NULL REFERENCES staff_users(name),"
        " practitioner_id TEXT NOT NULL REFERENCES practitioners(id),"
        " PRIMARY KEY (user_name, practitioner_id))"),
    QStringLiteral("CREATE TABLE staff_sessions (id_hash TEXT PRIMARY KEY,"
                   " user_name TEXT NOT NULL REFERENCES staff_users(name),"
                   " created_at $INT NOT NULL, last_seen $INT NOT NULL)"),
    QStringLiteral("CREATE TABLE staff_signin_failures (subject TEXT PRIMARY KEY,"
                   " failures $INT NOT NULL, last_failure $INT NOT NULL)"),
    QStringLiteral("CREATE TABLE console_audit (at TEXT NOT NULL, user_name TEXT NOT NULL,"
                   " action TEXT NOT NULL, child_id TEXT NOT NULL, detail TEXT NOT NULL,"
                   " client TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX console_audit_at ON console_audit (at)"),
};

// Step 5: photographs a device uploads before the records that name them (PROTOCOL.md, "PUT
// /v1/attachments"). Scoped to the device like record ids, so one device can never supply or
// block another's photo. record_id is the first stored record naming it: until one does, the
// photo is unreferenced and is removed after the window PROTOCOL.md states.
const QStringList step5 = {
    QStringLiteral(
        "CREATE TABLE attachments (device_id TEXT NOT NULL REFERENCES devices(id),"
        " hash TEXT NOT NULL, media_type TEXT NOT NULL, size $INT NOT NULL, width $INT NOT NULL,"
        " height $INT NOT NULL, content $BYTES NOT NULL, received_at TEXT NOT NULL,"
        " record_id TEXT, PRIMARY KEY (device_id, hash))"),
    QStringLiteral("CREATE INDEX attachments_unreferenced ON attachments (record_id, received_at)"),
};

// Step 6: each practitioner's role (core/protocol/practitionerrole.h), carried to the tablet by
// enrolment and the caseload feed. Practitioners added before roles existed become health
// visitors: the home visit was the only way of working Hearth had, so that is what their
// tablets already did. `hearth-admin set-role` changes it.
const QStringList step6 = {
    QStringLiteral(
        "ALTER TABLE practitioners ADD COLUMN role TEXT NOT NULL DEFAULT 'health-visitor'"),
};

// Step 7: the records a supervisor makes in the console (docs/record-format.md, "Supervision"),
// signed by the server's key in one chain of their own (seq, chain_hash) and listed by child;
// each takes a caseload revision (rev) so the caseload feed carries it to the child's tablet.
const QStringList step7 = {
    QStringLiteral("CREATE TABLE supervision_records (id TEXT PRIMARY KEY,"
                   " seq $INT NOT NULL UNIQUE, chain_hash TEXT NOT NULL, child_id TEXT NOT NULL,"
                   " kind TEXT NOT NULL, supervisor TEXT NOT NULL, created TEXT NOT NULL,"
                   " rev $INT NOT NULL, envelope $BYTES NOT NULL)"),
    QStringLiteral("CREATE INDEX supervision_records_child ON supervision_records (child_id, kind,"
                   " created)"),
    QStringLiteral("CREATE INDEX supervision_records_rev ON supervision_records (rev)"),
};

// Step 8: how many signed records each tablet said it still held unaccepted, and when
// (PROTOCOL.md, "POST /v1/records"), so the console shows a tablet falling behind. NULL until a
// tablet that reports it syncs: older tablets never do.
const QStringList step8 = {
    QStringLiteral("ALTER TABLE devices ADD COLUMN waiting $INT"),
    QStringLiteral("ALTER TABLE devices ADD COLUMN waiting_reported_at TEXT"),
};

const std::vector<const QStringList *> &steps()
{
    static const std::vector<const QStringList *> all { &step1, &step2, &step3, &step4, &step5,
        &step6, &step7, &step8 };
    return all;
}
} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

Expected<int, StoreError> Migrations::currentVersion(const Database &database)
{
    auto exists = database.isPostgres()
        ? database.exec(QStringLiteral(
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_version'"
            " AND table_schema = current_schema()"))
        : database.exec(QStringLiteral(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exists)
        return unexpected(exists.error());
    if (!exists->next())
        return 0;
    auto version = database.exec(QStringLiteral("SELECT version FROM schema_version"));
    if (!version)
        return unexpected(version.error());
    return version->next() ? version->value(0).toInt() : 0;
}

Expected<int, StoreError> Migrations::migrate(const Database &database, int target)
{
    if (target < 0 || target > latestVersion())
        target = latestVersion();
    if (auto made = database.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !made)
        return unexpected(made.error());
    for (;;) {
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return unexpected(transaction.error());
        // Read inside the transaction so two admins migrating at once apply each step once.
        auto current = database.exec(QStringLiteral("SELECT version FROM schema_version"));
        if (!current)
            return unexpected(current.error());
        const bool hasRow = current->next();
        const int version = hasRow ? current->value(0).toInt() : 0;
        current->finish(); // SQLite cannot drop a table while a statement is still reading
        if (version >= target)
            return version;
        for (const QString &statement : *steps()[std::size_t(version)]) {
            if (auto done = database.exec(forDialect(statement, database.isPostgres())); !done)
                return unexpected(StoreError { done.error().kind,
                    QStringLiteral("schema step %1: %2")
                        .arg(version + 1)
                        .arg(done.error().message) });
        }
        auto recorded = hasRow
            ? database.exec(
                QStringLiteral("UPDATE schema_version SET version = ?"), { version + 1 })
            : database.exec(
                QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), { version + 1 });
        if (!recorded)
            return unexpected(recorded.error());
        if (auto committed = transaction->commit(); !committed)
            return unexpected(committed.error());
    }
}

} // namespace hearth::server
