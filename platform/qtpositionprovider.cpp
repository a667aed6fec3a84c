#include "qtpositionprovider.h"

#include <QGeoCoordinate>

#include <cmath>

namespace hearth {

std::optional<PositionFix> PositionFix::fromDegrees(
    double latitude, double longitude, double accuracyMetres, const QDateTime &timestamp)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude) || std::abs(latitude) > 90.0
        || std::abs(longitude) > 180.0)
        return std::nullopt;
    PositionFix fix;
    fix.latMicroDeg = std::llround(latitude * 1e6);
    fix.lonMicroDeg = std::llround(longitude * 1e6);
    if (std::isfinite(accuracyMetres) && accuracyMetres >= 0)
        fix.accuracyM = std::llround(accuracyMetres);
    fix.timestampUtc = timestamp.toUTC();
    return fix;
}

QtPositionProvider::QtPositionProvider(QGeoPositionInfoSource *source, QObject *parent)
    : PositionProvider(parent)
    , m_source(source ? source : QGeoPositionInfoSource::createDefaultSource(this))
{
    if (m_source) {
        m_source->setParent(this);
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
            &QtPositionProvider::onUpdate);
        connect(
            m_source, &QGeoPositionInfoSource::errorOccurred, this, &QtPositionProvider::onError);
    }
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(TimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        cancel();
        Q_EMIT unavailable(tr("No position was found in time."));
    });
}

void QtPositionProvider::requestFix()
{
    if (!m_source) {
        // Reported on the next turn of the event loop, like a real source would.
        QTimer::singleShot(
            0, this, [this] { Q_EMIT unavailable(tr("This tablet cannot tell its position.")); });
        return;
    }
    m_running = true;
    m_timeout.start();
    m_source->startUpdates();
}

void QtPositionProvider::cancel()
{
    m_timeout.stop();
    if (m_source && m_running)
        m_source->stopUpdates();
    m_running = false;
}

void QtPositionProvider::onUpdate(const QGeoPositionInfo &info)
{
    if (!m_running || !info.isValid())
        return;
    const QGeoCoordinate c = info.coordinate();
    const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : qQNaN();
    const auto fix = PositionFix::fromDegrees(c.latitude(), c.longitude(), accuracy,
        info.timestamp().isValid() ? info.timestamp() : QDateTime::currentDateTimeUtc());
    if (!fix)
        return;
    cancel();
    Q_EMIT fixed(*fix);
}

void QtPositionProvider::onError(QGeoPositionInfoSource::Error error)
{
    if (error == QGeoPositionInfoSource::NoError || !m_running)
        return;
    cancel();
    Q_EMIT unavailable(error == QGeoPositionInfoSource::AccessError
            ? tr("Hearth is not allowed to use this tablet's position.")
            : tr("This tablet's position is not available."));
}

} // namespace hearth
