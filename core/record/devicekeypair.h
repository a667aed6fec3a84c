#pragma once

#include "common/expected.h"
#include "common/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace hearth {

struct SigningSecretKeyTag;
struct SigningSeedTag;

// libsodium's 64-byte Ed25519 secret key (seed followed by the public key).
using SigningSecretKey = SecretBytes<crypto_sign_SECRETKEYBYTES, SigningSecretKeyTag>;
// The 32-byte RFC 8032 private key from which the key pair is derived.
using SigningSeed = SecretBytes<crypto_sign_SEEDBYTES, SigningSeedTag>;
// Public keys are not secret, so a plain array that can be copied, compared and stored.
using SigningPublicKey = std::array<unsigned char, crypto_sign_PUBLICKEYBYTES>;

// The device's Ed25519 identity, created once per vault. The secret half lives only in
// sodium_malloc'd memory (SecretBytes), so it is never swapped out and is wiped when the vault
// locks and this object goes away; the class is movable so it can be returned in an Expected.
class DeviceKeyPair
{
public:
    static DeviceKeyPair generate();
    // Deterministic key pair, for test vectors and for keys stored as a seed.
    static DeviceKeyPair fromSeed(const SigningSeed &seed);
    // A key loaded from the vault; refused if its embedded public key does not belong to it.
    [[nodiscard]] static Expected<DeviceKeyPair, QString> fromSecretKey(
        const SigningSecretKey &secretKey);

    const SigningPublicKey &publicKey() const { return m_publicKey; }
    const SigningSecretKey &secretKey() const { return *m_secretKey; }

    // Ed25519 detached signature (64 bytes) of message.
    QByteArray sign(QByteArrayView message) const;
    static bool verify(
        QByteArrayView message, QByteArrayView signature, const SigningPublicKey &publicKey);

    static QString toHex(const SigningPublicKey &key);
    static std::optional<SigningPublicKey> publicKeyFromHex(QStringView hex);

private:
    DeviceKeyPair();

    std::unique_ptr<SigningSecretKey> m_secretKey;
    SigningPublicKey m_publicKey {};
};

} // namespace hearth
