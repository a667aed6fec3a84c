#pragma once

#include "common/expected.h"
#include "vault/kdfcost.h"
#include "vault/recoverykey.h"
#include "vault/vaulterror.h"

#include <QByteArray>

#include <array>

namespace hearth {

// The vault's key file: the data key wrapped twice (under the passcode, and sealed to the
// agency's recovery key) plus what is needed to unwrap it. Fixed-size binary layout,
// little-endian, so that any damage is caught by the trailing BLAKE2b checksum before a
// passcode is even tried, and a damaged file is never mistaken for a wrong passcode.
//
//   offset size
//        0    8  magic "HEARTHK1"
//        8    2  format version (1)
//       10    1  SQLCipher major version the database was created with
//       11    1  KDF algorithm (1 = Argon2id v1.3)
//       12   16  vault id (also stored inside the database)
//       28   16  database salt (first 16 bytes of the database file)
//       44    8  Argon2id opslimit
//       52    8  Argon2id memlimit
//       60   16  Argon2id salt
//       76   24  XChaCha20-Poly1305 nonce
//      100   48  wrapped data key (32 + 16 tag); associated data = bytes 0..75
//      148   32  recovery public key the next field is sealed to
//      180   96  crypto_box_seal(vault id || data key)
//      276   32  BLAKE2b-256 of bytes 0..275
//      308       total
struct KeyFile
{
    static constexpr int FormatVersion = 1;
    static constexpr int Size = 308;
    static constexpr int HeaderSize = 76;
    static constexpr int SealedSize = crypto_box_SEALBYTES + 16 + 32;

    int cipherProfile = 3;
    std::array<unsigned char, 16> vaultId {};
    std::array<unsigned char, 16> databaseSalt {};
    KdfCost cost;
    std::array<unsigned char, crypto_pwhash_SALTBYTES> kdfSalt {};
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce {};
    std::array<unsigned char, 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES> wrappedKey {};
    RecoveryPublicKey recoveryPublicKey {};
    std::array<unsigned char, SealedSize> sealedKey {};

    QByteArray serialize() const;
    // The authenticated header (associated data of the passcode wrap).
    QByteArray header() const;
    // Full: every check. ForRecovery: only the size, so the agency can still open the
    // sealed copy (authenticated on its own) when other parts of the file are damaged.
    enum class Checks
    {
        Full,
        ForRecovery
    };
    [[nodiscard]] static Expected<KeyFile, VaultError> parse(
        const QByteArray &bytes, Checks checks = Checks::Full);
    [[nodiscard]] static Expected<KeyFile, VaultError> read(
        const QString &path, Checks checks = Checks::Full);
    [[nodiscard]] Expected<void, VaultError> write(const QString &path) const;
};

} // namespace hearth
