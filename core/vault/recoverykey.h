#pragma once

#include "common/expected.h"
#include "common/secretbytes.h"
#include "vault/vaulterror.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace hearth {

using RecoveryPublicKey = std::array<unsigned char, crypto_box_PUBLICKEYBYTES>;

// The agency's recovery key pair (Curve25519, crypto_box_seal). Every vault seals a second
// copy of its data key to the public half; the secret half stays with the agency and lets
// it reopen a vault whose passcode is lost. Files are one text line each:
//   hearth-recovery-public-v1 <base64 public key>
//   hearth-recovery-secret-v1 <base64 secret key> <base64 public key>
struct RecoveryKeyPair
{
    RecoveryPublicKey publicKey {};
    std::unique_ptr<RecoverySecretKey> secretKey;

    static RecoveryKeyPair generate();
};

[[nodiscard]] Expected<RecoveryPublicKey, VaultError> readRecoveryPublicKey(const QString &path);
[[nodiscard]] Expected<RecoveryKeyPair, VaultError> readRecoverySecretKey(const QString &path);
// Both written atomically; the secret file is created readable by its owner only.
[[nodiscard]] Expected<void, VaultError> writeRecoveryPublicKey(
    const QString &path, const RecoveryPublicKey &key);
[[nodiscard]] Expected<void, VaultError> writeRecoverySecretKey(
    const QString &path, const RecoveryKeyPair &pair);
QByteArray recoveryPublicKeyLine(const RecoveryPublicKey &key);
// The inverse of recoveryPublicKeyLine(), for a key that arrives as text (the agency's, at
// enrolment); nullopt unless it is exactly one such line.
std::optional<RecoveryPublicKey> parseRecoveryPublicKeyLine(const QByteArray &line);

} // namespace hearth
