// VisitController, continued: the body map of step 8. Where a mark is comes only from a tap on
// the outline; BodyMarks computes its region, and a tap off the outline is refused.

#include "visitcontroller.h"

#include "bodymapshapes.h"

#include "visit/bodymapgeometry.h"
#include "visit/bodymarks.h"
#include "visit/visitservices.h"

namespace hearth {

namespace {
bool sideFromWord(const QString &word, BodySide &side)
{
    return enumFromName(word, side);
}
} // namespace

bool VisitController::onOutline(BodyOutline outline, BodySide side, int x, int y)
{
    if (!BodyMapGeometry::regionAt(outline, side, x, y).isEmpty())
        return true;
    setWriteError(tr("That mark was not placed: tap on the outline itself."));
    return false;
}

QString VisitController::bodyOutline() const
{
    BodyOutline outline = m_document.visit().bodyMap.outline;
    if (outline == BodyOutline::NotChosen) {
        const QDate today
            = m_services ? m_services->clock().nowUtc().toLocalTime().date() : QDate();
        outline = BodyMapGeometry::outlineForAge(m_child.dateOfBirth, today);
    }
    return enumName(outline);
}

QVariantList VisitController::bodyMarks() const
{
    return BodyMapShapes::marksFor(m_document.visit().bodyMap);
}

int VisitController::placeBodyMark(const QString &side, int x, int y)
{
    BodySide where = BodySide::Front;
    BodyOutline outline = BodyOutline::NotChosen;
    if (!m_services || !sideFromWord(side, where) || !enumFromName(bodyOutline(), outline)) {
        refused({ VisitEditError::Code::NotAllowed, QStringLiteral("no such side") });
        return -1;
    }
    const QDate today = m_services->clock().nowUtc().toLocalTime().date();
    if (!onOutline(outline, where, x, y))
        return -1;
    auto row = BodyMarks::place(m_document, outline, where, x, y, today);
    if (!row) {
        refused(row.error());
        return -1;
    }
    setWriteError({});
    changed(-1);
    Q_EMIT listChanged(VisitField::BodyMarks);
    return int(row.value());
}

bool VisitController::moveBodyMark(int row, const QString &side, int x, int y)
{
    BodySide where = BodySide::Front;
    if (!m_services || !sideFromWord(side, where)) {
        refused({ VisitEditError::Code::NotAllowed, QStringLiteral("no such side") });
        return false;
    }
    if (!onOutline(m_document.visit().bodyMap.outline, where, x, y))
        return false;
    if (auto moved = BodyMarks::move(m_document, row, where, x, y); !moved) {
        refused(moved.error());
        return false;
    }
    // Rows keep their identity (a reset would tear down a field being typed in): changed(-1)
    // refreshes what they show.
    setWriteError({});
    changed(-1);
    return true;
}

bool VisitController::setBodyOutline(const QString &outline)
{
    BodyOutline chosen = BodyOutline::NotChosen;
    if (!m_services || !enumFromName(outline, chosen) || chosen == BodyOutline::NotChosen) {
        refused({ VisitEditError::Code::NotAllowed, QStringLiteral("no such outline") });
        return false;
    }
    if (auto set = BodyMarks::setOutline(m_document, chosen); !set) {
        refused(set.error());
        return false;
    }
    setWriteError({});
    changed(-1);
    return true;
}

} // namespace hearth
