#include "sessioncontroller.h"

#include "passcodebytes.h"
#include "vault/passcodepolicy.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace hearth {

SessionController::SessionController(std::unique_ptr<Vault> vault, RecoveryKeySource recoveryKey,
    KdfCostSource kdfCost, std::unique_ptr<IdleCountdown> idle,
    std::unique_ptr<IdleCountdown> softLimit, QObject *parent)
    : QObject(parent)
    , m_vault(std::move(vault))
    , m_recoveryKey(std::move(recoveryKey))
    , m_kdfCost(std::move(kdfCost))
    , m_state(m_vault->exists() ? Locked : NeedsSetup)
    , m_idle(idle ? std::move(idle) : std::make_unique<TimerCountdown>())
    , m_softLimit(softLimit ? std::move(softLimit) : std::make_unique<TimerCountdown>())
{
    connect(m_idle.get(), &IdleCountdown::expired, this, &SessionController::softLock);
    connect(m_softLimit.get(), &IdleCountdown::expired, this, &SessionController::lock);

    m_countdownTimer.setInterval(std::chrono::seconds(1));
    connect(&m_countdownTimer, &QTimer::timeout, this, &SessionController::updateRetryCountdown);

    // A throttle from an earlier run (wrong passcodes, then the app was restarted) still
    // applies: show its countdown straight away.
    if (m_state == Locked)
        startRetryCountdown(m_vault->secondsUntilUnlockAllowed());
}

SessionController::~SessionController()
{
    // The worker may still be inside the vault; it must finish before the vault goes.
    m_pending.waitForFinished();
    m_vault->lock();
}

QStringList SessionController::passcodeRules() const
{
    return PasscodePolicy::rules();
}

int SessionController::idleTimeoutSeconds() const
{
    return int(std::chrono::duration_cast<std::chrono::seconds>(m_idleTimeout).count());
}

void SessionController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    if (timeout == m_idleTimeout)
        return;
    m_idleTimeout = timeout;
    if (m_idle->isActive())
        m_idle->start(m_idleTimeout);
    Q_EMIT idleTimeoutChanged();
}

QString SessionController::checkNewPasscode(
    const QString &passcode, const QString &confirmation) const
{
    const QStringList problems = PasscodePolicy::problems(passcode);
    if (!problems.isEmpty())
        return tr("Please choose a different passcode.") + u'\n' + problems.join(u'\n');
    if (passcode != confirmation)
        return tr("The two passcodes are not the same. Please type the same passcode in both "
                  "boxes.");
    return {};
}

void SessionController::setUp(const QString &passcode, const QString &confirmation)
{
    if (m_busy || m_state != NeedsSetup)
        return;
    const QString problem = checkNewPasscode(passcode, confirmation);
    setErrorText(problem);
    if (!problem.isEmpty())
        return;

    auto bytes = std::make_shared<PasscodeBytes>(passcode);
    runOnWorker(
        [vault = m_vault.get(), recoveryKey = m_recoveryKey, kdfCost = m_kdfCost, bytes] {
            const auto key = recoveryKey();
            if (!key)
                return Outcome(unexpected(key.error()));
            const Outcome created = vault->create(bytes->bytes(), key.value(), kdfCost());
            bytes->wipe();
            return created;
        },
        [this](const Outcome &outcome) {
            if (!outcome) {
                setErrorText(outcome.error().message);
                return;
            }
            setState(Unlocked);
        });
}

