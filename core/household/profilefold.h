#pragma once

#include "household/childprofile.h"
#include "record/envelope.h"

#include <QDate>
#include <QList>

namespace hearth {

// Folds a child's signed profile-change records into the profile as known on a day. Records
// apply in the order of their "knownFrom" day (then of signing), and each section a record
// carries (adults, children, health) replaces that section: what a later record leaves out it
// leaves unchanged. Records for other children, of other kinds or known only after `asOf` are
// skipped, so the profile as of any past day is the one a practitioner had then.
namespace ProfileFold {
ChildProfile fold(const QString &childId, const QList<Envelope> &records, QDate asOf);
} // namespace ProfileFold

} // namespace hearth
