#include "backoff.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace hearth {

Backoff::Backoff()
    : Backoff(BackoffPolicy())
{ }

Backoff::Backoff(Policy policy, Random random)
    : m_policy(policy)
    , m_random(random ? std::move(random) : Random([](quint64 bound) {
        return QRandomGenerator::global()->bounded(bound + 1);
    }))
{ }

std::chrono::milliseconds Backoff::ceiling(int failures) const
{
    // Doubling stops well before overflow; the cap is reached long before that anyway.
    const int doublings = std::clamp(failures - 1, 0, 30);
    const auto grown = m_policy.base.count() * (qint64(1) << doublings);
    return std::chrono::milliseconds(std::min<qint64>(grown, m_policy.cap.count()));
}

std::chrono::milliseconds Backoff::nextDelay(std::optional<std::chrono::seconds> retryAfter)
{
    ++m_failures;
    const auto jitter
        = std::chrono::milliseconds(qint64(m_random(quint64(ceiling(m_failures).count()))));
    if (retryAfter)
        return std::max<std::chrono::milliseconds>(*retryAfter, jitter);
    return jitter;
}

std::optional<std::chrono::seconds> Backoff::parseRetryAfter(
    const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // IMF-fixdate, e.g. "Sun, 22 Nov 2026 09:30:00 GMT".
    QDateTime date = QLocale::c().toDateTime(
        QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    return std::chrono::seconds(std::max<qint64>(0, nowUtc.secsTo(date)));
}

} // namespace hearth
