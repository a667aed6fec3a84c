#include "idlecountdown.h"

namespace hearth {

TimerCountdown::TimerCountdown(QObject *parent)
    : IdleCountdown(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleCountdown::expired);
}

void TimerCountdown::start(std::chrono::milliseconds timeout)
{
    m_timer.start(timeout);
}

} // namespace hearth
