#include "vault.h"

#include "vault/migrations.h"
#include "vault/passcodepolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace hearth {

namespace {
using Code = VaultError::Code;

constexpr int PlainHeaderSize = 16;

QString hex(const unsigned char *data, std::size_t size)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).toHex());
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

Expected<void, VaultError> deriveKek(
    const QByteArray &passcode, const KeyFile &file, KeyEncryptionKey &kek)
{
    if (crypto_pwhash(kek.data(), KeyEncryptionKey::size, passcode.constData(),
            quint64(passcode.size()), file.kdfSalt.data(), file.cost.opsLimit,
            size_t(file.cost.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return unexpected(VaultError::make(Code::Io, QStringLiteral("Argon2id ran out of memory")));
    return {};
}

// The recovery copy: vault id and data key sealed together, so recovery can tell which
// vault a sealed key belongs to.
void sealDataKey(KeyFile &file, const RecoveryPublicKey &recipient, const DataKey &key)
{
    unsigned char sealedInput[16 + DataKey::size];
    std::memcpy(sealedInput, file.vaultId.data(), 16);
    std::memcpy(sealedInput + 16, key.data(), DataKey::size);
    crypto_box_seal(file.sealedKey.data(), sealedInput, sizeof sealedInput, recipient.data());
    sodium_memzero(sealedInput, sizeof sealedInput);
    file.recoveryPublicKey = recipient;
}

Expected<void, VaultError> checkPolicy(const QByteArray &passcode)
{
    const QStringList problems = PasscodePolicy::problems(QString::fromUtf8(passcode));
    if (!problems.isEmpty())
        return unexpected(
            VaultError::make(Code::PasscodeRejected, problems.join(QLatin1Char(' '))));
    return {};
}
} // namespace

Vault::Vault(QString directory, const Clock &clock)
    : m_directory(std::move(directory))
    , m_clock(clock)
    , m_throttle(QDir(m_directory).filePath(throttleFileName()), clock)
{ }

Vault::~Vault()
{
    lock();
}

QString Vault::databasePath() const
{
    return QDir(m_directory).filePath(databaseFileName());
}

QString Vault::keyFilePath() const
{
    return QDir(m_directory).filePath(keyFileName());
}

QString Vault::pendingDatabasePath() const
{
    return databasePath() + QStringLiteral(".creating");
}

bool Vault::exists() const
{
    return QFileInfo::exists(keyFilePath()) || QFileInfo::exists(databasePath());
}

int Vault::secondsUntilUnlockAllowed() const
{
    return m_throttle.secondsUntilAllowed();
}

int Vault::failedAttempts() const
{
    return m_throttle.failures();
}

bool Vault::keyMaterialIsZero() const
{
    return m_dataKey.isZero();
}

RecoveryPublicKey Vault::recoveryPublicKey() const
{
    return m_keyFile ? m_keyFile->recoveryPublicKey : RecoveryPublicKey {};
}

Database &Vault::database()
{
    Q_ASSERT(m_db);
    return *m_db;
}

Expected<void, VaultError> Vault::ensureWritableDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return unexpected(VaultError::make(Code::ReadOnly, m_directory));
    // Probe with a real file: permission bits alone do not tell about read-only mounts.
    QFile probe(QDir(m_directory).filePath(QStringLiteral(".hearth-write-test")));
    if (!probe.open(QIODevice::WriteOnly))
        return unexpected(VaultError::make(
            Code::ReadOnly, m_directory + QStringLiteral(": ") + probe.errorString()));
    probe.close();
    probe.remove();
    return {};
}

Expected<void, VaultError> Vault::writeWrapped(
    KeyFile file, const QByteArray &passcode, const KdfCost &cost, const DataKey &key)
{
    file.cost = cost;
    randombytes_buf(file.kdfSalt.data(), file.kdfSalt.size());
    randombytes_buf(file.nonce.data(), file.nonce.size());
    KeyEncryptionKey kek;
    if (auto ok = deriveKek(passcode, file, kek); !ok)
        return ok;
    const QByteArray header = file.header();
    crypto_aead_xchacha20poly1305_ietf_encrypt(file.wrappedKey.data(), nullptr, key.data(),
        DataKey::size, reinterpret_cast<const unsigned char *>(header.constData()),
        quint64(header.size()), nullptr, file.nonce.data(), kek.data());
    if (auto ok = file.write(keyFilePath()); !ok)
        return ok;
    m_keyFile = file;
    return {};
}

Expected<void, VaultError> Vault::create(
    const QByteArray &passcode, const RecoveryPublicKey &recoveryKey, const KdfCost &cost)
{
    if (auto ok = checkPolicy(passcode); !ok)
        return ok;
    if (!cost.isAcceptable())
        return unexpected(
            VaultError::make(Code::Io, QStringLiteral("key derivation cost below INTERACTIVE")));
    if (exists())
        return unexpected(VaultError::make(Code::AlreadyExists, m_directory));
    if (auto ok = ensureWritableDirectory(); !ok)
        return ok;
    lock();

    // The database is built under a temporary name and only takes its real name after the
    // key file is written, so an interrupted set-up never leaves a database without a key
    // (which would look like a lost key file) nor a key file that points at nothing.
    const QString pending = pendingDatabasePath();
    removeDatabaseFiles(pending);
    KeyFile file;
    randombytes_buf(file.vaultId.data(), file.vaultId.size());
    file.recoveryPublicKey = recoveryKey;
    m_dataKey.randomise();

    auto built = [&]() -> Expected<void, VaultError> {
        auto db = Database::open(pending, m_dataKey, Database::OpenMode::CreateNew, 0);
        if (!db)
            return unexpected(db.error());
        file.cipherProfile = Database::cipherMajor(db->cipherVersion());
        if (auto ok = Migrations::migrate(*db); !ok)
            return ok;
        auto ok = db->transaction([&]() -> Expected<void, VaultError> {
            auto insert
                = db->prepare(QStringLiteral("INSERT INTO vault_meta (key, value) VALUES (?, ?)"));
            if (!insert)
                return unexpected(insert.error());
            if (auto r = insert->bind(1, QStringLiteral("vault_id"))
                             .bind(2, hex(file.vaultId.data(), file.vaultId.size()))
                             .run();
                !r)
                return r;
            insert->reset();
            return insert->bind(1, QStringLiteral("created_utc"))
                .bind(2, m_clock.nowUtc().toString(Qt::ISODateWithMs))
                .run();
        });
        if (!ok)
            return ok;
        if (auto cp = db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !cp)
            return cp;
        db->close();
        QFile created(pending);
        if (!created.open(QIODevice::ReadOnly)
            || created.read(reinterpret_cast<char *>(file.databaseSalt.data()), PlainHeaderSize)
                != PlainHeaderSize)
            return unexpected(VaultError::make(Code::Io, pending));
        sealDataKey(file, recoveryKey, m_dataKey);
        if (auto written = writeWrapped(file, passcode, cost, m_dataKey); !written)
            return written;
        if (!QFile::rename(pending, databasePath())) {
            QFile::remove(keyFilePath());
            return unexpected(VaultError::make(Code::Io, QStringLiteral("rename ") + pending));
        }
        return {};
    }();
    if (!built) {
        removeDatabaseFiles(pending);
        lock();
        return built;
    }
    auto opened = openDatabase(*m_keyFile);
    if (!opened)
        lock();
    return opened;
}

Expected<KeyFile, VaultError> Vault::readKeyFile()
{
    auto file = KeyFile::read(keyFilePath());
    if (!file)
        return file;
    // Finish a set-up that stopped between writing the key file and naming the database.
    if (!QFileInfo::exists(databasePath()) && QFileInfo::exists(pendingDatabasePath()))
        QFile::rename(pendingDatabasePath(), databasePath());
    return file;
}

Expected<void, VaultError> Vault::unwrap(
    const KeyFile &file, const QByteArray &passcode, DataKey &out)
{
    KeyEncryptionKey kek;
    if (auto ok = deriveKek(passcode, file, kek); !ok)
        return ok;
    const QByteArray header = file.header();
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(out.data(), nullptr, nullptr,
        file.wrappedKey.data(), file.wrappedKey.size(),
        reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size()),
        file.nonce.data(), kek.data());
    if (rc == 0)
        return {};
    out.clear();
    // The checksum already proved the file intact, so a failed unwrap means the passcode.
    auto counted = m_throttle.recordFailure();
    if (!counted)
        return counted;
    return unexpected(VaultError::make(Code::WrongPasscode, {}, m_throttle.secondsUntilAllowed()));
}

