#include "devicekeypair.h"

#include <algorithm>

namespace hearth {

namespace {
const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

DeviceKeyPair::DeviceKeyPair()
{
    // Idempotent; makes the library safe to use before the app has initialised libsodium.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    m_secretKey = std::make_unique<SigningSecretKey>();
}

DeviceKeyPair DeviceKeyPair::generate()
{
    DeviceKeyPair pair;
    crypto_sign_keypair(pair.m_publicKey.data(), pair.m_secretKey->data());
    return pair;
}

DeviceKeyPair DeviceKeyPair::fromSeed(const SigningSeed &seed)
{
    DeviceKeyPair pair;
    crypto_sign_seed_keypair(pair.m_publicKey.data(), pair.m_secretKey->data(), seed.data());
    return pair;
}

Expected<DeviceKeyPair, QString> DeviceKeyPair::fromSecretKey(const SigningSecretKey &secretKey)
{
    // Re-derive from the seed rather than trusting the stored public half: a corrupted or
    // mismatched key would otherwise sign records that no one can verify.
    SigningSeed seed;
    crypto_sign_ed25519_sk_to_seed(seed.data(), secretKey.data());
    DeviceKeyPair pair = fromSeed(seed);
    if (!pair.m_secretKey->equals(secretKey))
        return unexpected(
            QStringLiteral("the stored signing key is inconsistent (public half does not match)"));
    return pair;
}

QByteArray DeviceKeyPair::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        bytes(message), quint64(message.size()), m_secretKey->data());
    return signature;
}

bool DeviceKeyPair::verify(
    QByteArrayView message, QByteArrayView signature, const SigningPublicKey &publicKey)
{
    if (signature.size() != qsizetype(crypto_sign_BYTES))
        return false;
    return crypto_sign_verify_detached(
               bytes(signature), bytes(message), quint64(message.size()), publicKey.data())
        == 0;
}

QString DeviceKeyPair::toHex(const SigningPublicKey &key)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toHex());
}

std::optional<SigningPublicKey> DeviceKeyPair::publicKeyFromHex(QStringView hex)
{
    if (hex.size() != qsizetype(2 * crypto_sign_PUBLICKEYBYTES))
        return std::nullopt;
    for (QChar c : hex) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return std::nullopt;
    }
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    SigningPublicKey key;
    std::copy(raw.begin(), raw.end(), reinterpret_cast<char *>(key.data()));
    return key;
}

} // namespace hearth
