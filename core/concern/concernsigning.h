#pragma once

#include "common/expected.h"
#include "concern/concerndraft.h"

#include <QString>

namespace hearth {

class ConcernStore;
class RecordStore;

namespace ConcernSigning {

// Signs a concern as `author` through the same record store as a visit and returns the record
// id, or what is still missing in words for the practitioner (nothing is stored then). The
// signed record is the evidence, so it is appended first and the draft removed after it. Should
// the app stop in between, the draft is offered again; the body carries the draft's id
// (concernId), so the agency can tell a second signing of it for the same concern.
[[nodiscard]] Expected<QString, QString> sign(
    RecordStore &records, ConcernStore &drafts, const ConcernDraft &draft, const QString &author);

} // namespace ConcernSigning
} // namespace hearth
