#pragma once

#include <QString>

namespace hearth {

// What went wrong with the vault, in a form the UI and hearthctl can both explain. The
// message is plain language meant for a practitioner (translated through the "Vault"
// context); `detail` carries technical facts for support and is never shown in the UI.
struct VaultError
{
    enum class Code
    {
        None,
        WrongPasscode,    // the key file is intact, the passcode did not open it
        Throttled,        // too many wrong passcodes: wait retryAfterSeconds
        PasscodeRejected, // a new passcode breaks the rules
        KeyFileMissing,
        KeyFileDamaged, // checksum, structure or version of the key file is wrong
        DatabaseMissing,
        DatabaseDamaged,     // the key is right but pages or schema fail their checks
        Mismatch,            // database and key file belong to different vaults
        AlreadyExists,       // refusing to create a vault over an existing one
        RecoveryKeyInvalid,  // a recovery key file that cannot be read
        RecoveryKeyMismatch, // a recovery key that is not the one this vault was sealed to
        SchemaTooNew,        // written by a newer Hearth
        ReadOnly,            // folder or file cannot be written
        StorageFull,
        NotUnlocked,
        Io,
    };

    Code code = Code::None;
    QString message;
    QString detail;
    int retryAfterSeconds = 0;

    static VaultError make(Code code, QString detail = {}, int retryAfterSeconds = 0);
};

} // namespace hearth
