// VisitController, continued: arrival time and location on step 1. Positioning is asked
// once and never waited on; a refusal or no fix is recorded so the visit can still finish.

#include "visitcontroller.h"

#include "platform/positionprovider.h"
#include "visit/visitdates.h"
#include "visit/visitservices.h"

#include <QDateTime>
#include <QLocale>

namespace hearth {

QString VisitController::arrivalText() const
{
    const QString &arrival = m_document.visit().start.arrivalUtc;
    return arrival.isEmpty() ? QString() : VisitDates::showDateTime(arrival);
}

QString VisitController::locationText() const
{
    const VisitLocation &l = m_document.visit().start.location;
    switch (l.source) {
    case LocationSource::Gps: {
        const QLocale locale;
        const QString where
            = tr("%1, %2").arg(locale.toString(double(*l.latMicroDeg) / 1e6, 'f', 5),
                locale.toString(double(*l.lonMicroDeg) / 1e6, 'f', 5));
        return l.accuracyM
            ? tr("%1 (accurate to about %n metre(s))", "", int(*l.accuracyM)).arg(where)
            : where;
    }
    case LocationSource::Manual:
        return tr("Entered by hand: %1").arg(l.note);
    case LocationSource::Unavailable:
        return tr("Not available: %1").arg(l.note);
    case LocationSource::NotRecorded:
        break;
    }
    return {};
}

void VisitController::setArrivalNow()
{
    if (!m_services)
        return;
    const QString now = m_services->nowUtc();
    if (auto edited = m_document.edit([&](Visit &visit) { visit.start.arrivalUtc = now; });
        !edited) {
        refused(edited.error());
        return;
    }
    changed(-1);
    Q_EMIT arrivalChanged();
}

void VisitController::locate()
{
    if (!m_services)
        return;
    if (!m_position) {
        onNoFix(tr("This tablet cannot tell its position."));
        return;
    }
    m_locating = true;
    m_locationProblem.clear();
    Q_EMIT locationChanged();
    m_position->requestFix();
}

void VisitController::setManualLocation(const QString &description)
{
    if (!m_services)
        return;
    VisitLocation location;
    location.source
        = description.trimmed().isEmpty() ? LocationSource::Unavailable : LocationSource::Manual;
    location.note = description.trimmed().isEmpty() ? m_locationProblem : description;
    if (auto edited = m_document.edit([&](Visit &visit) { visit.start.location = location; });
        !edited) {
        refused(edited.error());
        return;
    }
    changed(-1);
    Q_EMIT locationChanged();
}

void VisitController::onFix(const PositionFix &fix)
{
    m_locating = false;
    m_locationProblem.clear();
    VisitLocation location;
    location.source = LocationSource::Gps;
    location.latMicroDeg = fix.latMicroDeg;
    location.lonMicroDeg = fix.lonMicroDeg;
    location.accuracyM = fix.accuracyM;
    if (m_services) {
        if (auto edited = m_document.edit([&](Visit &visit) { visit.start.location = location; });
            edited)
            changed(-1);
        else
            refused(edited.error());
    }
    Q_EMIT locationChanged();
}

void VisitController::onNoFix(const QString &reason)
{
    m_locating = false;
    m_locationProblem = reason;
    // Recorded as unavailable, so the visit can be finished; a typed-in place replaces it.
    if (m_services && m_document.visit().start.location.source == LocationSource::NotRecorded)
        setManualLocation({});
    Q_EMIT locationChanged();
}

} // namespace hearth
