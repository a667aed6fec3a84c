#include "database.h"

#include <sqlite3.h>

#include <QFileInfo>

namespace hearth {

namespace {
QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no connection");
}
} // namespace

void formatRawKey(const DataKey &key, RawKeyText &out)
{
    auto *text = reinterpret_cast<char *>(out.data());
    text[0] = 'x';
    text[1] = '\'';
    sodium_bin2hex(text + 2, 65, key.data(), DataKey::size);
    text[66] = '\'';
    text[67] = '\0';
}

VaultError vaultErrorFromSqlite(int code, const QString &detail)
{
    using Code = VaultError::Code;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return VaultError::make(Code::StorageFull, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return VaultError::make(Code::ReadOnly, detail);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return VaultError::make(Code::DatabaseDamaged, detail);
    default:
        return VaultError::make(Code::Io, detail);
    }
}

Statement::Statement(sqlite3_stmt *stmt, Database *db)
    : m_stmt(stmt)
    , m_db(db)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
{ }

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Expected<bool, VaultError> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return unexpected(m_db->lastError(QString::fromUtf8(sqlite3_sql(m_stmt))));
}

Expected<void, VaultError> Statement::run()
{
    return forEachRow([] {});
}

Expected<void, VaultError> Statement::forEachRow(const std::function<void()> &onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return unexpected(row.error());
        if (!row.value())
            return {};
        onRow();
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(sqlite3 *db)
    : m_db(db)
{ }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        // close_v2 defers the close until any unfinalised statement is gone, never leaks.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

int Database::cipherMajor(const QString &version)
{
    return version.section(QLatin1Char('.'), 0, 0).toInt();
}

QString Database::cipherVersion()
{
    auto version = scalarText(QStringLiteral("PRAGMA cipher_version"));
    return version ? version.value() : QString();
}

VaultError Database::lastError(const QString &what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_MISUSE;
    return vaultErrorFromSqlite(code, what + QStringLiteral(": ") + sqliteMessage(m_db));
}

Expected<Database, VaultError> Database::open(
    const QString &path, const DataKey &key, OpenMode mode, int cipherProfile)
{
    const bool create = mode == OpenMode::CreateNew;
    if (!create && !QFileInfo::exists(path))
        return unexpected(VaultError::make(VaultError::Code::DatabaseMissing, path));

    sqlite3 *handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    Database db(handle);
    if (rc != SQLITE_OK)
        return unexpected(vaultErrorFromSqlite(
            rc, QStringLiteral("open ") + path + QStringLiteral(": ") + sqliteMessage(handle)));

    RawKeyText rawKey;
    formatRawKey(key, rawKey);
    if (sqlite3_key(handle, rawKey.data(), RawKeyTextLength) != SQLITE_OK)
        return unexpected(db.lastError(QStringLiteral("key")));
    rawKey.clear();

    // Version-aware cipher settings: a database created under SQLCipher 3 (Debian's 3.4.1)
    // keeps its 3.x page format when a device build links SQLCipher 4, which would otherwise
    // read it with 4.x defaults and fail. Page size 4096 is set explicitly under both.
    const int major = cipherMajor(db.cipherVersion());
    if (major >= 4 && cipherProfile == 3) {
        if (auto ok = db.exec(QStringLiteral("PRAGMA cipher_compatibility = 3")); !ok)
            return unexpected(ok.error());
    }
    if (auto ok = db.exec(QStringLiteral("PRAGMA cipher_page_size = 4096")); !ok)
        return unexpected(ok.error());
    if (major >= 4) {
        // Wipe SQLCipher's own heap on free; the pragma does not exist in 3.x.
        if (auto ok = db.exec(QStringLiteral("PRAGMA cipher_memory_security = ON")); !ok)
            return unexpected(ok.error());
    }

    // SQLCipher accepts any key silently; the first read of a page proves it.
    if (auto probe = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
        return unexpected(probe.error());
    if (auto ok = db.configure(); !ok)
        return unexpected(ok.error());
    return db;
}

Expected<Database, VaultError> Database::openUnencrypted(const QString &path)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(handle);
    if (rc != SQLITE_OK)
        return unexpected(vaultErrorFromSqlite(rc, path));
    if (auto ok = db.configure(); !ok)
        return unexpected(ok.error());
    return db;
}

Expected<void, VaultError> Database::configure()
{
    // WAL + synchronous=FULL: a commit is durable once it returns, even on power loss.
    // secure_delete overwrites freed pages; temp_store keeps sort/temp data off the disk.
    auto mode = scalarText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return unexpected(mode.error());
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return unexpected(VaultError::make(
            VaultError::Code::Io, QStringLiteral("journal_mode is ") + mode.value()));
    for (const char *pragma : { "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
             "PRAGMA temp_store = MEMORY", "PRAGMA foreign_keys = ON" }) {
        if (auto ok = exec(QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

Expected<void, VaultError> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = sql.left(60) + QStringLiteral(": ")
        + (message ? QString::fromUtf8(message) : sqliteMessage(m_db));
    sqlite3_free(message);
    return unexpected(vaultErrorFromSqlite(rc, detail));
}

Expected<Statement, VaultError> Database::prepare(const QString &sql)
{
    if (!m_db)
        return unexpected(VaultError::make(VaultError::Code::NotUnlocked, sql.left(60)));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return unexpected(
            vaultErrorFromSqlite(rc, sql.left(60) + QStringLiteral(": ") + sqliteMessage(m_db)));
    }
    return Statement(stmt, this);
}

Expected<qint64, VaultError> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return unexpected(row.error());
    return row.value() ? stmt->int64(0) : qint64(0);
}

Expected<QString, VaultError> Database::scalarText(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return unexpected(row.error());
    return row.value() ? stmt->text(0) : QString();
}

Expected<void, VaultError> Database::transaction(
    const std::function<Expected<void, VaultError>()> &work)
{
    if (auto ok = exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok;
    auto result = work();
    if (result) {
        result = exec(QStringLiteral("COMMIT"));
        if (result)
            return result;
    }
    // Nothing half-written: whatever failed, the transaction goes back as a whole.
    (void)exec(QStringLiteral("ROLLBACK"));
    return result;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace hearth
