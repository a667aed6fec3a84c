#pragma once

#include <QStringList>

namespace hearth {

// The words a profile-change body (docs/record-format.md) may carry, so the tablet, the
// agency server and the household editor agree on the same closed lists: a risk recorded as
// "domestic abuse" on one device must never read as free text on another.
namespace ProfileWords {
// "birth-mother", "birth-father", "step-parent", "parents-partner", "grandparent",
// "other-relative", "lodger", "regular-visitor", "other"
const QStringList &relationships();
// "lives-here", "stays-sometimes", "visits"
const QStringList &livingArrangements();
// "mental-health", "domestic-abuse", "substance-misuse", "offending", "own-care-history",
// "other"
const QStringList &risks();
// "asthma", "epilepsy", "diabetes", "other"
const QStringList &conditions();
// "offered", "returned", "not-returned", "followed-up"
const QStringList &reviewStatuses();
// "not-yet-mobile", "mobile"
const QStringList &mobility();
} // namespace ProfileWords

} // namespace hearth
