#pragma once

#include "chronology/patternflag.h"
#include "common/expected.h"
#include "record/envelope.h"

#include <QString>

namespace hearth {

class RecordStore;

// Signing a practitioner's acknowledgement of a pattern flag: the one path for every screen
// that offers it (the caseload row, the start of a visit, the chronology). The record names
// the flag's rule, its subject and exactly the evidence it rests on now, so the flag stays, marked
// acknowledged, until a new record of evidence brings it back (PatternEvaluator).
namespace FlagAcknowledging {

// Signs as `author` and returns the record id, or what is wrong in words (nothing is stored
// then): an empty note, or a flag with no evidence to acknowledge.
[[nodiscard]] Expected<QString, QString> sign(RecordStore &records, const Envelope::PackRef &pack,
    const QString &author, const QString &childId, const PatternFlag &flag, const QString &note);

} // namespace FlagAcknowledging
} // namespace hearth
