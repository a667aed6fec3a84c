#pragma once

#include "common/clock.h"

namespace hearth::server {

// The system clock moved by a fixed number of seconds. It exists for the integration tests
// only (the --clock-offset option): they start the server "in the future" to prove that
// enrolment codes expire and that stale request timestamps are refused, without sleeping.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(qint64 offsetSeconds)
        : m_offset(offsetSeconds)
    { }
    QDateTime nowUtc() const override { return Clock::system().nowUtc().addSecs(m_offset); }

private:
    qint64 m_offset;
};

} // namespace hearth::server