void SessionController::unlock(const QString &passcode)
{
    if (m_busy || m_state != Locked || m_retryAfterSeconds > 0)
        return;
    if (passcode.isEmpty()) {
        setErrorText(tr("Please type your passcode."));
        return;
    }
    setErrorText({});

    auto bytes = std::make_shared<PasscodeBytes>(passcode);
    runOnWorker(
        [vault = m_vault.get(), bytes] {
            const Outcome opened = vault->unlock(bytes->bytes());
            bytes->wipe();
            return opened;
        },
        [this](const Outcome &outcome) {
            if (outcome) {
                startRetryCountdown(0);
                setState(Unlocked);
                return;
            }
            const VaultError &error = outcome.error();
            const int wait
                = std::max(error.retryAfterSeconds, m_vault->secondsUntilUnlockAllowed());
            // While throttled the countdown says everything; the vault's own message
            // carries a fixed number of seconds that would be stale a moment later.
            if (error.code != VaultError::Code::Throttled)
                setErrorText(error.message);
            startRetryCountdown(wait);
        });
}

void SessionController::changePasscode(
    const QString &oldPasscode, const QString &newPasscode, const QString &confirmation)
{
    if (m_busy || m_state != Unlocked)
        return;
    if (oldPasscode.isEmpty()) {
        setErrorText(tr("Please type your current passcode."));
        return;
    }
    const QString problem = checkNewPasscode(newPasscode, confirmation);
    setErrorText(problem);
    if (!problem.isEmpty())
        return;

    auto oldBytes = std::make_shared<PasscodeBytes>(oldPasscode);
    auto newBytes = std::make_shared<PasscodeBytes>(newPasscode);
    runOnWorker(
        [vault = m_vault.get(), oldBytes, newBytes] {
            const Outcome changed = vault->changePasscode(oldBytes->bytes(), newBytes->bytes());
            oldBytes->wipe();
            newBytes->wipe();
            return changed;
        },
        [this](const Outcome &outcome) {
            if (!outcome) {
                setErrorText(outcome.error().message);
                return;
            }
            Q_EMIT passcodeChanged();
        });
}

void SessionController::clearError()
{
    setErrorText({});
}

void SessionController::lock()
{
    if (m_busy) {
        // The worker owns the vault until it finishes; lock as soon as it hands it back.
        m_lockRequested = true;
        return;
    }
    if (m_state != Unlocked && m_state != SoftLocked)
        return;
    m_idle->stop();
    m_softLimit->stop();
    Q_EMIT aboutToLock();
    m_vault->lock();
    const bool hadPin = m_pin.isSet();
    const int triesBefore = m_pin.triesLeft();
    m_pin.forget();
    setErrorText({});
    setState(Locked);
    if (hadPin)
        Q_EMIT pinSetChanged();
    if (triesBefore != m_pin.triesLeft())
        Q_EMIT pinTriesLeftChanged();
}

void SessionController::softLock()
{
    if (m_busy) {
        // Vault work in hand (a passcode being checked) counts as activity.
        m_idle->start(m_idleTimeout);
        return;
    }
    if (m_state != Unlocked)
        return;
    if (!m_pin.isSet()) {
        lock();
        return;
    }
    m_idle->stop();
    setErrorText({});
    m_softLimit->start(SoftLockLimit);
    setState(SoftLocked);
}

void SessionController::unlockWithPin(const QString &pin)
{
    if (m_busy || m_state != SoftLocked)
        return;
    if (m_pin.check(pin)) {
        m_pin.resetTries();
        m_softLimit->stop();
        setErrorText({});
        Q_EMIT pinTriesLeftChanged();
        setState(Unlocked);
        return;
    }
    Q_EMIT pinTriesLeftChanged();
    if (m_pin.triesLeft() <= 0) {
        lock();
        setErrorText(tr("Three wrong PINs: Hearth has locked fully. Please type your passcode."));
        return;
    }
    setErrorText(tr("That is not your PIN. Tries left before Hearth locks fully and asks for "
                    "your passcode: %1.")
                     .arg(m_pin.triesLeft()));
}

