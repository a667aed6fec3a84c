#include "childvoicebody.h"

#include "record/bodychecks.h"
#include "record/childcontributionbody.h"
#include "record/jsonpath.h"

#include <QDateTime>

namespace hearth::ChildVoiceBody {

namespace {
using BodyChecks::fail;
using BodyChecks::requireText;

QString indexPath(const QString &path, std::size_t i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

bool isBlankOrNotText(const JsonValue &value)
{
    return !value.isString() || value.toString().trimmed().isEmpty();
}

// An optional member that, when present, must hold text (a blank answer is left out instead).
Expected<void, JsonError> optionalText(
    const JsonValue &object, const QString &parentPath, const QString &key)
{
    if (!object.contains(key))
        return {};
    return requireText(object, parentPath, key);
}

// A list of short texts in the child's words (who they trust, a house's items, who was there).
Expected<void, JsonError> checkTextList(const JsonValue &list, const QString &path)
{
    if (!list.isArray())
        return fail(path, QStringLiteral("must be a list of texts"));
    for (std::size_t i = 0; i < list.items().size(); ++i)
        if (isBlankOrNotText(list.items().at(i)))
            return fail(indexPath(path, i), QStringLiteral("must be a text, not empty"));
    return {};
}

// A UTC time the tablet wrote (RFC 3339 with milliseconds), so a reader can order the child's
// words within the session and against every other record.
Expected<void, JsonError> requireUtc(
    const JsonValue &object, const QString &parentPath, const QString &key)
{
    const JsonValue *value = object.find(key);
    const QString text = value && value->isString() ? value->toString() : QString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() != Qt::UTC || !text.endsWith(u'Z'))
        return fail(JsonPath::child(parentPath, key),
            QStringLiteral("must be a UTC time such as 2026-03-04T10:15:00.000Z"));
    return {};
}

Expected<void, JsonError> checkChild(const JsonValue &body, const QString &path)
{
    // A child on the caseload by id, or a child not yet known to the tablet by name and year.
    const JsonValue *details = body.find(u"childDetails");
    if (body.contains(u"child") == (details != nullptr))
        return fail(JsonPath::child(path, QStringLiteral("child")),
            QStringLiteral("must give either \"child\" or \"childDetails\", not both"));
    if (!details)
        return requireText(body, path, QStringLiteral("child"));
    const QString detailsPath = JsonPath::child(path, QStringLiteral("childDetails"));
    if (!details->isObject())
        return fail(
            detailsPath, QStringLiteral("must be an object with \"name\" and \"yearGroup\""));
    for (const char *key : { "name", "yearGroup" })
        if (auto ok = requireText(*details, detailsPath, QLatin1String(key)); !ok)
            return ok;
    return {};
}

Expected<void, JsonError> checkWhere(const JsonValue &body, const QString &path)
{
    const QString wherePath = JsonPath::child(path, QStringLiteral("where"));
    const JsonValue *where = body.find(u"where");
    if (!where || !where->isObject())
        return fail(wherePath, QStringLiteral("must be an object with \"place\""));
    const JsonValue *place = where->find(u"place");
    if (!place || !place->isString() || !places().contains(place->toString()))
        return fail(JsonPath::child(wherePath, QStringLiteral("place")),
            QStringLiteral("must be one of: ") + places().join(QStringLiteral(", ")));
    if (place->toString() == u"other")
        return requireText(*where, wherePath, QStringLiteral("detail"));
    return optionalText(*where, wherePath, QStringLiteral("detail"));
}

Expected<void, JsonError> checkSeenAlone(const JsonValue &body, const QString &path)
{
    const JsonValue *alone = body.find(u"seenAlone");
    if (!alone || !alone->isBool())
        return fail(JsonPath::child(path, QStringLiteral("seenAlone")),
            QStringLiteral("must be true or false"));
    if (alone->toBool())
        return {};
    if (auto ok = requireText(body, path, QStringLiteral("notSeenAloneReason")); !ok)
        return fail(ok.error().path, QStringLiteral("must say why the child was not seen alone"));
    return {};
}

// Each of the child's words: {"by": "child", "quote": text, "at": UTC time} and, optionally,
// "context" (what was being talked about), nothing else, so a reader always shows them as the
// child's own and never as the practitioner's paraphrase.
Expected<void, JsonError> checkQuotes(const JsonValue &quotes, const QString &path)
{
    if (!quotes.isArray())
        return fail(path, QStringLiteral("must be a list of the child's words"));
    for (std::size_t i = 0; i < quotes.items().size(); ++i) {
        const JsonValue &quote = quotes.items().at(i);
        const QString quotePath = indexPath(path, i);
        if (!quote.isObject() || quote[u"by"].toString() != u"child"
            || isBlankOrNotText(quote[u"quote"]))
            return fail(quotePath,
                QStringLiteral("the child's words must be {\"by\": \"child\", \"quote\": text, "
                               "\"at\": time}"));
        if (auto ok = requireUtc(quote, quotePath, QStringLiteral("at")); !ok)
            return ok;
        if (auto ok = optionalText(quote, quotePath, QStringLiteral("context")); !ok)
            return ok;
        if (quote.size() != (quote.contains(u"context") ? 4u : 3u))
            return fail(
                quotePath, QStringLiteral("holds only \"by\", \"quote\", \"at\" and \"context\""));
    }
    return {};
}

Expected<void, JsonError> checkHouses(const JsonValue &houses3, const QString &path)
{
    if (!houses3.isObject())
        return fail(path,
            QStringLiteral("must be an object with \"worries\", \"goodThings\" "
                           "and \"dreams\""));
    for (const QString &house : houses()) {
        const JsonValue *items = houses3.find(house);
        if (!items)
            return fail(JsonPath::child(path, house), QStringLiteral("required member is missing"));
        if (auto ok = checkTextList(*items, JsonPath::child(path, house)); !ok)
            return ok;
    }
    return {};
}

// A 0-10 scaling question: the question as asked, the child's number and, when the child gave
// one, the child's own reason for it.
Expected<void, JsonError> checkScales(const JsonValue &scales, const QString &path)
{
    if (!scales.isArray())
        return fail(path, QStringLiteral("must be a list of scaling questions"));
    for (std::size_t i = 0; i < scales.items().size(); ++i) {
        const JsonValue &scale = scales.items().at(i);
        const QString scalePath = indexPath(path, i);
        if (!scale.isObject())
            return fail(scalePath,
                QStringLiteral("must be an object with \"question\" and "
                               "\"number\""));
        if (auto ok = requireText(scale, scalePath, QStringLiteral("question")); !ok)
            return ok;
        const JsonValue *number = scale.find(u"number");
        if (!number || !number->isInteger() || number->toInteger() < 0
            || number->toInteger() > ScaleMax)
            return fail(JsonPath::child(scalePath, QStringLiteral("number")),
                QStringLiteral("must be a whole number from 0 to %1").arg(ScaleMax));
        if (auto ok = optionalText(scale, scalePath, QStringLiteral("reason")); !ok)
            return ok;
    }
    return {};
}

bool hasItems(const JsonValue *list)
{
    return list && !list->items().empty();
}

// Something of the child's own, so a session is never only the practitioner's account.
bool holdsTheChildsVoice(const JsonValue &body)
{
    if (hasItems(body.find(u"childsWords")) || hasItems(body.find(u"scales"))
        || hasItems(body.find(u"trusts")) || body.contains(u"betterIf")
        || body.contains(u"viewOfPlan") || body.contains(u"childContribution"))
        return true;
    if (const JsonValue *houses3 = body.find(u"threeHouses"))
        for (const QString &house : houses())
            if (hasItems(houses3->find(house)))
                return true;
    return false;
}
} // namespace

Expected<void, JsonError> validate(const JsonValue &body, const QString &path)
{
    const JsonValue *format = body.find(u"format");
    if (!format || !format->isInteger() || format->toInteger() != Format)
        return fail(JsonPath::child(path, QStringLiteral("format")),
            QStringLiteral("must be %1 (the child-voice session body format this version reads)")
                .arg(Format));
    if (auto ok = requireText(body, path, QStringLiteral("sessionId")); !ok)
        return ok;
    if (auto ok = checkChild(body, path); !ok)
        return ok;
    if (auto ok = checkWhere(body, path); !ok)
        return ok;
    const QString othersPath = JsonPath::child(path, QStringLiteral("othersPresent"));
    const JsonValue *others = body.find(u"othersPresent");
    if (!others)
        return fail(othersPath, QStringLiteral("must list who else was there (empty if nobody)"));
    if (auto ok = checkTextList(*others, othersPath); !ok)
        return ok;
    if (auto ok = checkSeenAlone(body, path); !ok)
        return ok;
    const JsonValue *quotes = body.find(u"childsWords");
    if (quotes)
        if (auto ok = checkQuotes(*quotes, JsonPath::child(path, QStringLiteral("childsWords")));
            !ok)
            return ok;
    if (const JsonValue *houses3 = body.find(u"threeHouses"))
        if (auto ok = checkHouses(*houses3, JsonPath::child(path, QStringLiteral("threeHouses")));
            !ok)
            return ok;
    if (const JsonValue *scales = body.find(u"scales"))
        if (auto ok = checkScales(*scales, JsonPath::child(path, QStringLiteral("scales"))); !ok)
            return ok;
    if (const JsonValue *trusts = body.find(u"trusts"))
        if (auto ok = checkTextList(*trusts, JsonPath::child(path, QStringLiteral("trusts"))); !ok)
            return ok;
    for (const char *key : { "betterIf", "viewOfPlan" })
        if (auto ok = optionalText(body, path, QLatin1String(key)); !ok)
            return ok;
    // What the child made in child mode, checked by the same rules wherever it is carried.
    if (const JsonValue *contribution = body.find(u"childContribution"))
        if (auto ok = ChildContributionBody::validate(
                *contribution, JsonPath::child(path, QStringLiteral("childContribution")));
            !ok)
            return ok;
    if (!holdsTheChildsVoice(body))
        return fail(JsonPath::child(path, QStringLiteral("childsWords")),
            QStringLiteral("a session needs the child's words or at least one of their answers"));
    for (const char *key : { "practitionerWillDo", "childToldNext" })
        if (auto ok = requireText(body, path, QLatin1String(key)); !ok)
            return ok;
    return {};
}

} // namespace hearth::ChildVoiceBody
