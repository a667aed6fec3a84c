#pragma once

#include "idlecountdown.h"

namespace hearth::test {

// The idle lock's countdown, expired by the test instead of by real milliseconds.
class ManualCountdown final : public hearth::IdleCountdown
{
public:
    void start(std::chrono::milliseconds timeout) override
    {
        running = true;
        lastTimeout = timeout;
        ++starts;
    }
    void stop() override { running = false; }
    bool isActive() const override { return running; }
    // What the real timer does when its time is up: fires only if it is running.
    void expire()
    {
        if (!running)
            return;
        running = false;
        Q_EMIT expired();
    }

    bool running = false;
    std::chrono::milliseconds lastTimeout {};
    int starts = 0;
};

} // namespace hearth::test