void SessionController::setPin(
    const QString &passcode, const QString &pin, const QString &confirmation)
{
    if (m_busy || m_state != Unlocked)
        return;
    if (const QString problem = PinLock::problem(pin); !problem.isEmpty()) {
        setErrorText(problem);
        return;
    }
    if (pin != confirmation) {
        setErrorText(tr("The two PINs are not the same. Please type the same PIN in both boxes."));
        return;
    }
    // The PIN is checked before the passcode so a refused PIN costs no passcode attempt.
    setErrorText({});
    confirmPasscode(passcode, [this, pin](const QString &problem) {
        if (!problem.isEmpty()) {
            setErrorText(problem);
            return;
        }
        if (m_state != Unlocked)
            return;
        const bool wasSet = m_pin.isSet();
        if (auto stored = m_pin.store(m_vault->database(), m_vault->clock(), pin); !stored) {
            setErrorText(stored.error().message);
            return;
        }
        setErrorText({});
        if (!wasSet)
            Q_EMIT pinSetChanged();
        Q_EMIT pinChanged();
    });
}

void SessionController::removePin()
{
    if (m_busy || m_state != Unlocked || !m_pin.isSet())
        return;
    if (auto removed = m_pin.remove(m_vault->database()); !removed) {
        setErrorText(removed.error().message);
        return;
    }
    setErrorText({});
    Q_EMIT pinSetChanged();
}

bool SessionController::confirmPasscode(
    const QString &passcode, std::function<void(const QString &)> done)
{
    if (m_busy || m_state != Unlocked)
        return false;
    if (passcode.isEmpty()) {
        done(tr("Please type your passcode."));
        return true;
    }
    auto bytes = std::make_shared<PasscodeBytes>(passcode);
    runOnWorker(
        [vault = m_vault.get(), bytes] {
            const Outcome confirmed = vault->confirmPasscode(bytes->bytes());
            bytes->wipe();
            return confirmed;
        },
        [done = std::move(done)](const Outcome &outcome) {
            if (outcome) {
                done({});
                return;
            }
            const VaultError &error = outcome.error();
            if (error.code == VaultError::Code::Throttled)
                done(tr("Too many wrong passcodes. Please wait %n second(s) and try again.", "",
                    error.retryAfterSeconds));
            else
                done(error.message);
        });
    return true;
}

void SessionController::noteActivity()
{
    if (m_state == Unlocked)
        m_idle->start(m_idleTimeout);
}

void SessionController::runOnWorker(
    std::function<Outcome()> work, std::function<void(const Outcome &)> done)
{
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        setBusy(false);
        done(outcome);
        if (m_lockRequested) {
            m_lockRequested = false;
            lock();
        }
    });
    m_pending = QtConcurrent::run(std::move(work));
    watcher->setFuture(m_pending);
}

void SessionController::setState(State state)
{
    if (state == m_state)
        return;
    const bool opened = m_state == Locked || m_state == NeedsSetup;
    m_state = state;
    if (m_state == Unlocked && opened) {
        m_pin.load(m_vault->database());
        if (m_pin.isSet())
            Q_EMIT pinSetChanged();
    }
    if (m_state == Unlocked)
        m_idle->start(m_idleTimeout);
    Q_EMIT stateChanged();
    if (m_state == Unlocked && opened)
        Q_EMIT unlocked();
    else if (m_state == Locked)
        Q_EMIT locked();
}

void SessionController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionController::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void SessionController::startRetryCountdown(int seconds)
{
    m_retryDeadline = QDeadlineTimer(std::chrono::seconds(std::max(seconds, 0)));
    if (seconds > 0)
        m_countdownTimer.start();
    updateRetryCountdown();
}

void SessionController::updateRetryCountdown()
{
    // Round up so the display reaches 0 exactly when unlocking is allowed again.
    const qint64 remainingMs = m_retryDeadline.remainingTime();
    const int remaining = remainingMs <= 0 ? 0 : int((remainingMs + 999) / 1000);
    if (remaining == 0)
        m_countdownTimer.stop();
    if (remaining == m_retryAfterSeconds)
        return;
    m_retryAfterSeconds = remaining;
    Q_EMIT retryAfterSecondsChanged();
}

} // namespace hearth
