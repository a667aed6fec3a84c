#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonpath.h"
#include "record/jsonvalue.h"

#include <QString>

namespace hearth::BodyChecks {

// The checks every kind's body rules are written with, so a refusal reads the same whichever
// kind it is about: where (a JSONPath-like location in the record) and what.
inline Unexpected<JsonError> fail(const QString &path, const QString &message)
{
    return unexpected(JsonError { -1, path, message });
}

// A required member that must be a string with something other than spaces in it.
inline Expected<void, JsonError> requireText(
    const JsonValue &object, const QString &parentPath, const QString &key)
{
    const QString path = JsonPath::child(parentPath, key);
    const JsonValue *value = object.find(key);
    if (!value)
        return fail(path, QStringLiteral("required member is missing"));
    if (!value->isString())
        return fail(path, QStringLiteral("must be a string"));
    if (value->toString().trimmed().isEmpty())
        return fail(path, QStringLiteral("must not be empty"));
    return {};
}

} // namespace hearth::BodyChecks
