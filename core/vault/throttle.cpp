#include "throttle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace hearth {

namespace {
constexpr int FirstDelaySeconds = 30;
constexpr int MaxDelaySeconds = 15 * 60;
} // namespace

Throttle::Throttle(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
{
    reload();
}

int Throttle::delaySecondsAfter(int failures)
{
    if (failures < FailuresBeforeDelay)
        return 0;
    const int doublings = std::min(failures - FailuresBeforeDelay, 16);
    return std::min(FirstDelaySeconds << doublings, MaxDelaySeconds);
}

void Throttle::reload()
{
    m_failures = 0;
    m_lastFailure = {};
    QFile file(m_path);
    if (!file.exists())
        return;
    const QJsonObject state = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.read(4096)).object()
        : QJsonObject();
    const int failures = state.value(QLatin1String("failures")).toInt(-1);
    const QDateTime last = QDateTime::fromString(
        state.value(QLatin1String("lastFailure")).toString(), Qt::ISODateWithMs);
    if (failures < 0 || !last.isValid()) {
        // An unreadable record of failures is treated as "free attempts used up" rather
        // than as a clean slate, so damaging the file does not reset the delays.
        m_failures = FailuresBeforeDelay - 1;
        m_lastFailure = m_clock.nowUtc();
        return;
    }
    m_failures = failures;
    m_lastFailure = last;
}

int Throttle::secondsUntilAllowed() const
{
    const int delay = delaySecondsAfter(m_failures);
    if (delay == 0 || !m_lastFailure.isValid())
        return 0;
    const qint64 elapsed = m_lastFailure.secsTo(m_clock.nowUtc());
    // A clock set backwards must not stretch the wait beyond one full delay.
    if (elapsed < 0)
        return delay;
    return int(std::max<qint64>(0, delay - elapsed));
}

Expected<void, VaultError> Throttle::recordFailure()
{
    ++m_failures;
    m_lastFailure = m_clock.nowUtc();
    return save();
}

Expected<void, VaultError> Throttle::reset()
{
    if (m_failures == 0 && !QFile::exists(m_path))
        return {};
    m_failures = 0;
    m_lastFailure = {};
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return unexpected(VaultError::make(VaultError::Code::ReadOnly, m_path));
    return {};
}

Expected<void, VaultError> Throttle::save() const
{
    QSaveFile file(m_path);
    const QJsonObject state { { QStringLiteral("failures"), m_failures },
        { QStringLiteral("lastFailure"), m_lastFailure.toString(Qt::ISODateWithMs) } };
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return unexpected(VaultError::make(
            VaultError::Code::ReadOnly, m_path + QStringLiteral(": ") + file.errorString()));
    return {};
}

} // namespace hearth
