#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "vault/vaulterror.h"

#include <QDateTime>
#include <QString>

namespace hearth {

// Growing delays after wrong passcodes, kept in a small file beside the vault so that
// restarting the app does not reset them. It slows down someone guessing at a found
// tablet; the Argon2id cost is what protects the key file itself.
class Throttle
{
public:
    // The third wrong passcode in a row starts the first wait.
    static constexpr int FailuresBeforeDelay = 3;

    Throttle(QString path, const Clock &clock);

    // Seconds to wait before the next attempt is allowed (0 = allowed now).
    int secondsUntilAllowed() const;
    int failures() const { return m_failures; }
    [[nodiscard]] Expected<void, VaultError> recordFailure();
    [[nodiscard]] Expected<void, VaultError> reset();
    void reload();

    // Delay after `failures` consecutive wrong passcodes.
    static int delaySecondsAfter(int failures);

private:
    [[nodiscard]] Expected<void, VaultError> save() const;
    QString m_path;
    const Clock &m_clock;
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace hearth
