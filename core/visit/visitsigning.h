#pragma once

#include "common/expected.h"
#include "model/visit.h"

#include <QString>

namespace hearth {

class VisitServices;

// "Sign and finish": the one way a finished visit becomes a signed record, on the services'
// clock. The signed record is the evidence, so it is appended first; marking the draft complete
// and forgetting its wizard step follow it (the app's crash repair repeats the marking when it
// finds a signed record for a draft still open, if the app stopped in between).
namespace VisitSigning {

// Signs `visit` as `author` and returns the record id, or why it was not signed (in words for
// the practitioner); nothing is stored then.
[[nodiscard]] Expected<QString, QString> signAndFinish(
    VisitServices &services, Visit visit, const QString &author);

} // namespace VisitSigning
} // namespace hearth
