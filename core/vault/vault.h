#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "common/secretbytes.h"
#include "vault/database.h"
#include "vault/kdfcost.h"
#include "vault/keyfile.h"
#include "vault/recoverykey.h"
#include "vault/throttle.h"
#include "vault/vaulterror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth {

// Facts about an unlocked vault, for `hearthctl vault check` and support.
struct VaultReport
{
    int schemaVersion = 0;
    QString cipherVersion;
    QString integrity; // "ok" or what SQLite's integrity_check found
    QList<QPair<QString, qint64>> rowCounts;
    QString vaultId;
};

// The encrypted local store: one SQLCipher database opened with a random data key, and a
// key file holding that key wrapped under the practitioner's passcode and sealed to the
// agency's recovery key. Passcodes are passed as UTF-8 bytes and never stored.
//
// A Vault is used from one thread at a time.
class Vault
{
public:
    explicit Vault(QString directory, const Clock &clock = Clock::system());
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    static QString databaseFileName() { return QStringLiteral("hearth.db"); }
    static QString keyFileName() { return QStringLiteral("hearth.key"); }
    static QString throttleFileName() { return QStringLiteral("hearth.throttle"); }

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString keyFilePath() const;
    // true when a key file or database is present (set up, whether locked or not).
    bool exists() const;
    bool isUnlocked() const { return m_db.has_value(); }

    // Creates a new vault. Refuses if either file already exists; nothing is left behind
    // on failure.
    [[nodiscard]] Expected<void, VaultError> create(
        const QByteArray &passcode, const RecoveryPublicKey &recoveryKey, const KdfCost &cost);
    [[nodiscard]] Expected<void, VaultError> unlock(const QByteArray &passcode);
    // Opens the vault with the agency's recovery key pair; follow with setPasscode().
    [[nodiscard]] Expected<void, VaultError> unlockWithRecoveryKey(const RecoveryKeyPair &pair);
    // Re-wraps the data key under a new passcode (after unlock or recovery). The database
    // is not touched.
    [[nodiscard]] Expected<void, VaultError> setPasscode(
        const QByteArray &newPasscode, std::optional<KdfCost> cost = {});
    // Proves the old passcode, then re-wraps under the new one.
    [[nodiscard]] Expected<void, VaultError> changePasscode(
        const QByteArray &oldPasscode, const QByteArray &newPasscode);
    // Asks for the passcode again while unlocked (before signing, say): true when it opens
    // the key file. Wrong answers count towards the throttle like any other.
    [[nodiscard]] Expected<void, VaultError> confirmPasscode(const QByteArray &passcode);
    // Seals the data key to a new recovery key (the agency's, at enrolment).
    [[nodiscard]] Expected<void, VaultError> resealRecovery(const RecoveryPublicKey &key);
    // Closes the database and zeroes the data key.
    void lock();

    [[nodiscard]] Expected<VaultReport, VaultError> check();
    Database &database();
    // The clock the vault stamps its rows with (injected by tests).
    const Clock &clock() const { return m_clock; }
    int secondsUntilUnlockAllowed() const;
    int failedAttempts() const;
    RecoveryPublicKey recoveryPublicKey() const;
    // For tests: the in-memory key buffers hold only zeroes.
    bool keyMaterialIsZero() const;

private:
    [[nodiscard]] Expected<void, VaultError> openDatabase(const KeyFile &file);
    [[nodiscard]] Expected<void, VaultError> ensureWritableDirectory() const;
    [[nodiscard]] Expected<KeyFile, VaultError> readKeyFile();
    // Unwraps the data key from `file` with `passcode` into `out`; counts a wrong passcode.
    [[nodiscard]] Expected<void, VaultError> unwrap(
        const KeyFile &file, const QByteArray &passcode, DataKey &out);
    [[nodiscard]] Expected<void, VaultError> writeWrapped(
        KeyFile file, const QByteArray &passcode, const KdfCost &cost, const DataKey &key);
    QString pendingDatabasePath() const;

    QString m_directory;
    const Clock &m_clock;
    Throttle m_throttle;
    DataKey m_dataKey;
    std::optional<Database> m_db;
    std::optional<KeyFile> m_keyFile;
};

} // namespace hearth
