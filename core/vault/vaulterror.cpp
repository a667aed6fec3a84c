#include "vaulterror.h"

#include <QCoreApplication>

namespace hearth {

namespace {
QString messageFor(VaultError::Code code, int retryAfterSeconds)
{
    using Code = VaultError::Code;
    switch (code) {
    case Code::None:
        return {};
    case Code::WrongPasscode:
        return QCoreApplication::translate(
            "Vault", "That passcode is not right. Please try again.");
    case Code::Throttled:
        return QCoreApplication::translate("Vault",
            "Too many wrong passcodes. You can try again in %n second(s).", nullptr,
            retryAfterSeconds);
    case Code::PasscodeRejected:
        return QCoreApplication::translate("Vault", "This passcode does not meet the rules.");
    case Code::KeyFileMissing:
        return QCoreApplication::translate("Vault",
            "The key file for this device's records is missing. Your agency can "
            "restore access with its recovery key; nothing has been changed.");
    case Code::KeyFileDamaged:
        return QCoreApplication::translate("Vault",
            "The key file for this device's records is damaged. Your records have "
            "not been touched; your agency can restore access with its recovery "
            "key.");
    case Code::DatabaseMissing:
        return QCoreApplication::translate("Vault",
            "The records database is missing. Nothing has been changed; please "
            "contact your agency's support.");
    case Code::DatabaseDamaged:
        return QCoreApplication::translate("Vault",
            "The records database is damaged. Nothing has been changed; please "
            "contact your agency's support before using this device again.");
    case Code::Mismatch:
        return QCoreApplication::translate("Vault",
            "The records database and the key file belong to different devices "
            "or set-ups. Nothing has been changed; please contact your agency's "
            "support.");
    case Code::AlreadyExists:
        return QCoreApplication::translate(
            "Vault", "Records already exist in this folder; they have not been replaced.");
    case Code::RecoveryKeyInvalid:
        return QCoreApplication::translate("Vault", "The recovery key file cannot be read.");
    case Code::RecoveryKeyMismatch:
        return QCoreApplication::translate(
            "Vault", "This recovery key does not belong to this device's records.");
    case Code::SchemaTooNew:
        return QCoreApplication::translate("Vault",
            "These records were written by a newer version of Hearth. Please "
            "update Hearth; nothing has been changed.");
    case Code::ReadOnly:
        return QCoreApplication::translate(
            "Vault", "Hearth cannot write to its storage folder. Nothing has been changed.");
    case Code::StorageFull:
        return QCoreApplication::translate("Vault",
            "The device's storage is full. The last change was not saved; free "
            "some space and try again. Nothing else has been lost.");
    case Code::NotUnlocked:
        return QCoreApplication::translate("Vault", "Hearth is locked.");
    case Code::Io:
        return QCoreApplication::translate("Vault",
            "Hearth could not read or write its storage. Nothing has been "
            "changed; please try again.");
    }
    return {};
}
} // namespace

VaultError VaultError::make(Code code, QString detail, int retryAfterSeconds)
{
    VaultError error;
    error.code = code;
    error.message = messageFor(code, retryAfterSeconds);
    error.detail = std::move(detail);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
}

} // namespace hearth
