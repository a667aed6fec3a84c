#pragma once

#include "platform/positionprovider.h"

#include <QGeoPositionInfoSource>
#include <QPointer>
#include <QTimer>

namespace hearth {

// PositionProvider over Qt Positioning. It takes any QGeoPositionInfoSource (tests hand it a
// QNmeaPositionInfoSource replaying a file) or, without one, the platform's default source
// (geoclue2 on Linux, the OS service on Android and iOS). It never blocks: no source, a
// refused permission or no fix within the timeout all end in unavailable().
class QtPositionProvider : public PositionProvider
{
    Q_OBJECT

public:
    // Takes ownership of `source`; null means the platform default (possibly none).
    explicit QtPositionProvider(
        QGeoPositionInfoSource *source = nullptr, QObject *parent = nullptr);

    void requestFix() override;
    void cancel() override;

    static constexpr int TimeoutMs = 20000;

private:
    void onUpdate(const QGeoPositionInfo &info);
    void onError(QGeoPositionInfoSource::Error error);

    QPointer<QGeoPositionInfoSource> m_source;
    QTimer m_timeout;
    bool m_running = false;
};

} // namespace hearth
