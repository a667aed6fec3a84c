// VisitController, continued: what keeps recording quick. Concerns are toggled by category
// (each at most once), a neglect area is marked "no concern" in one tap and can be undone,
// arrival can be set to a time already past, and "today" comes from the injected clock.

#include "visitcontroller.h"

#include "visit/visitdates.h"
#include "visit/visitservices.h"

#include <QDateTime>

namespace hearth {

QString VisitController::today() const
{
    return m_services ? m_services->clock().nowUtc().toLocalTime().date().toString(Qt::ISODate)
                      : QString();
}

QString VisitController::timeNow() const
{
    return m_services
        ? m_services->clock().nowUtc().toLocalTime().time().toString(QStringLiteral("HH:mm"))
        : QString();
}

int VisitController::concernRow(const QString &categoryId) const
{
    const QList<CategoryConcern> &concerns = m_document.visit().concerns.concerns;
    for (qsizetype i = 0; i < concerns.size(); ++i)
        if (concerns.at(i).category == categoryId)
            return int(i);
    return -1;
}

QStringList VisitController::concernsChosen() const
{
    QStringList out;
    for (const CategoryConcern &concern : m_document.visit().concerns.concerns)
        out << concern.category;
    return out;
}

bool VisitController::toggleConcern(const QString &categoryId)
{
    if (const int row = concernRow(categoryId); row >= 0)
        return removeRow(VisitField::Concerns, row);
    return addConcern(categoryId) >= 0;
}

QVariantMap VisitController::markAreaNoConcern(const QString &areaId)
{
    const Visit &visit = m_document.visit();
    const ContentPack *pack
        = m_services ? m_services->packFor(visit.packId, visit.packVersion) : nullptr;
    const ContentPack::NeglectDomain *area = nullptr;
    if (pack)
        for (const ContentPack::NeglectDomain &domain : pack->neglect)
            if (domain.id == areaId)
                area = &domain;
    if (!area) {
        refused({ VisitEditError::Code::UnknownItem, QStringLiteral("no such neglect area") });
        return {};
    }
    AreaUndo undo;
    QStringList kept;
    for (const ContentPack::NeglectItem &item : area->items) {
        const auto found = visit.neglect.ratings.constFind(item.id);
        const bool rated = found != visit.neglect.ratings.cend();
        if (rated
            && (found->level == NeglectLevel::SomeConcern
                || found->level == NeglectLevel::SignificantConcern)) {
            kept << item.label.text(language());
            continue;
        }
        if (rated && found->level == NeglectLevel::NoConcern)
            continue;
        undo.insert(item.id,
            rated ? std::optional<NeglectRating>(found.value()) : std::optional<NeglectRating>());
    }
    auto edited = m_document.edit([&](Visit &v) {
        for (auto it = undo.cbegin(); it != undo.cend(); ++it)
            v.neglect.ratings.insert(it.key(), { NeglectLevel::NoConcern, QString() });
    });
    if (!edited) {
        refused(edited.error());
        return {};
    }
    setWriteError({});
    m_areaUndo.insert(areaId, undo);
    changed(VisitField::NeglectLevel);
    Q_EMIT areasChanged();
    return { { QStringLiteral("marked"), int(undo.size()) }, { QStringLiteral("kept"), kept } };
}

bool VisitController::undoAreaNoConcern(const QString &areaId)
{
    const auto found = m_areaUndo.constFind(areaId);
    if (found == m_areaUndo.cend())
        return false;
    const AreaUndo undo = found.value();
    // Only what the one tap set and nobody has changed since goes back.
    auto edited = m_document.edit([&](Visit &v) {
        for (auto it = undo.cbegin(); it != undo.cend(); ++it) {
            const auto now = v.neglect.ratings.constFind(it.key());
            if (now == v.neglect.ratings.cend() || now->level != NeglectLevel::NoConcern
                || !now->description.isEmpty())
                continue;
            if (it.value())
                v.neglect.ratings.insert(it.key(), *it.value());
            else
                v.neglect.ratings.remove(it.key());
        }
    });
    if (!edited) {
        refused(edited.error());
        return false;
    }
    m_areaUndo.remove(areaId);
    changed(VisitField::NeglectLevel);
    Q_EMIT areasChanged();
    return true;
}

QStringList VisitController::undoableAreas() const
{
    return m_areaUndo.keys();
}

QString VisitController::arrivalDate() const
{
    const QDateTime at
        = QDateTime::fromString(m_document.visit().start.arrivalUtc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : QString();
}

QString VisitController::arrivalTime() const
{
    const QDateTime at
        = QDateTime::fromString(m_document.visit().start.arrivalUtc, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().time().toString(QStringLiteral("HH:mm")) : QString();
}

QString VisitController::setArrivalAt(const QString &isoDate, const QString &time)
{
    if (!m_services)
        return tr("The visit is closed.");
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    const auto clock = VisitDates::parseTime(time);
    if (!date.isValid())
        return tr("Choose the date of arrival first.");
    if (!clock)
        return clock.error().message;
    const QDateTime local(date, clock.value());
    const QDateTime now = m_services->clock().nowUtc();
    if (local.toUTC() > now)
        return tr("The arrival cannot be later than now (%1).")
            .arg(VisitDates::showDateTime(now.toString(Qt::ISODateWithMs)));
    const QString utc = local.toUTC().toString(Qt::ISODateWithMs);
    if (auto edited = m_document.edit([&](Visit &visit) { visit.start.arrivalUtc = utc; });
        !edited) {
        refused(edited.error());
        return errorText();
    }
    changed(-1);
    Q_EMIT arrivalChanged();
    return {};
}

} // namespace hearth
