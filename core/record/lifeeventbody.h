#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace hearth::LifeEventBody {

// The body of a "life-event" record (docs/record-format.md, "Life-event bodies"), checked the
// same way on the tablet before signing and on the agency server at ingest.
//
// A life event is its own record kind rather than a member of the household profile: it is a
// thing that happened on a day (a bereavement, a release from prison), not a standing fact about
// who lives in the house, so it is never superseded by a later profile change and the
// chronology dates it on the day it happened. It names the children it touches at the time it
// was signed (every child of the household when it touches the whole household), so who was
// known to be affected when stays evidence without reading the profile as it was then.

// "bereavement", "job-loss", "new-partner", "new-baby", "move", "separation",
// "prison-release", "other"
const QStringList &types();
// "household" (every child of the household, all listed in "children") or "children" (only the
// children listed)
const QStringList &scopes();

// Every member known and of its type, "type" one of types(), "happenedOn" a date; refusals name
// the member at fault under `path`.
[[nodiscard]] Expected<void, JsonError> validate(const JsonValue &body, const QString &path);
// A life event cannot have happened after the day it was recorded: `signedOn` is the envelope's
// "created" day (the tablet's clock when it signs).
[[nodiscard]] Expected<void, JsonError> validateNotAfter(
    const JsonValue &body, QDate signedOn, const QString &path);

inline constexpr qint64 Format = 1;
inline constexpr qsizetype MaxNoteLength = 2000;

} // namespace hearth::LifeEventBody
