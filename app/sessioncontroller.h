#pragma once

#include "idlecountdown.h"
#include "pinlock.h"

#include "vault/kdfcost.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace hearth {

// The one place that decides whether the practitioner's records are open. QML binds to
// its state and calls its verbs; every rule (passcode checks, throttling, when to lock)
// lives here or in core. Slow vault work (Argon2id takes about half a second) runs on a
// worker thread; the Vault is never touched by two threads at once because nothing
// reaches it while `busy` is true.
//
// View models that hold anything read from the vault are owned by the Workspace, which saves
// and lets go of them on aboutToLock() (the vault is still open) and locked().
//
// Quick re-entry: with a PIN set, the idle timeout soft-locks (SoftLocked: the vault stays
// open, QML shows only the PIN pad, nothing can be signed); three wrong PINs, the soft-lock
// limit or lock() (the app sent to the background) fall through to the full lock. Without a
// PIN the idle timeout locks fully, as before.
class SessionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Why the last set-up, unlock or passcode change did not happen, in plain words. One
    // property serves all three: set-up and unlock happen while locked, a passcode change
    // only while unlocked, and a lock clears it.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int retryAfterSeconds READ retryAfterSeconds NOTIFY retryAfterSecondsChanged)
    Q_PROPERTY(QStringList passcodeRules READ passcodeRules CONSTANT)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds NOTIFY idleTimeoutChanged)
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)
    Q_PROPERTY(int pinTriesLeft READ pinTriesLeft NOTIFY pinTriesLeftChanged)

public:
    enum State
    {
        NeedsSetup,
        Locked,
        Unlocked,
        SoftLocked
    };
    Q_ENUM(State)

    // Supplies the recovery public key a new vault is sealed to (a file or the demo pair);
    // only called on first run, on the worker thread.
    using RecoveryKeySource = std::function<Expected<RecoveryPublicKey, VaultError>()>;
    // Supplies the Argon2id cost for a new vault (calibration or the interactive minimum);
    // called on the worker thread.
    using KdfCostSource = std::function<KdfCost()>;

    // `idle` counts down to the idle lock, `softLimit` the time spent soft-locked; each is a
    // real-time TimerCountdown when none is given.
    SessionController(std::unique_ptr<Vault> vault, RecoveryKeySource recoveryKey,
        KdfCostSource kdfCost, std::unique_ptr<IdleCountdown> idle = nullptr,
        std::unique_ptr<IdleCountdown> softLimit = nullptr, QObject *parent = nullptr);
    ~SessionController() override;

    static constexpr std::chrono::minutes DefaultIdleTimeout { 2 };
    static constexpr std::chrono::minutes SoftLockLimit { 30 };

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    QStringList passcodeRules() const;
    int idleTimeoutSeconds() const;
    void setIdleTimeout(std::chrono::milliseconds timeout);
    bool pinSet() const { return m_pin.isSet(); }
    int pinTriesLeft() const { return m_pin.triesLeft(); }

    // First run: checks both entries match and meet the rules, then creates the vault.
    Q_INVOKABLE void setUp(const QString &passcode, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &passcode);
    Q_INVOKABLE void changePasscode(
        const QString &oldPasscode, const QString &newPasscode, const QString &confirmation);
    Q_INVOKABLE void clearError();
    // Chooses or changes the quick re-entry PIN; the passcode proves it is the practitioner.
    Q_INVOKABLE void setPin(
        const QString &passcode, const QString &pin, const QString &confirmation);
    // Turns quick re-entry off: from then on the idle timeout locks fully.
    Q_INVOKABLE void removePin();
    // Back from SoftLocked; the third wrong PIN locks fully.
    Q_INVOKABLE void unlockWithPin(const QString &pin);

    // The open vault, for the Workspace to build its services on (and sync to keep going
    // while soft-locked); null while locked.
    Vault *unlockedVault()
    {
        return m_state == Unlocked || m_state == SoftLocked ? m_vault.get() : nullptr;
    }
    // Asks for the passcode again before signing, on the worker thread like unlock; `done`
    // runs on this thread with an empty string on success or a message for the practitioner.
    // Returns false (and never calls `done`) while other vault work is running.
    bool confirmPasscode(const QString &passcode, std::function<void(const QString &)> done);

public Q_SLOTS:
    void lock();
    // What the idle timeout does: soft-locks with a PIN set, locks fully without one.
    void softLock();
    // Any touch, click or key press: restarts the idle timer while unlocked.
    void noteActivity();

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorTextChanged();
    void retryAfterSecondsChanged();
    void idleTimeoutChanged();
    // The vault is about to close: save what is pending and let go of it.
    void aboutToLock();
    // The vault has just been closed: drop everything read from it.
    void locked();
    void unlocked();
    void passcodeChanged();
    void pinSetChanged();
    void pinTriesLeftChanged();
    // A PIN was chosen or changed.
    void pinChanged();

private:
    using Outcome = Expected<void, VaultError>;
    void runOnWorker(std::function<Outcome()> work, std::function<void(const Outcome &)> done);
    void setState(State state);
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    void startRetryCountdown(int seconds);
    void updateRetryCountdown();
    QString checkNewPasscode(const QString &passcode, const QString &confirmation) const;

    std::unique_ptr<Vault> m_vault;
    RecoveryKeySource m_recoveryKey;
    KdfCostSource m_kdfCost;
    State m_state = NeedsSetup;
    bool m_busy = false;
    bool m_lockRequested = false;
    QString m_errorText;
    int m_retryAfterSeconds = 0;
    QDeadlineTimer m_retryDeadline;
    QTimer m_countdownTimer;
    std::unique_ptr<IdleCountdown> m_idle;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    std::unique_ptr<IdleCountdown> m_softLimit;
    PinLock m_pin;
    QFuture<Outcome> m_pending;
};

} // namespace hearth
