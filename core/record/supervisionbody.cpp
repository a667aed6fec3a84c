#include "supervisionbody.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"
#include "record/uuidv7generator.h"

#include <QDate>

namespace hearth::SupervisionBody {

namespace {
using BodyChecks::fail;
using BodyChecks::requireText;

Expected<void, JsonError> requireTexts(
    const JsonValue &body, const QString &path, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (auto ok = requireText(body, path, QLatin1String(key)); !ok)
            return ok;
    return {};
}

// Format, the child and the supervisor: what every supervision record starts with.
Expected<void, JsonError> checkCommon(const JsonValue &body, const QString &path)
{
    if (!body.isObject())
        return fail(path, QStringLiteral("must be an object"));
    const JsonValue *format = body.find(u"format");
    if (!format || !format->isInteger() || format->toInteger() != Format)
        return fail(JsonPath::child(path, QStringLiteral("format")),
            QStringLiteral("must be %1 (the supervision body format this version reads)")
                .arg(Format));
    return requireTexts(body, path, { "child", "supervisor" });
}

Expected<void, JsonError> requireRecordId(
    const JsonValue &body, const QString &path, const QString &key)
{
    const JsonValue *value = body.find(key);
    if (!value || !value->isString() || !UuidV7Generator::isValid(value->toString()))
        return fail(JsonPath::child(path, key), QStringLiteral("must be a record id (UUIDv7)"));
    return {};
}

Expected<void, JsonError> checkActions(const JsonValue &body, const QString &path)
{
    const QString actionsPath = JsonPath::child(path, QStringLiteral("actions"));
    const JsonValue *actions = body.find(u"actions");
    if (!actions || !actions->isArray())
        return fail(actionsPath, QStringLiteral("must be a list of actions (it may be empty)"));
    for (std::size_t i = 0; i < actions->items().size(); ++i) {
        const JsonValue &action = actions->items().at(i);
        const QString actionPath = actionsPath + QStringLiteral("[%1]").arg(i);
        if (!action.isObject())
            return fail(actionPath,
                QStringLiteral("must be an object with \"action\", \"owner\" and \"due\""));
        if (auto ok = requireTexts(action, actionPath, { "action", "owner" }); !ok)
            return ok;
        const QString due = action[u"due"].toString();
        if (due.size() != 10 || !QDate::fromString(due, Qt::ISODate).isValid())
            return fail(JsonPath::child(actionPath, QStringLiteral("due")),
                QStringLiteral("must be a date (YYYY-MM-DD)"));
    }
    return {};
}

// The flags a review looked at, so the tablet and the console can mark them reviewed; new
// evidence after the review brings a flag back, as with an acknowledgement.
Expected<void, JsonError> checkFlags(const JsonValue &body, const QString &path)
{
    const JsonValue *flags = body.find(u"flags");
    if (!flags)
        return {};
    const QString flagsPath = JsonPath::child(path, QStringLiteral("flags"));
    if (!flags->isArray())
        return fail(flagsPath, QStringLiteral("must be a list of {\"rule\", \"evidence\"}"));
    for (std::size_t i = 0; i < flags->items().size(); ++i) {
        const JsonValue &flag = flags->items().at(i);
        const QString flagPath = flagsPath + QStringLiteral("[%1]").arg(i);
        if (!flag.isObject())
            return fail(
                flagPath, QStringLiteral("must be an object with \"rule\" and \"evidence\""));
        if (auto ok = requireText(flag, flagPath, QStringLiteral("rule")); !ok)
            return ok;
        const QString evidencePath = JsonPath::child(flagPath, QStringLiteral("evidence"));
        const JsonValue *evidence = flag.find(u"evidence");
        if (!evidence || !evidence->isArray() || evidence->items().empty())
            return fail(evidencePath, QStringLiteral("must be a list of at least one record id"));
        for (std::size_t j = 0; j < evidence->items().size(); ++j)
            if (!evidence->items().at(j).isString() || evidence->items().at(j).toString().isEmpty())
                return fail(evidencePath + QStringLiteral("[%1]").arg(j),
                    QStringLiteral("must be a record id"));
    }
    return {};
}
} // namespace

Expected<void, JsonError> validateReview(const JsonValue &body, const QString &path)
{
    if (auto ok = checkCommon(body, path); !ok)
        return ok;
    if (auto ok = requireTexts(body, path, { "discussion", "decision", "rationale" }); !ok)
        return ok;
    if (auto ok = checkActions(body, path); !ok)
        return ok;
    return checkFlags(body, path);
}

Expected<void, JsonError> validateCountersignature(const JsonValue &body, const QString &path)
{
    if (auto ok = checkCommon(body, path); !ok)
        return ok;
    if (auto ok = requireText(body, path, QStringLiteral("device")); !ok)
        return ok;
    if (auto ok = requireRecordId(body, path, QStringLiteral("record")); !ok)
        return ok;
    return requireText(body, path, QStringLiteral("note"));
}

Expected<void, JsonError> validateDifference(const JsonValue &body, const QString &path)
{
    if (auto ok = checkCommon(body, path); !ok)
        return ok;
    const QString status = body[u"status"].toString();
    if (status == u"open") {
        if (auto ok = requireTexts(body, path, { "raisedBy", "disagreesWith", "about" }); !ok)
            return ok;
        if (!escalationSteps().contains(body[u"escalationStep"].toString()))
            return fail(JsonPath::child(path, QStringLiteral("escalationStep")),
                QStringLiteral("must be one of: ") + escalationSteps().join(QStringLiteral(", ")));
        if (body.contains(u"opened") || body.contains(u"outcome"))
            return fail(JsonPath::child(path, QStringLiteral("status")),
                QStringLiteral("an open difference has no \"opened\" or \"outcome\" yet"));
        return {};
    }
    if (status == u"closed") {
        if (auto ok = requireRecordId(body, path, QStringLiteral("opened")); !ok)
            return ok;
        return requireText(body, path, QStringLiteral("outcome"));
    }
    return fail(JsonPath::child(path, QStringLiteral("status")),
        QStringLiteral("must be one of: open, closed"));
}

} // namespace hearth::SupervisionBody