Expected<void, VaultError> Vault::unlock(const QByteArray &passcode)
{
    lock();
    m_throttle.reload();
    if (const int wait = m_throttle.secondsUntilAllowed(); wait > 0)
        return unexpected(VaultError::make(Code::Throttled, {}, wait));
    auto file = readKeyFile();
    if (!file)
        return unexpected(file.error());
    if (auto ok = unwrap(*file, passcode, m_dataKey); !ok)
        return ok;
    if (auto reset = m_throttle.reset(); !reset) {
        lock();
        return reset;
    }
    auto opened = openDatabase(*file);
    if (!opened)
        lock();
    return opened;
}

Expected<void, VaultError> Vault::openDatabase(const KeyFile &file)
{
    // The first 16 bytes of an SQLCipher file are its random salt, stored in plain. If they
    // differ from what the key file recorded, the two files are from different vaults; if
    // they match and the key still fails, the database itself is damaged.
    QFile raw(databasePath());
    if (!raw.exists())
        return unexpected(VaultError::make(Code::DatabaseMissing, databasePath()));
    if (!raw.open(QIODevice::ReadOnly))
        return unexpected(VaultError::make(Code::Io, raw.errorString()));
    const QByteArray salt = raw.read(PlainHeaderSize);
    raw.close();
    if (salt.size() != PlainHeaderSize
        || std::memcmp(salt.constData(), file.databaseSalt.data(), PlainHeaderSize) != 0)
        return unexpected(VaultError::make(
            Code::Mismatch, QStringLiteral("database salt differs from key file")));

    auto db = Database::open(
        databasePath(), m_dataKey, Database::OpenMode::ExistingOnly, file.cipherProfile);
    if (!db)
        return unexpected(db.error());
    if (auto ok = Migrations::migrate(*db); !ok)
        return ok;
    auto id = db->scalarText(QStringLiteral("SELECT value FROM vault_meta WHERE key = 'vault_id'"));
    if (!id)
        return unexpected(id.error());
    if (id.value() != hex(file.vaultId.data(), file.vaultId.size()))
        return unexpected(
            VaultError::make(Code::Mismatch, QStringLiteral("vault id differs from key file")));
    m_db = std::move(db.value());
    m_keyFile = file;
    return {};
}

