#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QString>

namespace hearth::server {

// Holds back password guessing at the console's sign-in, per account and per client address,
// in the database so every server instance sees the same counts. Policy: an account may fail
// 5 times, an address 20 times; after that each further attempt must wait 30 s, doubling with
// every further failure up to 15 minutes. A count is forgotten an hour after its last failure;
// a successful sign-in clears the account's count (not the address's, so one valid account
// cannot be used to keep guessing others). A throttled attempt is refused before the password
// is checked, so it tells the guesser nothing and costs no Argon2 work.
class StaffThrottle
{
public:
    static constexpr qint64 accountFreeFailures = 5;
    static constexpr qint64 addressFreeFailures = 20;
    static constexpr qint64 firstDelaySeconds = 30;
    static constexpr qint64 longestDelaySeconds = 15 * 60;
    static constexpr qint64 forgetAfterSeconds = 60 * 60;

    explicit StaffThrottle(const Database &database)
        : m_database(database)
    { }

    // Seconds to wait before this account may try again from this address; 0 when it may now.
    [[nodiscard]] Expected<qint64, StoreError> waitSeconds(
        const QString &account, const QString &address, qint64 now) const;
    [[nodiscard]] Expected<void, StoreError> failed(
        const QString &account, const QString &address, qint64 now) const;
    [[nodiscard]] Expected<void, StoreError> succeeded(const QString &account) const;

    // The wait after `failures` failures with `free` of them allowed, from the last failure.
    static qint64 delayAfter(qint64 failures, qint64 free);

private:
    Expected<qint64, StoreError> waitFor(const QString &subject, qint64 free, qint64 now) const;
    Expected<void, StoreError> count(const QString &subject, qint64 now) const;
    const Database &m_database;
};

} // namespace hearth::server
