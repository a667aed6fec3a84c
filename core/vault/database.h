#pragma once

#include "common/expected.h"
#include "common/secretbytes.h"
#include "vault/vaulterror.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace hearth {

class Database;

// One prepared SQLCipher statement. Values bind by 1-based index; columns read by 0-based
// index, as in the SQLite C API.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    // true: a row is ready; false: done. Errors come back as VaultError.
    [[nodiscard]] Expected<bool, VaultError> step();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    [[nodiscard]] Expected<void, VaultError> run();
    // Steps through every row and calls `onRow` on each, so no query hand-writes the loop
    // that tells a row from the end from a failure (one such loop once dropped its errors).
    [[nodiscard]] Expected<void, VaultError> forEachRow(const std::function<void()> &onRow);
    // The same for rows that can be refused (stored JSON that no longer decodes): the first
    // refusal stops the loop and is returned; a storage failure becomes `storageError(e)`.
    template<typename E>
    [[nodiscard]] Expected<void, E> forEachRow(
        const std::type_identity_t<std::function<Expected<void, E>()>> &onRow,
        E (*storageError)(const VaultError &))
    {
        for (;;) {
            auto row = step();
            if (!row)
                return unexpected(storageError(row.error()));
            if (!row.value())
                return {};
            if (auto ok = onRow(); !ok)
                return ok;
        }
    }
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, Database *db);
    sqlite3_stmt *m_stmt;
    Database *m_db;
};

// A keyed SQLCipher connection through the C API. Qt's QSQLITE driver is deliberately not
// used anywhere in a process that links SQLCipher: it carries its own plain SQLite, whose
// sqlite3_* symbols can bind in place of SQLCipher's and silently write plaintext pages.
class Database
{
public:
    enum class OpenMode
    {
        ExistingOnly,
        CreateNew
    };

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    ~Database();

    // Opens `path` with `key` as a raw SQLCipher key, proves the key by reading the schema,
    // and applies the durability settings (WAL, synchronous=FULL, secure_delete, in-memory
    // temp store). cipherProfile is the SQLCipher major version the file was created with.
    [[nodiscard]] static Expected<Database, VaultError> open(
        const QString &path, const DataKey &key, OpenMode mode, int cipherProfile);
    // The same library with no key at all: plain SQLite pages. Only for benchmarks that
    // measure what encryption costs.
    [[nodiscard]] static Expected<Database, VaultError> openUnencrypted(const QString &path);

    [[nodiscard]] Expected<void, VaultError> exec(const QString &sql);
    [[nodiscard]] Expected<Statement, VaultError> prepare(const QString &sql);
    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; any failure rolls back.
    [[nodiscard]] Expected<void, VaultError> transaction(
        const std::function<Expected<void, VaultError>()> &work);
    [[nodiscard]] Expected<qint64, VaultError> scalar(const QString &sql);
    [[nodiscard]] Expected<QString, VaultError> scalarText(const QString &sql);

    qint64 lastInsertRowId() const;
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // SQLCipher's version string ("3.4.1", "4.6.0 community"...) and its major number.
    QString cipherVersion();
    static int cipherMajor(const QString &version);
    // Maps the connection's last error to a VaultError with `what` as detail context.
    VaultError lastError(const QString &what) const;

private:
    explicit Database(sqlite3 *db);
    [[nodiscard]] Expected<void, VaultError> configure();
    sqlite3 *m_db = nullptr;
};

struct RawKeyTextTag;
// SQLCipher's raw-key form: x'<64 lowercase hex digits>' plus a terminating NUL. Given to
// sqlite3_key as is, it is used directly as the page key and no PBKDF2 runs on open.
using RawKeyText = SecretBytes<2 + 64 + 1 + 1, RawKeyTextTag>;
inline constexpr int RawKeyTextLength = 67;
void formatRawKey(const DataKey &key, RawKeyText &out);

// Converts an SQLite result code to the vault's error vocabulary.
VaultError vaultErrorFromSqlite(int code, const QString &detail);

} // namespace hearth
