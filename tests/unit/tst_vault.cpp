#include "testsupport.h"
#include "vault/database.h"
#include "vault/keyfile.h"
#include "vault/migrations.h"
#include "vault/vault.h"

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace hearth;
using Code = VaultError::Code;

namespace {
QByteArray digestOf(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        hash.addData(name.toUtf8());
        hash.addData(test::readAll(QDir(dir).filePath(name)));
    }
    return hash.result();
}

Expected<void, VaultError> putSetting(Vault &vault, const QString &key, const QByteArray &value)
{
    Database &db = vault.database();
    return db.transaction([&]() -> Expected<void, VaultError> {
        auto insert = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO setting (key, value, updated_utc) VALUES (?, ?, 'now')"));
        if (!insert)
            return unexpected(insert.error());
        return insert->bind(1, key).bind(2, QString::fromUtf8(value)).run();
    });
}

QString getSetting(Vault &vault, const QString &key)
{
    auto select
        = vault.database().prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!select)
        return {};
    select->bind(1, key);
    auto row = select->step();
    return row && row.value() ? select->text(0) : QString();
}
} // namespace

// The encrypted vault: keys, passcodes, recovery and every failure the issue names.
class TestVault : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    RecoveryKeyPair m_recovery;
    test::FakeClock m_clock;

    std::unique_ptr<Vault> makeVault(const QString &dir)
    {
        auto vault = std::make_unique<Vault>(dir, m_clock);
        auto created = vault->create(test::Passcode, m_recovery.publicKey, KdfCost::interactive());
        if (!created)
            qWarning() << created.error().detail;
        return created ? std::move(vault) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_recovery = RecoveryKeyPair::generate();
        QTemporaryDir probe;
        DataKey key;
        key.randomise();
        auto db = Database::open(
            probe.filePath(QStringLiteral("v.db")), key, Database::OpenMode::CreateNew, 0);
        QVERIFY(db);
        // Which SQLCipher these results are for (3.4.1 on Debian, 4.x on device builds).
        qInfo("SQLCipher %s", qPrintable(db->cipherVersion()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = test::FakeClock();
    }

    void createLockUnlock()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        QVERIFY(vault->isUnlocked());
        QVERIFY(!vault->keyMaterialIsZero());
        QVERIFY(putSetting(*vault, QStringLiteral("marker"), test::PlainMarker));
        vault->lock();
        QVERIFY(!vault->isUnlocked());
        QVERIFY(vault->keyMaterialIsZero());

        Vault reopened(m_dir->path(), m_clock);
        QVERIFY(reopened.exists());
        QVERIFY(reopened.unlock(test::Passcode));
        QCOMPARE(
            getSetting(reopened, QStringLiteral("marker")), QString::fromUtf8(test::PlainMarker));
        auto report = reopened.check();
        QVERIFY(report);
        QCOMPARE(report->integrity, QStringLiteral("ok"));
        QCOMPARE(report->schemaVersion, Migrations::latestVersion());
    }

    void filesHoldNoPlaintext()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        for (int i = 0; i < 50; ++i)
            QVERIFY(putSetting(*vault, QStringLiteral("k%1").arg(i), test::PlainMarker));
        // Checked while open, so the -wal and -shm files exist with uncheckpointed pages.
        for (const char *suffix : { "", "-wal", "-shm" }) {
            const QString path = vault->databasePath() + QLatin1String(suffix);
            const QByteArray bytes = test::readAll(path);
            QVERIFY2(!bytes.isEmpty(), qPrintable(path));
            QVERIFY2(!bytes.contains(test::PlainMarker), qPrintable(path));
            QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(path));
        }
        QVERIFY(!test::readAll(vault->keyFilePath()).contains(test::Passcode));
    }

    void rawKeyFormat()
    {
        DataKey key;
        key.randomise();
        RawKeyText text;
        formatRawKey(key, text);
        const QByteArray raw(reinterpret_cast<const char *>(text.data()), RawKeyTextLength);
        QVERIFY(QRegularExpression(QStringLiteral("^x'[0-9a-f]{64}'$"))
                    .match(QString::fromLatin1(raw))
                    .hasMatch());
        QCOMPARE(QByteArray::fromHex(raw.mid(2, 64)),
            QByteArray(reinterpret_cast<const char *>(key.data()), 32));
        QCOMPARE(text.data()[RawKeyTextLength], 0);

        // An independent opener given the same text as PRAGMA key reads the database.
        const QString path = m_dir->filePath(QStringLiteral("raw.db"));
        {
            auto db = Database::open(path, key, Database::OpenMode::CreateNew, 0);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (42)")));
        }
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open_v2(
                     QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
        const QByteArray pragma = "PRAGMA key = \"" + raw + "\"; PRAGMA cipher_page_size = 4096;";
        QCOMPARE(sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(handle, "SELECT x FROM t", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 42);
        sqlite3_finalize(stmt);
        sqlite3_close(handle);
    }

    void wrongPasscodeChangesNothing()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        const QByteArray before = digestOf(m_dir->path());
        Vault other(m_dir->path(), m_clock);
        auto result = other.unlock(test::OtherPasscode);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Code::WrongPasscode);
        QVERIFY(!other.isUnlocked());
        QVERIFY(other.keyMaterialIsZero());
        QCOMPARE(other.failedAttempts(), 1);
        QVERIFY(QFile::remove(m_dir->filePath(Vault::throttleFileName())));
        QCOMPARE(digestOf(m_dir->path()), before);
    }

    void damagedWrapEveryByte()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        const QString keyPath = vault->keyFilePath();
        const QByteArray original = test::readAll(keyPath);
        const QByteArray database = test::readAll(vault->databasePath());
        for (int i = 0; i < original.size(); ++i) {
            QByteArray damaged = original;
            damaged[i] = char(damaged[i] ^ 0x04);
            QVERIFY(test::writeAll(keyPath, damaged));
            Vault attempt(m_dir->path(), m_clock);
            auto result = attempt.unlock(test::Passcode);
            QVERIFY2(!result, qPrintable(QStringLiteral("byte %1").arg(i)));
            QCOMPARE(result.error().code, Code::KeyFileDamaged);
            QCOMPARE(attempt.failedAttempts(), 0); // damage is not counted as a guess
        }
        QCOMPARE(test::readAll(vault->databasePath()), database);
        QVERIFY(test::writeAll(keyPath, original));
        QVERIFY(Vault(m_dir->path(), m_clock).unlock(test::Passcode));
    }

    void wrapForgedWithValidChecksumIsAWrongPasscode()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        auto file = KeyFile::read(vault->keyFilePath());
        QVERIFY(file);
        file->wrappedKey[3] ^= 1;
        QVERIFY(file->write(vault->keyFilePath()));
        auto result = Vault(m_dir->path(), m_clock).unlock(test::Passcode);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Code::WrongPasscode);
    }

    void throttledAfterThreeFailuresAcrossRestarts()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        for (int i = 1; i <= 3; ++i) {
            Vault attempt(m_dir->path(), m_clock); // a restart each time
            auto result = attempt.unlock(test::OtherPasscode);
            QCOMPARE(result.error().code, Code::WrongPasscode);
            QCOMPARE(result.error().retryAfterSeconds, i < 3 ? 0 : 30);
        }
        Vault restarted(m_dir->path(), m_clock);
        auto refused = restarted.unlock(test::Passcode);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Code::Throttled);
        QCOMPARE(refused.error().retryAfterSeconds, 30);
        m_clock.advance(30);
        QVERIFY(restarted.unlock(test::Passcode));
        QCOMPARE(restarted.failedAttempts(), 0);
    }

    void confirmPasscodeWhileUnlocked()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        QVERIFY(vault->confirmPasscode(test::Passcode));
        auto wrong = vault->confirmPasscode(test::OtherPasscode);
        QCOMPARE(wrong.error().code, Code::WrongPasscode);
        QCOMPARE(vault->failedAttempts(), 1);
        QVERIFY(vault->isUnlocked()); // a wrong confirmation does not lose the session
        QVERIFY(vault->confirmPasscode(test::Passcode));
        QCOMPARE(vault->failedAttempts(), 0);
        vault->lock();
        QCOMPARE(vault->confirmPasscode(test::Passcode).error().code, Code::NotUnlocked);
    }

    void changePasscodeKeepsData()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        QVERIFY(putSetting(*vault, QStringLiteral("marker"), "kept"));
        vault->lock();
        const QByteArray database = test::readAll(vault->databasePath());

        auto weak = vault->changePasscode(test::Passcode, "12345678");
        QCOMPARE(weak.error().code, Code::PasscodeRejected);
        auto wrongOld = vault->changePasscode(test::OtherPasscode, test::OtherPasscode);
        QCOMPARE(wrongOld.error().code, Code::WrongPasscode);
        QVERIFY(vault->changePasscode(test::Passcode, test::OtherPasscode));
        QCOMPARE(test::readAll(vault->databasePath()), database);

        QCOMPARE(vault->unlock(test::Passcode).error().code, Code::WrongPasscode);
        QVERIFY(vault->unlock(test::OtherPasscode));
        QCOMPARE(getSetting(*vault, QStringLiteral("marker")), QStringLiteral("kept"));
    }

    void recoveryWithAgencyKey()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        QVERIFY(putSetting(*vault, QStringLiteral("marker"), "recovered"));
        vault->lock();

        const RecoveryKeyPair stranger = RecoveryKeyPair::generate();
        QCOMPARE(vault->unlockWithRecoveryKey(stranger).error().code, Code::RecoveryKeyMismatch);
        QVERIFY(vault->keyMaterialIsZero());

        QVERIFY(vault->unlockWithRecoveryKey(m_recovery));
        QCOMPARE(getSetting(*vault, QStringLiteral("marker")), QStringLiteral("recovered"));
        QVERIFY(vault->setPasscode(test::OtherPasscode));
        vault->lock();
        QVERIFY(vault->unlock(test::OtherPasscode));
        QCOMPARE(getSetting(*vault, QStringLiteral("marker")), QStringLiteral("recovered"));
    }

    void recoveryRepairsADamagedKeyFile()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        QByteArray bytes = test::readAll(vault->keyFilePath());
        bytes[62] = char(bytes[62] ^ 0x20); // inside the Argon2id salt
        QVERIFY(test::writeAll(vault->keyFilePath(), bytes));
        QCOMPARE(vault->unlock(test::Passcode).error().code, Code::KeyFileDamaged);
        QVERIFY(vault->unlockWithRecoveryKey(m_recovery));
        QVERIFY(vault->setPasscode(test::OtherPasscode));
        vault->lock();
        QVERIFY(KeyFile::read(vault->keyFilePath()));
        QVERIFY(vault->unlock(test::OtherPasscode));
    }

    void resealToAgencyKey()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        const RecoveryKeyPair agency = RecoveryKeyPair::generate();
        QVERIFY(vault->resealRecovery(agency.publicKey));
        QVERIFY(vault->recoveryPublicKey() == agency.publicKey);
        vault->lock();
        QCOMPARE(vault->unlockWithRecoveryKey(m_recovery).error().code, Code::RecoveryKeyMismatch);
        QVERIFY(vault->unlockWithRecoveryKey(agency));
        vault->lock();
        QVERIFY(vault->unlock(test::Passcode)); // the passcode wrap is untouched
    }

    void databaseAndKeyFileFromDifferentVaults()
    {
        QTemporaryDir otherDir;
        auto a = makeVault(m_dir->path());
        auto b = makeVault(otherDir.path());
        QVERIFY(a && b);
        a->lock();
        b->lock();
        QVERIFY(QFile::remove(a->databasePath()));
        QVERIFY(QFile::copy(b->databasePath(), a->databasePath()));
        const QByteArray before = digestOf(m_dir->path());
        auto result = a->unlock(test::Passcode);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Code::Mismatch);
        QCOMPARE(digestOf(m_dir->path()), before);
    }

    void damagedDatabaseIsReportedNotReplaced_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("first page after salt") << 100;
        QTest::newRow("second page") << 4096 + 200;
    }
    void damagedDatabaseIsReportedNotReplaced()
    {
        QFETCH(int, offset);
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        for (int i = 0; i < 200; ++i)
            QVERIFY(putSetting(*vault, QStringLiteral("k%1").arg(i), QByteArray(64, 'x')));
        QVERIFY(vault->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        vault->lock();
        QByteArray bytes = test::readAll(vault->databasePath());
        QVERIFY(bytes.size() > offset);
        bytes[offset] = char(bytes[offset] ^ 0xff);
        QVERIFY(test::writeAll(vault->databasePath(), bytes));

        auto result = vault->unlock(test::Passcode);
        if (result) {
            // Damage on a page the unlock did not read shows up in the integrity check.
            auto report = vault->check();
            QVERIFY(!report || report->integrity != QStringLiteral("ok")
                || getSetting(*vault, QStringLiteral("k199")).isEmpty());
        } else {
            QCOMPARE(result.error().code, Code::DatabaseDamaged);
        }
        vault->lock();
        QCOMPARE(test::readAll(vault->databasePath()), bytes);
    }

    void missingDatabaseIsNeverRecreated()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        QVERIFY(QFile::remove(vault->databasePath()));
        auto result = vault->unlock(test::Passcode);
        QCOMPARE(result.error().code, Code::DatabaseMissing);
        QVERIFY(!QFile::exists(vault->databasePath()));
        QCOMPARE(vault->create(test::Passcode, m_recovery.publicKey, KdfCost::interactive())
                     .error()
                     .code,
            Code::AlreadyExists);
    }

    void createRefusesExistingVault()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        const QByteArray before = digestOf(m_dir->path());
        Vault again(m_dir->path(), m_clock);
        QCOMPARE(again.create(test::OtherPasscode, m_recovery.publicKey, KdfCost::interactive())
                     .error()
                     .code,
            Code::AlreadyExists);
        QCOMPARE(digestOf(m_dir->path()), before);
    }

    void createRejectsWeakPasscode()
    {
        Vault vault(m_dir->path(), m_clock);
        QCOMPARE(
            vault.create("aaaaaaaa", m_recovery.publicKey, KdfCost::interactive()).error().code,
            Code::PasscodeRejected);
        QVERIFY(!vault.exists());
    }

    void interruptedCreationIsCompleted()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        vault->lock();
        // Stopped after the key file was written but before the database got its name.
        QVERIFY(QFile::rename(
            vault->databasePath(), vault->databasePath() + QStringLiteral(".creating")));
        QVERIFY(vault->unlock(test::Passcode));
    }

    void readOnlyFolder()
    {
        // Root ignores permission bits, so as root the folder is a read-only tmpfs mount.
        const QString dir = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir));
        const bool root = geteuid() == 0;
        if (root) {
            QVERIFY(QProcess::execute(QStringLiteral("mount"),
                        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("ro,size=1m"), QStringLiteral("tmpfs"), dir })
                == 0);
        } else {
            QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        Vault vault(dir, m_clock);
        auto result = vault.create(test::Passcode, m_recovery.publicKey, KdfCost::interactive());
        if (root)
            QProcess::execute(QStringLiteral("umount"), { dir });
        QVERIFY(!result);
        QCOMPARE(result.error().code, Code::ReadOnly);
        QVERIFY(!result.error().message.isEmpty());
    }

    void diskFull()
    {
        auto vault = makeVault(m_dir->path());
        QVERIFY(vault);
        QVERIFY(putSetting(*vault, QStringLiteral("before"), "kept"));
        // The database cannot grow past its current size: the same SQLITE_FULL a full
        // disk gives, without needing one.
        QVERIFY(vault->database().exec(QStringLiteral("PRAGMA max_page_count = 1")));
        Database &db = vault->database();
        auto result = db.transaction([&]() -> Expected<void, VaultError> {
            for (int i = 0; i < 500; ++i) {
                auto ok
                    = db.exec(QStringLiteral("INSERT INTO setting VALUES ('big%1', '%2', 'now')")
                                  .arg(i)
                                  .arg(QString(500, QLatin1Char('y'))));
                if (!ok)
                    return ok;
            }
            return {};
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, Code::StorageFull);
        QCOMPARE(getSetting(*vault, QStringLiteral("before")), QStringLiteral("kept"));
        QVERIFY(getSetting(*vault, QStringLiteral("big0")).isEmpty()); // nothing half-written
    }

    void calibratedCostIsNeverBelowInteractive()
    {
        const KdfCost cost = KdfCost::calibrate(std::chrono::milliseconds(1));
        QVERIFY(cost.isAcceptable());
        QVERIFY(cost.opsLimit >= KdfCost::interactive().opsLimit);
        QVERIFY(cost.memLimit >= KdfCost::interactive().memLimit);
    }

    void recoveryKeyFiles()
    {
        const QString secret = m_dir->filePath(QStringLiteral("agency.secret"));
        const QString pub = m_dir->filePath(QStringLiteral("agency.public"));
        QVERIFY(writeRecoverySecretKey(secret, m_recovery));
        QVERIFY(writeRecoveryPublicKey(pub, m_recovery.publicKey));
        QCOMPARE(QFile::permissions(secret) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        auto readPub = readRecoveryPublicKey(pub);
        QVERIFY(readPub);
        QVERIFY(readPub.value() == m_recovery.publicKey);
        auto readSecret = readRecoverySecretKey(secret);
        QVERIFY(readSecret);
        QVERIFY(readSecret->secretKey->equals(*m_recovery.secretKey));
        QVERIFY(test::writeAll(pub, "hearth-recovery-public-v1 bm90IGEga2V5\n"));
        QCOMPARE(readRecoveryPublicKey(pub).error().code, Code::RecoveryKeyInvalid);
        QCOMPARE(readRecoverySecretKey(pub).error().code, Code::RecoveryKeyInvalid);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
