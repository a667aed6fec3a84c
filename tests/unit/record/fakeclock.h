#pragma once

#include "common/clock.h"

#include <QDateTime>

namespace hearth::test {

// A clock the test sets and moves by hand.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2024, 5, 14), QTime(9, 30), Qt::UTC))
        : m_now(std::move(now))
    { }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace hearth::test
