#pragma once

#include "vault/vaulterror.h"

#include "common/clock.h"
#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hearth {

class Database;

// The quick re-entry PIN. It is kept only as an Argon2id hash string (crypto_pwhash_str:
// its own random salt, libsodium's INTERACTIVE limits) in the vault's setting table, and in
// memory while the vault is open; crypto_pwhash_str_verify compares it in constant time.
// The hash sits inside the encrypted vault, so whoever can read it already holds the keys
// the PIN would guard: the slow hash is there so that a memory dump of a soft-locked tablet
// does not hand over a PIN the practitioner may reuse elsewhere.
class PinLock
{
    Q_DECLARE_TR_FUNCTIONS(hearth::PinLock)

public:
    static constexpr int Digits = 6;
    static constexpr int MaxTries = 3;

    PinLock() = default;
    PinLock(const PinLock &) = delete;
    PinLock &operator=(const PinLock &) = delete;
    ~PinLock() { forget(); }

    // Why `pin` cannot be used, in plain words; empty when it is acceptable.
    static QString problem(const QString &pin);

    // Reads the stored hash (none is fine); called once the vault is open.
    void load(Database &db);
    // Hashes and stores a new PIN (the caller has checked problem() and the passcode).
    [[nodiscard]] Expected<void, VaultError> store(
        Database &db, const Clock &clock, const QString &pin);
    [[nodiscard]] Expected<void, VaultError> remove(Database &db);
    // The vault is closing: the hash leaves memory and the count of tries starts again.
    void forget();

    bool isSet() const { return !m_hash.isEmpty(); }
    int triesLeft() const { return MaxTries - m_failures; }
    // True when `pin` is the PIN; a wrong one uses up one of the tries.
    bool check(const QString &pin);
    void resetTries() { m_failures = 0; }

private:
    QByteArray m_hash;
    int m_failures = 0;
};

} // namespace hearth
