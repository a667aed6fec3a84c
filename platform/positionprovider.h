#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace hearth {

// Where the tablet is, as a visit records it: whole numbers only (the visit is signed later
// and signed bodies carry no floating point), degrees x 1,000,000 and whole metres.
struct PositionFix
{
    qint64 latMicroDeg = 0;
    qint64 lonMicroDeg = 0;
    std::optional<qint64> accuracyM;
    QDateTime timestampUtc;

    // Rounds to the nearest micro-degree and whole metre; nothing when the input is not a
    // valid coordinate.
    static std::optional<PositionFix> fromDegrees(
        double latitude, double longitude, double accuracyMetres, const QDateTime &timestamp);
};

// The small interface the visit wizard asks for a position through, so tests can feed a
// recorded NMEA track or a fake, and so a tablet without positioning simply reports
// "unavailable". Nothing waits on it: a request either produces a fix or a reason, and the
// practitioner can type the place in at any time.
class PositionProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PositionProvider() override = default;

    // One fix, or unavailable(). Calling again while a request runs restarts it.
    virtual void requestFix() = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void fixed(const hearth::PositionFix &fix);
    // Denied, switched off, no source, or no fix in time; `reason` is for the practitioner.
    void unavailable(const QString &reason);
};

} // namespace hearth

Q_DECLARE_METATYPE(hearth::PositionFix)
