#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace hearth {

// The shape of the backoff: the first ceiling and the largest.
struct BackoffPolicy
{
    std::chrono::milliseconds base { 2000 };
    std::chrono::milliseconds cap { std::chrono::minutes(10) };
};

// When to try the agency server again after a failed attempt: exponential backoff with full
// jitter (a random wait between zero and the current ceiling), so a fleet of tablets coming
// back into signal at the same moment does not hammer the server in step. A server that
// says Retry-After is believed: its wait is the floor.
class Backoff
{
public:
    using Policy = BackoffPolicy;
    // Returns a uniformly random number in [0, bound]; injectable so tests are exact.
    using Random = std::function<quint64(quint64 bound)>;

    Backoff();
    explicit Backoff(Policy policy, Random random = {});

    // The wait before the next attempt, after one more failure.
    std::chrono::milliseconds nextDelay(
        std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The ceiling the jitter is drawn under after `failures` failures.
    std::chrono::milliseconds ceiling(int failures) const;

    // Retry-After as delta-seconds or an HTTP-date (RFC 9110 10.2.3); nullopt if absent or
    // unreadable. A date in the past means "now".
    static std::optional<std::chrono::seconds> parseRetryAfter(
        const QByteArray &value, const QDateTime &nowUtc);

private:
    Policy m_policy;
    Random m_random;
    int m_failures = 0;
};

} // namespace hearth
