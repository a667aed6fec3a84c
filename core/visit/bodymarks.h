#pragma once

#include "common/expected.h"
#include "model/visitenums.h"
#include "visit/visitdocument.h"

#include <QDate>

namespace hearth {

// Placing, moving and re-outlining body-map marks. A mark's side, position and region are
// never typed: they come from a tap on the outline, and the region is computed here from the
// position (BodyMapGeometry), so the name the record carries always matches where the mark
// is. A tap outside the outline is refused with nothing changed.
namespace BodyMarks {

// Adds a mark where the practitioner tapped, seen today. The first mark fixes the outline to
// `outline` (the age's default or the one chosen) when none was stored. Returns its row.
[[nodiscard]] Expected<qsizetype, VisitEditError> place(VisitDocument &document,
    BodyOutline outline, BodySide side, qint64 x, qint64 y, const QDate &today);
[[nodiscard]] Expected<void, VisitEditError> move(
    VisitDocument &document, int row, BodySide side, qint64 x, qint64 y);
// Changes the outline and recomputes every mark's region; refused when a mark would fall
// outside the new outline (a baby's arms are shorter than an older child's).
[[nodiscard]] Expected<void, VisitEditError> setOutline(
    VisitDocument &document, BodyOutline outline);

} // namespace BodyMarks
} // namespace hearth
