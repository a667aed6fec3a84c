#include "bodymarks.h"

#include "visit/bodymapgeometry.h"

namespace hearth::BodyMarks {

namespace {
using Code = VisitEditError::Code;

Unexpected<VisitEditError> outside()
{
    return unexpected(
        VisitEditError { Code::NotAllowed, QStringLiteral("the position is not on the outline") });
}
} // namespace

Expected<qsizetype, VisitEditError> place(VisitDocument &document, BodyOutline outline,
    BodySide side, qint64 x, qint64 y, const QDate &today)
{
    if (outline == BodyOutline::NotChosen)
        return unexpected(VisitEditError { Code::NotAllowed, QStringLiteral("no outline") });
    const BodyOutline stored = document.visit().bodyMap.outline;
    const BodyOutline used = stored == BodyOutline::NotChosen ? outline : stored;
    const QString region = BodyMapGeometry::regionAt(used, side, x, y);
    if (region.isEmpty())
        return outside();
    auto edited = document.edit([&](Visit &visit) {
        visit.bodyMap.outline = used;
        BodyMark mark;
        mark.side = side;
        mark.x = x;
        mark.y = y;
        mark.region = region;
        mark.seenOn = today.toString(Qt::ISODate);
        visit.bodyMap.marks.append(mark);
    });
    if (!edited)
        return unexpected(edited.error());
    return document.visit().bodyMap.marks.size() - 1;
}

Expected<void, VisitEditError> move(
    VisitDocument &document, int row, BodySide side, qint64 x, qint64 y)
{
    const BodyMap &map = document.visit().bodyMap;
    if (row < 0 || row >= map.marks.size())
        return unexpected(
            VisitEditError { Code::NoSuchRow, QStringLiteral("no mark %1").arg(row) });
    const QString region = BodyMapGeometry::regionAt(map.outline, side, x, y);
    if (region.isEmpty())
        return outside();
    return document.edit([&](Visit &visit) {
        BodyMark &mark = visit.bodyMap.marks[row];
        mark.side = side;
        mark.x = x;
        mark.y = y;
        mark.region = region;
    });
}

Expected<void, VisitEditError> setOutline(VisitDocument &document, BodyOutline outline)
{
    Visit changed = document.visit();
    changed.bodyMap.outline = outline;
    for (BodyMark &mark : changed.bodyMap.marks) {
        mark.region = BodyMapGeometry::regionAt(outline, mark.side, mark.x, mark.y);
        if (mark.region.isEmpty())
            return unexpected(VisitEditError {
                Code::NotAllowed, QStringLiteral("a mark would be off the new outline") });
    }
    return document.edit([&](Visit &visit) { visit.bodyMap = changed.bodyMap; });
}

} // namespace hearth::BodyMarks
