#include "lifeeventbody.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"

#include <QSet>

namespace hearth::LifeEventBody {

namespace {
using BodyChecks::fail;
using BodyChecks::requireText;

const QStringList &members()
{
    static const QStringList words { QStringLiteral("format"), QStringLiteral("household"),
        QStringLiteral("child"), QStringLiteral("children"), QStringLiteral("scope"),
        QStringLiteral("type"), QStringLiteral("happenedOn"), QStringLiteral("adult"),
        QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("demo") };
    return words;
}

Expected<void, JsonError> requireWord(
    const JsonValue &body, const QString &path, const QString &key, const QStringList &words)
{
    const JsonValue *value = body.find(key);
    if (!value || !value->isString() || !words.contains(value->toString()))
        return fail(JsonPath::child(path, key),
            QStringLiteral("must be one of: ") + words.join(QStringLiteral(", ")));
    return {};
}

// The children it touches: at least one, each an id once, and the child whose record it is
// among them (the chronology it was recorded from must show it).
Expected<void, JsonError> checkChildren(const JsonValue &body, const QString &path)
{
    const QString listPath = JsonPath::child(path, QStringLiteral("children"));
    const JsonValue *children = body.find(u"children");
    if (!children || !children->isArray() || children->items().empty())
        return fail(listPath, QStringLiteral("must be a list of at least one child's id"));
    QSet<QString> seen;
    for (std::size_t i = 0; i < children->items().size(); ++i) {
        const JsonValue &id = children->items().at(i);
        const QString itemPath = listPath + QStringLiteral("[%1]").arg(i);
        if (!id.isString() || id.toString().trimmed().isEmpty())
            return fail(itemPath, QStringLiteral("must be a child's id"));
        if (seen.contains(id.toString()))
            return fail(itemPath, QStringLiteral("names a child already in the list"));
        seen.insert(id.toString());
    }
    if (!seen.contains(body[u"child"].toString()))
        return fail(
            listPath, QStringLiteral("must include \"child\", the child it was recorded for"));
    return {};
}
} // namespace

const QStringList &types()
{
    static const QStringList words { QStringLiteral("bereavement"), QStringLiteral("job-loss"),
        QStringLiteral("new-partner"), QStringLiteral("new-baby"), QStringLiteral("move"),
        QStringLiteral("separation"), QStringLiteral("prison-release"), QStringLiteral("other") };
    return words;
}

const QStringList &scopes()
{
    static const QStringList words { QStringLiteral("household"), QStringLiteral("children") };
    return words;
}

Expected<void, JsonError> validate(const JsonValue &body, const QString &path)
{
    for (const JsonMember &member : body.members())
        if (!members().contains(member.key))
            return fail(JsonPath::child(path, member.key),
                QStringLiteral("is not a member of a life event (")
                    + members().join(QStringLiteral(", ")) + QLatin1Char(')'));
    const JsonValue *format = body.find(u"format");
    if (!format || !format->isInteger() || format->toInteger() != Format)
        return fail(JsonPath::child(path, QStringLiteral("format")),
            QStringLiteral("must be %1 (the life-event body format this version reads)")
                .arg(Format));
    for (const char *key : { "household", "child", "source" })
        if (auto ok = requireText(body, path, QLatin1String(key)); !ok)
            return ok;
    if (auto ok = checkChildren(body, path); !ok)
        return ok;
    if (auto ok = requireWord(body, path, QStringLiteral("scope"), scopes()); !ok)
        return ok;
    if (auto ok = requireWord(body, path, QStringLiteral("type"), types()); !ok)
        return ok;
    const QString happened = body[u"happenedOn"].toString();
    if (happened.size() != 10 || !QDate::fromString(happened, Qt::ISODate).isValid())
        return fail(JsonPath::child(path, QStringLiteral("happenedOn")),
            QStringLiteral("must be the date it happened (YYYY-MM-DD)"));
    if (body.contains(u"adult"))
        if (auto ok = requireText(body, path, QStringLiteral("adult")); !ok)
            return fail(ok.error().path,
                QStringLiteral("must be the id of an adult of the household, or left out"));
    // "Other" says nothing by itself: the note is what the event was.
    if (body.contains(u"note") || body[u"type"].toString() == u"other")
        if (auto ok = requireText(body, path, QStringLiteral("note")); !ok)
            return fail(ok.error().path,
                body[u"type"].toString() == u"other"
                    ? QStringLiteral("must say what happened when the type is \"other\"")
                    : ok.error().message);
    // Training data from hearthctl demo says so, as every demo body does.
    if (const JsonValue *demo = body.find(u"demo"); demo && !(demo->isBool() && demo->toBool()))
        return fail(JsonPath::child(path, QStringLiteral("demo")),
            QStringLiteral("must be true (a demonstration record) or left out"));
    if (body[u"note"].toString().size() > MaxNoteLength)
        return fail(JsonPath::child(path, QStringLiteral("note")),
            QStringLiteral("must be at most %1 characters (a short note)").arg(MaxNoteLength));
    return {};
}

Expected<void, JsonError> validateNotAfter(
    const JsonValue &body, QDate signedOn, const QString &path)
{
    const QDate happened = QDate::fromString(body[u"happenedOn"].toString(), Qt::ISODate);
    if (happened > signedOn)
        return fail(JsonPath::child(path, QStringLiteral("happenedOn")),
            QStringLiteral("must not be after the day it was recorded (%1)")
                .arg(signedOn.toString(Qt::ISODate)));
    return {};
}

} // namespace hearth::LifeEventBody