Expected<void, VaultError> Vault::unlockWithRecoveryKey(const RecoveryKeyPair &pair)
{
    lock();
    auto file = KeyFile::read(keyFilePath(), KeyFile::Checks::ForRecovery);
    if (!file)
        return unexpected(file.error());
    unsigned char opened[16 + DataKey::size];
    if (crypto_box_seal_open(opened, file->sealedKey.data(), file->sealedKey.size(),
            pair.publicKey.data(), pair.secretKey->data())
        != 0)
        return unexpected(VaultError::make(Code::RecoveryKeyMismatch));
    // Rebuild what the sealed copy authenticates and what the database itself says, so a key
    // file damaged outside its sealed part is repaired by the next setPasscode().
    std::memcpy(file->vaultId.data(), opened, 16);
    std::memcpy(m_dataKey.data(), opened + 16, DataKey::size);
    sodium_memzero(opened, sizeof opened);
    QFile raw(databasePath());
    if (raw.open(QIODevice::ReadOnly))
        raw.read(reinterpret_cast<char *>(file->databaseSalt.data()), PlainHeaderSize);
    if (file->cipherProfile < 3)
        file->cipherProfile = 3;
    file->recoveryPublicKey = pair.publicKey;
    auto ok = openDatabase(*file);
    if (!ok) {
        lock();
        return ok;
    }
    return m_throttle.reset();
}

