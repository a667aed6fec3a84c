#pragma once

#include <QDateTime>

namespace hearth {

// Wall-clock time behind an interface so throttling, sync and records can be tested
// with a clock that a test moves by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide real clock.
    static const Clock &system();
};

} // namespace hearth
