#include "testsupport.h"
#include "vault/keyfile.h"

#include <QTest>

using namespace hearth;

// The key file's fixed layout: round trip, and that any damage is caught before a passcode
// is tried.
class TestKeyFile : public QObject
{
    Q_OBJECT
private:
    static KeyFile sample()
    {
        KeyFile file;
        file.cipherProfile = 3;
        file.cost = KdfCost::interactive();
        randombytes_buf(file.vaultId.data(), file.vaultId.size());
        randombytes_buf(file.databaseSalt.data(), file.databaseSalt.size());
        randombytes_buf(file.kdfSalt.data(), file.kdfSalt.size());
        randombytes_buf(file.nonce.data(), file.nonce.size());
        randombytes_buf(file.wrappedKey.data(), file.wrappedKey.size());
        randombytes_buf(file.recoveryPublicKey.data(), file.recoveryPublicKey.size());
        randombytes_buf(file.sealedKey.data(), file.sealedKey.size());
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void roundTrip()
    {
        const KeyFile file = sample();
        const QByteArray bytes = file.serialize();
        QCOMPARE(bytes.size(), KeyFile::Size);
        QVERIFY(bytes.startsWith("HEARTHK1"));
        auto parsed = KeyFile::parse(bytes);
        QVERIFY(parsed);
        QCOMPARE(parsed->serialize(), bytes);
        QCOMPARE(parsed->header(), bytes.left(KeyFile::HeaderSize));
        QVERIFY(parsed->vaultId == file.vaultId);
        QCOMPARE(parsed->cost.opsLimit, file.cost.opsLimit);
    }

    void everyFlippedByteIsDamage()
    {
        const QByteArray bytes = sample().serialize();
        for (int i = 0; i < bytes.size(); ++i) {
            for (const char mask : { char(0x01), char(0x80) }) {
                QByteArray damaged = bytes;
                damaged[i] = char(damaged[i] ^ mask);
                auto parsed = KeyFile::parse(damaged);
                QVERIFY2(!parsed, qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
                QCOMPARE(parsed.error().code, VaultError::Code::KeyFileDamaged);
            }
        }
    }

    void wrongSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("truncated") << KeyFile::Size - 1;
        QTest::newRow("extra") << KeyFile::Size + 1;
    }
    void wrongSizes()
    {
        QFETCH(int, size);
        QByteArray bytes = sample().serialize();
        bytes.resize(size, '\0');
        auto parsed = KeyFile::parse(bytes);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, VaultError::Code::KeyFileDamaged);
    }

    void costBelowInteractiveIsRefused()
    {
        KeyFile file = sample();
        file.cost.opsLimit = 1;
        auto parsed = KeyFile::parse(file.serialize());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, VaultError::Code::KeyFileDamaged);
    }

    void recoveryReadsPastDamage()
    {
        const KeyFile file = sample();
        QByteArray bytes = file.serialize();
        bytes[20] = char(bytes[20] ^ 0x10);
        QVERIFY(!KeyFile::parse(bytes));
        auto lenient = KeyFile::parse(bytes, KeyFile::Checks::ForRecovery);
        QVERIFY(lenient);
        QVERIFY(lenient->sealedKey == file.sealedKey);
    }

    void missingFile()
    {
        auto read = KeyFile::read(QStringLiteral("/nonexistent/hearth.key"));
        QVERIFY(!read);
        QCOMPARE(read.error().code, VaultError::Code::KeyFileMissing);
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
