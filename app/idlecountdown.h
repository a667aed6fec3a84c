#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace hearth {

// The idle lock's countdown behind a seam: the app counts real time with a QTimer, tests
// expire it by hand, so "locks after the timeout" and "activity keeps it open" are proven
// without racing the scheduler on a loaded machine.
class IdleCountdown : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // (Re)starts the countdown from `timeout`.
    virtual void start(std::chrono::milliseconds timeout) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void expired();
};

// The real countdown: a single-shot QTimer.
class TimerCountdown final : public IdleCountdown
{
    Q_OBJECT
public:
    explicit TimerCountdown(QObject *parent = nullptr);

    void start(std::chrono::milliseconds timeout) override;
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace hearth
