#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

namespace hearth {

// The body rules of a profile-change record (docs/record-format.md): who the household's
// adults are to the child, what is known about them and the child's health context. Each
// section present replaces that section of the child's profile from "knownFrom" on, so every
// adult, risk and review in a section must be complete on its own: a risk without its source
// and date is not evidence of anything.
namespace ProfileBodyValidator {
[[nodiscard]] Expected<void, JsonError> validate(const JsonValue &body);
} // namespace ProfileBodyValidator

} // namespace hearth
