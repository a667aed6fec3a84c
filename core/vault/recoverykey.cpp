#include "recoverykey.h"

#include <QFile>
#include <QSaveFile>

namespace hearth {

namespace {
const QByteArray PublicPrefix = QByteArrayLiteral("hearth-recovery-public-v1");
const QByteArray SecretPrefix = QByteArrayLiteral("hearth-recovery-secret-v1");

Expected<QByteArray, VaultError> readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(VaultError::make(VaultError::Code::RecoveryKeyInvalid,
            path + QStringLiteral(": ") + file.errorString()));
    // A key file is one short line; anything large is not one of ours.
    return file.read(512).trimmed();
}

template<std::size_t N> bool decodeExact(const QByteArray &base64, unsigned char *out)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != qsizetype(N))
        return false;
    std::memcpy(out, decoded.decoded.constData(), N);
    return true;
}

Expected<void, VaultError> writeLine(const QString &path, const QByteArray &line, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(VaultError::make(
            VaultError::Code::ReadOnly, path + QStringLiteral(": ") + file.errorString()));
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(line + '\n') != line.size() + 1 || !file.commit())
        return unexpected(VaultError::make(
            VaultError::Code::Io, path + QStringLiteral(": ") + file.errorString()));
    return {};
}
} // namespace

RecoveryKeyPair RecoveryKeyPair::generate()
{
    RecoveryKeyPair pair;
    pair.secretKey = std::make_unique<RecoverySecretKey>();
    crypto_box_keypair(pair.publicKey.data(), pair.secretKey->data());
    return pair;
}

QByteArray recoveryPublicKeyLine(const RecoveryPublicKey &key)
{
    return PublicPrefix + ' '
        + QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size())).toBase64();
}

std::optional<RecoveryPublicKey> parseRecoveryPublicKeyLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    RecoveryPublicKey key {};
    if (parts.size() != 2 || parts[0] != PublicPrefix || !decodeExact<32>(parts[1], key.data()))
        return std::nullopt;
    return key;
}

Expected<RecoveryPublicKey, VaultError> readRecoveryPublicKey(const QString &path)
{
    auto line = readLine(path);
    if (!line)
        return unexpected(line.error());
    const auto key = parseRecoveryPublicKeyLine(line.value());
    if (!key)
        return unexpected(VaultError::make(VaultError::Code::RecoveryKeyInvalid,
            path + QStringLiteral(": not a Hearth recovery public key")));
    return *key;
}

Expected<RecoveryKeyPair, VaultError> readRecoverySecretKey(const QString &path)
{
    auto line = readLine(path);
    if (!line)
        return unexpected(line.error());
    QList<QByteArray> parts = line->split(' ');
    RecoveryKeyPair pair;
    pair.secretKey = std::make_unique<RecoverySecretKey>();
    const bool ok = parts.size() == 3 && parts[0] == SecretPrefix
        && decodeExact<crypto_box_SECRETKEYBYTES>(parts[1], pair.secretKey->data())
        && decodeExact<crypto_box_PUBLICKEYBYTES>(parts[2], pair.publicKey.data());
    sodium_memzero(line->data(), size_t(line->size()));
    sodium_memzero(parts[1].data(), size_t(parts[1].size()));
    if (!ok)
        return unexpected(VaultError::make(VaultError::Code::RecoveryKeyInvalid,
            path + QStringLiteral(": not a Hearth recovery secret key")));
    // The two halves must belong together, or recovery would fail later in a confusing way.
    RecoveryPublicKey derived {};
    crypto_scalarmult_base(derived.data(), pair.secretKey->data());
    if (sodium_memcmp(derived.data(), pair.publicKey.data(), derived.size()) != 0)
        return unexpected(VaultError::make(VaultError::Code::RecoveryKeyInvalid,
            path + QStringLiteral(": secret and public key do not match")));
    return pair;
}

Expected<void, VaultError> writeRecoveryPublicKey(const QString &path, const RecoveryPublicKey &key)
{
    return writeLine(path, recoveryPublicKeyLine(key), false);
}

Expected<void, VaultError> writeRecoverySecretKey(const QString &path, const RecoveryKeyPair &pair)
{
    QByteArray line = SecretPrefix + ' '
        + QByteArray(
            reinterpret_cast<const char *>(pair.secretKey->data()), RecoverySecretKey::size)
              .toBase64()
        + ' '
        + QByteArray(
            reinterpret_cast<const char *>(pair.publicKey.data()), qsizetype(pair.publicKey.size()))
              .toBase64();
    auto result = writeLine(path, line, true);
    sodium_memzero(line.data(), size_t(line.size()));
    return result;
}

} // namespace hearth
