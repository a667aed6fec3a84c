#include "missingbody.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"
#include "record/uuidv7generator.h"

#include <QDateTime>

namespace hearth::MissingBody {

namespace {
using BodyChecks::fail;
using BodyChecks::requireText;

Expected<void, JsonError> requireFormat(const JsonValue &body, const QString &path)
{
    const JsonValue *format = body.find(u"format");
    if (!format || !format->isInteger() || format->toInteger() != Format)
        return fail(JsonPath::child(path, QStringLiteral("format")),
            QStringLiteral("must be %1 (the body format this version reads)").arg(Format));
    return {};
}

// A moment the tablet wrote (RFC 3339 UTC with milliseconds), so episodes and interviews order
// against each other and against the 72 hours the interview is due in.
Expected<QDateTime, JsonError> requireTime(
    const JsonValue &object, const QString &parentPath, const QString &key)
{
    const JsonValue *value = object.find(key);
    const QString text = value && value->isString() ? value->toString() : QString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() != Qt::UTC || !text.endsWith(u'Z'))
        return fail(JsonPath::child(parentPath, key),
            QStringLiteral("must be a UTC time such as 2026-03-04T10:15:00.000Z"));
    return time;
}

Expected<void, JsonError> requireBool(
    const JsonValue &object, const QString &parentPath, const QString &key)
{
    const JsonValue *value = object.find(key);
    if (!value || !value->isBool())
        return fail(JsonPath::child(parentPath, key), QStringLiteral("must be true or false"));
    return {};
}

// Text that may be left out, but is never an empty placeholder when present.
Expected<void, JsonError> optionalText(
    const JsonValue &object, const QString &parentPath, const QString &key)
{
    if (!object.contains(key))
        return {};
    return requireText(object, parentPath, key);
}

// The young person's own words, kept apart from the adult's so they are always shown as theirs.
Expected<void, JsonError> checkWords(const JsonValue &body, const QString &path)
{
    const JsonValue *quote = body.find(u"childsWords");
    if (!quote)
        return {};
    if (!quote->isObject() || quote->size() != 2 || (*quote)[u"by"].toString() != u"child"
        || !(*quote)[u"quote"].isString() || (*quote)[u"quote"].toString().trimmed().isEmpty())
        return fail(JsonPath::child(path, QStringLiteral("childsWords")),
            QStringLiteral("the young person's words must be {\"by\": \"child\", \"quote\": "
                           "text}"));
    return {};
}

// Exploitation indicators: each what an adult observed and where that came from.
Expected<void, JsonError> checkContext(const JsonValue &body, const QString &path)
{
    const JsonValue *context = body.find(u"exploitationContext");
    if (!context)
        return {};
    const QString listPath = JsonPath::child(path, QStringLiteral("exploitationContext"));
    if (!context->isArray())
        return fail(listPath, QStringLiteral("must be a list of indicators"));
    for (std::size_t i = 0; i < context->items().size(); ++i) {
        const JsonValue &item = context->items().at(i);
        const QString itemPath = listPath + QStringLiteral("[%1]").arg(i);
        if (!item.isObject())
            return fail(itemPath,
                QStringLiteral("must be an object with \"indicator\", \"observed\" and "
                               "\"source\""));
        const JsonValue *indicator = item.find(u"indicator");
        if (!indicator || !indicator->isString() || !indicators().contains(indicator->toString()))
            return fail(JsonPath::child(itemPath, QStringLiteral("indicator")),
                QStringLiteral("must be one of: ") + indicators().join(QStringLiteral(", ")));
        for (const char *key : { "observed", "source" })
            if (auto ok = requireText(item, itemPath, QLatin1String(key)); !ok)
                return ok;
    }
    return {};
}
void collectText(const JsonValue &value, const QString &path, QList<QPair<QString, QString>> &out)
{
    static const QStringList structured { QStringLiteral("child"), QStringLiteral("episode"),
        QStringLiteral("status"), QStringLiteral("missingFrom"), QStringLiteral("returned"),
        QStringLiteral("offeredAt"), QStringLiteral("heldAt"), QStringLiteral("indicator"),
        QStringLiteral("childsWords") };
    if (value.isString()) {
        out.append({ path, value.toString() });
    } else if (value.isArray()) {
        for (std::size_t i = 0; i < value.items().size(); ++i)
            collectText(value.items().at(i), path + QStringLiteral("[%1]").arg(i), out);
    } else if (value.isObject()) {
        for (const JsonMember &member : value.members())
            if (!structured.contains(member.key))
                collectText(member.value, JsonPath::child(path, member.key), out);
    }
}
} // namespace

