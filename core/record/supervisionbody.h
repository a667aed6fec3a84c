#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace hearth::SupervisionBody {

// The bodies of the records a supervisor makes in the agency console (docs/record-format.md,
// "Supervision"): signed by the agency server's key, naming the supervisor's staff account, and
// checked by the same rules wherever they are read (the server before signing, the tablet when
// the caseload feed brings them). Each names the child it is about.

// "supervisor-review": what was discussed, decided and why, the actions each with an owner and
// a due date, and optionally the flags the review looked at (rule and evidence ids, as shown).
[[nodiscard]] Expected<void, JsonError> validateReview(const JsonValue &body, const QString &path);
// "countersignature": the record countersigned (its device and id) and the supervisor's note.
[[nodiscard]] Expected<void, JsonError> validateCountersignature(
    const JsonValue &body, const QString &path);
// "professional-difference": opened (who disagrees with whom about what, the escalation step)
// or closed by a second record naming the first, with the outcome.
[[nodiscard]] Expected<void, JsonError> validateDifference(
    const JsonValue &body, const QString &path);

// The escalation steps of a professional difference, lowest first (DOMAIN s.8).
inline const QStringList &escalationSteps()
{
    static const QStringList words { QStringLiteral("practitioners"),
        QStringLiteral("line-managers"), QStringLiteral("senior-managers"),
        QStringLiteral("safeguarding-partnership") };
    return words;
}

inline constexpr qint64 Format = 1;

} // namespace hearth::SupervisionBody
