#include "concernbody.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"

#include <QDateTime>

namespace hearth::ConcernBody {

namespace {
using BodyChecks::fail;

using BodyChecks::requireText;

// Who was told and when: a time the tablet wrote (RFC 3339 UTC), so a reader can order it
// against the concern itself.
Expected<void, JsonError> checkTold(const JsonValue &told, const QString &path)
{
    if (!told.isObject())
        return fail(path, QStringLiteral("must be an object with \"who\" and \"when\""));
    if (auto ok = requireText(told, path, QStringLiteral("who")); !ok)
        return ok;
    const JsonValue *when = told.find(u"when");
    const QString text = when && when->isString() ? when->toString() : QString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() != Qt::UTC || !text.endsWith(u'Z'))
        return fail(JsonPath::child(path, QStringLiteral("when")),
            QStringLiteral("must be a UTC time such as 2026-03-04T10:15:00.000Z"));
    return {};
}
} // namespace

Expected<void, JsonError> validate(const JsonValue &body, const QString &path)
{
    const JsonValue *format = body.find(u"format");
    if (!format || !format->isInteger() || format->toInteger() != Format)
        return fail(JsonPath::child(path, QStringLiteral("format")),
            QStringLiteral("must be %1 (the concern body format this version reads)").arg(Format));
    // A child on the caseload by id, or a pupil not yet known to the tablet by name and year.
    const JsonValue *details = body.find(u"childDetails");
    if (body.contains(u"child") == (details != nullptr))
        return fail(JsonPath::child(path, QStringLiteral("child")),
            QStringLiteral("must give either \"child\" or \"childDetails\", not both"));
    if (details) {
        const QString detailsPath = JsonPath::child(path, QStringLiteral("childDetails"));
        if (!details->isObject())
            return fail(
                detailsPath, QStringLiteral("must be an object with \"name\" and \"yearGroup\""));
        for (const char *key : { "name", "yearGroup" })
            if (auto ok = requireText(*details, detailsPath, QLatin1String(key)); !ok)
                return ok;
    }
    if (!details)
        if (auto ok = requireText(body, path, QStringLiteral("child")); !ok)
            return ok;
    for (const char *key : { "seen", "category" })
        if (auto ok = requireText(body, path, QLatin1String(key)); !ok)
            return ok;
    if (const JsonValue *quote = body.find(u"childsWords")) {
        if (!quote->isObject() || quote->size() != 2 || (*quote)[u"by"].toString() != u"child"
            || !(*quote)[u"quote"].isString() || (*quote)[u"quote"].toString().trimmed().isEmpty())
            return fail(JsonPath::child(path, QStringLiteral("childsWords")),
                QStringLiteral("the child's words must be {\"by\": \"child\", \"quote\": text}"));
    }
    const JsonValue *safety = body.find(u"immediateSafety");
    if (!safety || !safety->isBool())
        return fail(JsonPath::child(path, QStringLiteral("immediateSafety")),
            QStringLiteral("must be true or false"));
    if (safety->toBool())
        if (auto ok = requireText(body, path, QStringLiteral("nextStep")); !ok)
            return fail(
                ok.error().path, QStringLiteral("an immediate safety concern needs its next step"));
    const JsonValue *action = body.find(u"action");
    const QString actionWord = action && action->isString() ? action->toString() : QString();
    if (!actions().contains(actionWord))
        return fail(JsonPath::child(path, QStringLiteral("action")),
            QStringLiteral("must be one of: ") + actions().join(QStringLiteral(", ")));
    if (actionWord == u"other")
        if (auto ok = requireText(body, path, QStringLiteral("actionDetail")); !ok)
            return ok;
    const JsonValue *told = body.find(u"told");
    if (!told && actionTellsSomeone(actionWord))
        return fail(JsonPath::child(path, QStringLiteral("told")),
            QStringLiteral("must say who was told and when"));
    if (told) {
        if (auto ok = checkTold(*told, JsonPath::child(path, QStringLiteral("told"))); !ok)
            return ok;
        if (auto ok = requireText(body, path, QStringLiteral("sharingBasis")); !ok)
            return fail(ok.error().path,
                QStringLiteral("must say on what basis the information was shared"));
    }
    return {};
}

} // namespace hearth::ConcernBody