QList<QPair<QString, QString>> freeText(const JsonValue &body)
{
    QList<QPair<QString, QString>> out;
    collectText(body, QStringLiteral("$.body"), out);
    return out;
}

Expected<void, JsonError> validateEpisode(const JsonValue &body, const QString &path)
{
    if (auto ok = requireFormat(body, path); !ok)
        return ok;
    if (auto ok = requireText(body, path, QStringLiteral("child")); !ok)
        return ok;
    auto from = requireTime(body, path, QStringLiteral("missingFrom"));
    if (!from)
        return unexpected(from.error());
    auto returned = requireTime(body, path, QStringLiteral("returned"));
    if (!returned)
        return unexpected(returned.error());
    if (*returned < *from)
        return fail(JsonPath::child(path, QStringLiteral("returned")),
            QStringLiteral("must not be before \"missingFrom\""));
    if (auto ok = requireBool(body, path, QStringLiteral("reportedToPolice")); !ok)
        return ok;
    if (body[u"reportedToPolice"].toBool())
        if (auto ok = requireText(body, path, QStringLiteral("policeReference")); !ok)
            return fail(
                ok.error().path, QStringLiteral("a report to the police needs its reference"));
    for (const char *key : { "whereFound", "whoWith", "howReturned" })
        if (auto ok = requireText(body, path, QLatin1String(key)); !ok)
            return ok;
    if (auto ok = optionalText(body, path, QStringLiteral("harmNoticed")); !ok)
        return ok;
    if (auto ok = checkWords(body, path); !ok)
        return ok;
    return checkContext(body, path);
}

Expected<void, JsonError> validateInterview(const JsonValue &body, const QString &path)
{
    if (auto ok = requireFormat(body, path); !ok)
        return ok;
    if (auto ok = requireText(body, path, QStringLiteral("child")); !ok)
        return ok;
    if (!UuidV7Generator::isValid(body[u"episode"].toString()))
        return fail(JsonPath::child(path, QStringLiteral("episode")),
            QStringLiteral("must be the UUIDv7 id of the going-missing record"));
    const JsonValue *status = body.find(u"status");
    const QString word = status && status->isString() ? status->toString() : QString();
    if (!interviewStatuses().contains(word))
        return fail(JsonPath::child(path, QStringLiteral("status")),
            QStringLiteral("must be one of: ") + interviewStatuses().join(QStringLiteral(", ")));
    if (word == u"not-offered") {
        // Why no one offered it is the record; there is no time or interviewer to give.
        for (const char *key : { "offeredAt", "heldAt", "by" })
            if (body.contains(QString::fromLatin1(key)))
                return fail(JsonPath::child(path, QLatin1String(key)),
                    QStringLiteral("an interview not offered has no \"%1\"")
                        .arg(QLatin1String(key)));
        if (auto ok = requireText(body, path, QStringLiteral("reason")); !ok)
            return fail(ok.error().path, QStringLiteral("must say why it was not offered"));
    } else {
        auto offered = requireTime(body, path, QStringLiteral("offeredAt"));
        if (!offered)
            return unexpected(offered.error());
        const QString byPath = JsonPath::child(path, QStringLiteral("by"));
        const JsonValue *by = body.find(u"by");
        if (!by || !by->isObject())
            return fail(byPath,
                QStringLiteral("must be an object with \"role\", \"agency\" and "
                               "\"independent\""));
        for (const char *key : { "role", "agency" })
            if (auto ok = requireText(*by, byPath, QLatin1String(key)); !ok)
                return ok;
        if (auto ok = requireBool(*by, byPath, QStringLiteral("independent")); !ok)
            return ok;
        if (word == u"done") {
            auto held = requireTime(body, path, QStringLiteral("heldAt"));
            if (!held)
                return unexpected(held.error());
            if (*held < *offered)
                return fail(JsonPath::child(path, QStringLiteral("heldAt")),
                    QStringLiteral("must not be before \"offeredAt\""));
        } else if (body.contains(u"heldAt")) {
            return fail(JsonPath::child(path, QStringLiteral("heldAt")),
                QStringLiteral("a declined interview was not held"));
        }
        if (auto ok = optionalText(body, path, QStringLiteral("reason")); !ok)
            return ok;
    }
    if (auto ok = requireText(body, path, QStringLiteral("actions")); !ok)
        return ok;
    if (auto ok = checkWords(body, path); !ok)
        return ok;
    return checkContext(body, path);
}

} // namespace hearth::MissingBody
