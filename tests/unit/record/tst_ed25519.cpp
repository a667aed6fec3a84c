#include "record/devicekeypair.h"

#include <QTest>

using namespace hearth;

namespace {
DeviceKeyPair keyFromSeedHex(const QByteArray &hex)
{
    SigningSeed seed;
    const QByteArray raw = QByteArray::fromHex(hex);
    Q_ASSERT(raw.size() == qsizetype(SigningSeed::size));
    std::copy(raw.begin(), raw.end(), reinterpret_cast<char *>(seed.data()));
    return DeviceKeyPair::fromSeed(seed);
}
} // namespace

// Ed25519 through libsodium and DeviceKeyPair against RFC 8032 section 7.1 (TEST 1-3), plus
// the key handling the vault relies on.
class TestEd25519 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8032_data();
    void rfc8032();
    void generatedKeySignsAndVerifies();
    void secretKeyRoundTrip();
    void inconsistentSecretKeyRefused();
    void publicKeyHex();
};

void TestEd25519::rfc8032_data()
{
    QTest::addColumn<QByteArray>("secretKey"); // RFC 8032's 32-byte private key (libsodium's seed)
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("TEST 1")
        << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                      "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray("72")
        << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                      "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("TEST 3")
        << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
        << QByteArray("af82")
        << QByteArray("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                      "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
}

void TestEd25519::rfc8032()
{
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const QByteArray msg = QByteArray::fromHex(message);
    const QByteArray sig = QByteArray::fromHex(signature);

    const DeviceKeyPair pair = keyFromSeedHex(secretKey);
    QCOMPARE(DeviceKeyPair::toHex(pair.publicKey()).toLatin1(), publicKey);
    QCOMPARE(pair.sign(msg).toHex(), signature); // Ed25519 is deterministic
    QVERIFY(DeviceKeyPair::verify(msg, sig, pair.publicKey()));

    // Any single-bit change to the message or signature must fail.
    QByteArray otherMessage = msg + 'x';
    QVERIFY(!DeviceKeyPair::verify(otherMessage, sig, pair.publicKey()));
    for (qsizetype i = 0; i < sig.size(); i += 7) {
        QByteArray flipped = sig;
        flipped[i] = char(flipped[i] ^ 0x01);
        QVERIFY(!DeviceKeyPair::verify(msg, flipped, pair.publicKey()));
    }
    QVERIFY(!DeviceKeyPair::verify(msg, sig.left(63), pair.publicKey()));
}

void TestEd25519::generatedKeySignsAndVerifies()
{
    const DeviceKeyPair a = DeviceKeyPair::generate();
    const DeviceKeyPair b = DeviceKeyPair::generate();
    QVERIFY(a.publicKey() != b.publicKey());
    QVERIFY(!a.secretKey().isZero());
    const QByteArray signature = a.sign("record");
    QCOMPARE(signature.size(), 64);
    QVERIFY(DeviceKeyPair::verify("record", signature, a.publicKey()));
    QVERIFY(!DeviceKeyPair::verify("record", signature, b.publicKey()));
}

void TestEd25519::secretKeyRoundTrip()
{
    const DeviceKeyPair original = DeviceKeyPair::generate();
    auto loaded = DeviceKeyPair::fromSecretKey(original.secretKey());
    QVERIFY(loaded);
    QVERIFY(loaded->publicKey() == original.publicKey());
    QVERIFY(loaded->secretKey().equals(original.secretKey()));
    DeviceKeyPair moved = std::move(loaded).value();
    QVERIFY(DeviceKeyPair::verify("x", moved.sign("x"), original.publicKey()));
}

void TestEd25519::inconsistentSecretKeyRefused()
{
    const DeviceKeyPair original = DeviceKeyPair::generate();
    SigningSecretKey corrupted;
    corrupted.copyFrom(original.secretKey());
    corrupted.data()[40] ^= 0x01; // inside the public half
    auto loaded = DeviceKeyPair::fromSecretKey(corrupted);
    QVERIFY(!loaded);
}

void TestEd25519::publicKeyHex()
{
    const DeviceKeyPair pair = DeviceKeyPair::generate();
    const QString hex = DeviceKeyPair::toHex(pair.publicKey());
    QCOMPARE(hex.size(), 64);
    auto parsed = DeviceKeyPair::publicKeyFromHex(hex);
    QVERIFY(parsed);
    QVERIFY(*parsed == pair.publicKey());
    QVERIFY(DeviceKeyPair::publicKeyFromHex(hex.toUpper()));
    QVERIFY(!DeviceKeyPair::publicKeyFromHex(hex.left(62)));
    QVERIFY(!DeviceKeyPair::publicKeyFromHex(hex.left(63) + QLatin1Char('g')));
}

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
