#pragma once

#include "model/visit.h"
#include "model/visitvalidator.h"

#include <QList>
#include <QStringList>

namespace hearth {

// Safety driven by what was recorded (issue 11 item 4, DOMAIN s.7 and s.8). An injury to a
// baby who is not yet mobile always needs a safeguarding response under local procedure, and
// a child who says they were hurt must see something done: both used to be recordable with
// "immediate safety: no" and nothing after it. These rules make the visit unfinishable until
// the response is recorded, and stay silent when nothing warrants them.
namespace VisitSafety {

// A body-map mark, or a concern in one of the pack's injury categories, for a baby whose
// profile says not yet mobile.
bool nonMobileInjury(const Visit &visit, const VisitRequirements::Safety &safety);
// The child's quotes that contain a hurt phrase, ignoring case, accents and the form of
// apostrophes, and matching whole words only ("hit me" is not in "white mess").
QStringList hurtQuotes(const Visit &visit, const VisitRequirements::Safety &safety);
// What must still be recorded because of either; empty when neither applies or both are met.
QList<MissingItem> missing(const Visit &visit, const VisitRequirements::Safety &safety);

} // namespace VisitSafety
} // namespace hearth
