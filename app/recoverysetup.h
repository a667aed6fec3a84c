#pragma once

#include "common/expected.h"
#include "vault/recoverykey.h"
#include "vault/vaulterror.h"

#include <QString>

namespace hearth {

// Where a new vault's recovery public key comes from. With an agency key file, that key.
// Without one (demo mode, before enrolment exists) a demo pair is made once under
// <data dir>/demo-recovery/, with every file named DEMO-ONLY so nobody mistakes it for a
// real agency key; later runs reuse the same pair so its secret half keeps matching.
class RecoverySetup
{
public:
    static QString demoDirectory(const QString &dataDirectory);
    static QString demoPublicKeyPath(const QString &dataDirectory);
    static QString demoSecretKeyPath(const QString &dataDirectory);

    // agencyKeyFile empty = demo mode.
    [[nodiscard]] static Expected<RecoveryPublicKey, VaultError> resolve(
        const QString &agencyKeyFile, const QString &dataDirectory);

private:
    [[nodiscard]] static Expected<RecoveryPublicKey, VaultError> demoKey(
        const QString &dataDirectory);
};

} // namespace hearth
