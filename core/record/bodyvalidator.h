#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"
#include "record/recordkind.h"

namespace hearth {

// The minimum each kind of record body must contain before it may be signed or accepted, so
// that an amendment cannot be signed without saying what it corrects and why. It checks
// required members only; richer schemas (the visit form) come from the content pack and are
// checked where the form is filled in, and extra members are allowed so older verifiers accept
// newer bodies.
class BodyValidator
{
public:
    [[nodiscard]] static Expected<void, JsonError> validate(RecordKind kind, const JsonValue &body);
};

} // namespace hearth
