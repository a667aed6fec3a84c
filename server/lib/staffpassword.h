#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QString>

namespace hearth::server {

// Console staff passwords as libsodium Argon2id strings (crypto_pwhash_str: algorithm, cost,
// salt and hash in one self-describing string). INTERACTIVE limits (2 passes, 64 MiB, about
// 95 ms here), not MODERATE (256 MiB, about 0.5 s): the server verifies passwords while it
// also serves tablets, and every concurrent sign-in holds that much memory, so MODERATE
// would let a handful of sign-in attempts exhaust a small agency server. Guessing is held
// back by the sign-in throttle (StaffThrottle), not by the hash's cost alone.
class StaffPassword
{
public:
    static constexpr qsizetype minimumLength = 12;
    static constexpr qsizetype maximumLength = 1024;

    // A clear sentence when the password is too short or too long; empty when acceptable.
    static QString problem(const QByteArray &password);
    [[nodiscard]] static Expected<QString, QString> hash(const QByteArray &password);
    // False for a wrong password and for anything that is not an Argon2id string.
    static bool verify(const QString &stored, const QByteArray &password);
};

} // namespace hearth::server
