#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QStringList>

namespace hearth {

// The "photos" member of a visit body (format 4): what the tablet signs about each photograph
// and what the agency server checks before it accepts the record. Each entry is
// {"hash", "bytes", "mediaType", "width", "height", "caption", "takenUtc", "mark"}: the
// BLAKE2b-256 hash of the JPEG bytes, their length, "image/jpeg", the pixel size (at most
// PhotoHash::MaxSide), the practitioner's caption, when it was taken (RFC 3339 UTC) and the
// body-map mark it shows (1-based) or null. A hash appears once.
namespace PhotoBody {

// `markCount`: how many marks the body's map holds, so a photo cannot name a missing one.
[[nodiscard]] Expected<void, JsonError> check(
    const JsonValue &photos, const QString &path, qsizetype markCount);
// The hashes a visit body's photos name (none for bodies before format 4).
QStringList hashes(const JsonValue &body);

} // namespace PhotoBody
} // namespace hearth
