#include "bodyvalidator.h"

#include "record/jsonpath.h"
#include "record/uuidv7generator.h"

namespace hearth {

namespace {
const QString bodyPath = QStringLiteral("$.body");

Unexpected<JsonError> fail(const QString &path, const QString &message)
{
    return unexpected(JsonError { -1, path, message });
}

// A required member that must be a string with something other than spaces in it.
Expected<void, JsonError> requireText(
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

// The child's own words (visit body format 2): exactly {"by": "child", "quote": text}, so a
// reader can always show them as the child's, never as the practitioner's paraphrase.
Expected<void, JsonError> checkQuotes(const JsonValue &value, const QString &path)
{
    if (value.isArray()) {
        for (std::size_t i = 0; i < value.items().size(); ++i)
            if (auto ok = checkQuotes(value.items().at(i), path + QStringLiteral("[%1]").arg(i));
                !ok)
                return ok;
        return {};
    }
    if (!value.isObject())
        return {};
    for (const JsonMember &member : value.members()) {
        const QString memberPath = JsonPath::child(path, member.key);
        if (member.key == u"childsWords") {
            const JsonValue &quote = member.value;
            if (!quote.isObject() || quote.size() != 2 || quote[u"by"].toString() != u"child"
                || !quote[u"quote"].isString() || quote[u"quote"].toString().isEmpty())
                return fail(memberPath,
                    QStringLiteral("the child's words must be {\"by\": \"child\", \"quote\": "
                                   "text}"));
            continue;
        }
        if (auto ok = checkQuotes(member.value, memberPath); !ok)
            return ok;
    }
    return {};
}

Expected<void, JsonError> requireAll(
    const JsonValue &object, const QString &parentPath, std::initializer_list<QString> keys)
{
    for (const QString &key : keys) {
        if (auto ok = requireText(object, parentPath, key); !ok)
            return ok;
    }
    return {};
}
} // namespace

Expected<void, JsonError> BodyValidator::validate(RecordKind kind, const JsonValue &body)
{
    if (!body.isObject())
        return fail(bodyPath, QStringLiteral("body must be an object"));
    switch (kind) {
    case RecordKind::Visit: {
        // The full visit schema belongs to the content pack; who and which visit are fixed,
        // and from body format 2 the child's words are quotes wherever they appear.
        if (auto ok
            = requireAll(body, bodyPath, { QStringLiteral("child"), QStringLiteral("visitId") });
            !ok)
            return ok;
        const JsonValue *format = body.find(u"format");
        if (format && !format->isInteger())
            return fail(JsonPath::child(bodyPath, QStringLiteral("format")),
                QStringLiteral("must be a whole number"));
        if (format && format->toInteger() >= 2)
            return checkQuotes(body, bodyPath);
        return {};
    }
    case RecordKind::Amendment: {
        // A correction must point at the record it corrects and say why, or it is not
        // evidence of anything.
        if (auto ok
            = requireAll(body, bodyPath, { QStringLiteral("amends"), QStringLiteral("reason") });
            !ok)
            return ok;
        if (!UuidV7Generator::isValid(body[u"amends"].toString()))
            return fail(JsonPath::child(bodyPath, QStringLiteral("amends")),
                QStringLiteral("must be the UUIDv7 id of the amended record"));
        return {};
    }
    case RecordKind::MissedAppointment:
        return requireAll(body, bodyPath,
            { QStringLiteral("what"), QStringLiteral("when"), QStringLiteral("arrangedBy"),
                QStringLiteral("followUp") });
    case RecordKind::CaseloadChange: {
        const QString entityPath = JsonPath::child(bodyPath, QStringLiteral("entity"));
        const JsonValue *entity = body.find(u"entity");
        if (!entity)
            return fail(entityPath, QStringLiteral("required member is missing"));
        if (!entity->isObject())
            return fail(entityPath, QStringLiteral("must be an object with \"type\" and \"id\""));
        if (auto ok
            = requireAll(*entity, entityPath, { QStringLiteral("type"), QStringLiteral("id") });
            !ok)
            return ok;
        return requireText(body, bodyPath, QStringLiteral("change"));
    }
    }
    return fail(bodyPath, QStringLiteral("unknown record kind"));
}

} // namespace hearth