Expected<void, VaultError> Vault::setPasscode(
    const QByteArray &newPasscode, std::optional<KdfCost> cost)
{
    if (!m_db || !m_keyFile)
        return unexpected(VaultError::make(Code::NotUnlocked));
    if (auto ok = checkPolicy(newPasscode); !ok)
        return ok;
    const KdfCost chosen
        = cost.value_or(m_keyFile->cost.isAcceptable() ? m_keyFile->cost : KdfCost::interactive());
    if (auto ok = writeWrapped(*m_keyFile, newPasscode, chosen, m_dataKey); !ok)
        return ok;
    return m_throttle.reset();
}

Expected<void, VaultError> Vault::changePasscode(
    const QByteArray &oldPasscode, const QByteArray &newPasscode)
{
    if (auto ok = checkPolicy(newPasscode); !ok)
        return ok;
    m_throttle.reload();
    if (const int wait = m_throttle.secondsUntilAllowed(); wait > 0)
        return unexpected(VaultError::make(Code::Throttled, {}, wait));
    auto file = readKeyFile();
    if (!file)
        return unexpected(file.error());
    DataKey key;
    if (auto ok = unwrap(*file, oldPasscode, key); !ok)
        return ok;
    if (auto ok = writeWrapped(*file, newPasscode, file->cost, key); !ok)
        return ok;
    if (!m_db)
        m_keyFile.reset();
    return m_throttle.reset();
}

Expected<void, VaultError> Vault::confirmPasscode(const QByteArray &passcode)
{
    if (!m_db)
        return unexpected(VaultError::make(Code::NotUnlocked));
    m_throttle.reload();
    if (const int wait = m_throttle.secondsUntilAllowed(); wait > 0)
        return unexpected(VaultError::make(Code::Throttled, {}, wait));
    auto file = readKeyFile();
    if (!file)
        return unexpected(file.error());
    DataKey key;
    if (auto ok = unwrap(*file, passcode, key); !ok)
        return ok;
    if (!key.equals(m_dataKey))
        return unexpected(
            VaultError::make(Code::Mismatch, QStringLiteral("key file changed while unlocked")));
    return m_throttle.reset();
}

Expected<void, VaultError> Vault::resealRecovery(const RecoveryPublicKey &key)
{
    if (!m_db || !m_keyFile)
        return unexpected(VaultError::make(Code::NotUnlocked));
    KeyFile file = *m_keyFile;
    sealDataKey(file, key, m_dataKey);
    file.recoveryPublicKey = key;
    if (auto ok = file.write(keyFilePath()); !ok)
        return ok;
    m_keyFile = file;
    return {};
}

void Vault::lock()
{
    m_db.reset();
    m_dataKey.clear();
    m_keyFile.reset();
}

Expected<VaultReport, VaultError> Vault::check()
{
    if (!m_db)
        return unexpected(VaultError::make(Code::NotUnlocked));
    VaultReport report;
    report.cipherVersion = m_db->cipherVersion();
    auto version = Migrations::currentVersion(*m_db);
    if (!version)
        return unexpected(version.error());
    report.schemaVersion = version.value();
    report.vaultId = hex(m_keyFile->vaultId.data(), m_keyFile->vaultId.size());

    auto integrity = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return unexpected(integrity.error());
    QStringList findings;
    if (auto ok = integrity->forEachRow([&] { findings << integrity->text(0); }); !ok)
        return unexpected(ok.error());
    // SQLCipher 4 can also verify every page's HMAC; 3.x has no such pragma.
    if (Database::cipherMajor(report.cipherVersion) >= 4) {
        auto pages = m_db->prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
        if (!pages)
            return unexpected(pages.error());
        if (auto ok = pages->forEachRow([&] { findings << pages->text(0); }); !ok)
            return unexpected(ok.error());
    }
    report.integrity = findings.join(QLatin1Char('\n'));

    auto tables
        = m_db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return unexpected(tables.error());
    QStringList names;
    if (auto ok = tables->forEachRow([&] { names << tables->text(0); }); !ok)
        return unexpected(ok.error());
    for (const QString &name : names) {
        auto count = m_db->scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        if (!count)
            return unexpected(count.error());
        report.rowCounts.append({ name, count.value() });
    }
    return report;
}

} // namespace hearth
