#include "profilebodyvalidator.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"
#include "record/profilewords.h"

#include <QDate>

namespace hearth::ProfileBodyValidator {

namespace {
using Result = Expected<void, JsonError>;

using BodyChecks::fail;

QString at(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

// A string member; `required` ones must hold more than spaces.
Result text(const JsonValue &object, const QString &path, const QString &key, bool required)
{
    const JsonValue *value = object.find(key);
    if (!value && !required)
        return {};
    const QString memberPath = JsonPath::child(path, key);
    if (!value)
        return fail(memberPath, QStringLiteral("required member is missing"));
    if (!value->isString())
        return fail(memberPath, QStringLiteral("must be a string"));
    if (required && value->toString().trimmed().isEmpty())
        return fail(memberPath, QStringLiteral("must not be empty"));
    return {};
}

Result word(const JsonValue &object, const QString &path, const QString &key,
    const QStringList &words, bool required)
{
    const JsonValue *value = object.find(key);
    if (!value && !required)
        return {};
    if (!value || !value->isString() || !words.contains(value->toString()))
        return fail(JsonPath::child(path, key),
            QStringLiteral("must be one of: ") + words.join(QStringLiteral(", ")));
    return {};
}

Result flag(const JsonValue &object, const QString &path, const QString &key, bool required)
{
    const JsonValue *value = object.find(key);
    if ((value && !value->isBool()) || (!value && required))
        return fail(JsonPath::child(path, key), QStringLiteral("must be true or false"));
    return {};
}

// A date as YYYY-MM-DD; `optional` also allows a missing member.
Result date(const JsonValue &object, const QString &path, const QString &key, bool required)
{
    const JsonValue *value = object.find(key);
    if (!value && !required)
        return {};
    const QString day = value && value->isString() ? value->toString() : QString();
    if (day.size() != 10 || !QDate::fromString(day, Qt::ISODate).isValid())
        return fail(JsonPath::child(path, key), QStringLiteral("must be a date (YYYY-MM-DD)"));
    return {};
}

// Every item of an array member must be an object that `check` accepts; ids, where the items
// have them, must be unique so a later record can say which adult or child it means.
template<typename Check>
Result objects(const JsonValue &object, const QString &path, const QString &key, Check check,
    bool uniqueIds = false)
{
    const JsonValue *list = object.find(key);
    if (!list)
        return {};
    const QString listPath = JsonPath::child(path, key);
    if (!list->isArray())
        return fail(listPath, QStringLiteral("must be a list"));
    QStringList ids;
    for (std::size_t i = 0; i < list->items().size(); ++i) {
        const JsonValue &item = list->items().at(i);
        const QString itemPath = at(listPath, qsizetype(i));
        if (!item.isObject())
            return fail(itemPath, QStringLiteral("must be an object"));
        if (auto ok = check(item, itemPath); !ok)
            return ok;
        if (uniqueIds) {
            if (ids.contains(item[u"id"].toString()))
                return fail(JsonPath::child(itemPath, QStringLiteral("id")),
                    QStringLiteral("is used twice"));
            ids.append(item[u"id"].toString());
        }
    }
    return {};
}

Result risk(const JsonValue &r, const QString &path)
{
    if (auto ok = word(r, path, QStringLiteral("kind"), ProfileWords::risks(), true); !ok)
        return ok;
    if (auto ok = text(r, path, QStringLiteral("source"), true); !ok)
        return ok;
    if (auto ok = date(r, path, QStringLiteral("date"), true); !ok)
        return ok;
    return text(r, path, QStringLiteral("detail"), r[u"kind"].toString() == u"other");
}

Result adult(const JsonValue &a, const QString &path)
{
    for (const QString &key : { QStringLiteral("id"), QStringLiteral("name") })
        if (auto ok = text(a, path, key, true); !ok)
            return ok;
    if (auto ok
        = word(a, path, QStringLiteral("relationship"), ProfileWords::relationships(), true);
        !ok)
        return ok;
    if (auto ok = word(a, path, QStringLiteral("living"), ProfileWords::livingArrangements(), true);
        !ok)
        return ok;
    for (const QString &key :
        { QStringLiteral("parentalResponsibility"), QStringLiteral("caresForChild") })
        if (auto ok = flag(a, path, key, true); !ok)
            return ok;
    if (auto ok = date(a, path, QStringLiteral("seenOn"), false); !ok)
        return ok;
    if (const JsonValue *strengths = a.find(u"strengths")) {
        const QString listPath = JsonPath::child(path, QStringLiteral("strengths"));
        if (!strengths->isArray())
            return fail(listPath, QStringLiteral("must be a list of strings"));
        for (std::size_t i = 0; i < strengths->items().size(); ++i) {
            const JsonValue &s = strengths->items().at(i);
            if (!s.isString() || s.toString().trimmed().isEmpty())
                return fail(at(listPath, qsizetype(i)), QStringLiteral("must be a string"));
        }
    }
    return objects(a, path, QStringLiteral("risks"), risk);
}

Result child(const JsonValue &c, const QString &path)
{
    for (const QString &key : { QStringLiteral("id"), QStringLiteral("name") })
        if (auto ok = text(c, path, key, true); !ok)
            return ok;
    if (auto ok = date(c, path, QStringLiteral("dateOfBirth"), false); !ok)
        return ok;
    return flag(c, path, QStringLiteral("addedOnTablet"), false);
}

Result condition(const JsonValue &c, const QString &path)
{
    if (auto ok = word(c, path, QStringLiteral("kind"), ProfileWords::conditions(), true); !ok)
        return ok;
    return text(c, path, QStringLiteral("detail"), c[u"kind"].toString() == u"other");
}

Result review(const JsonValue &r, const QString &path)
{
    if (auto ok = text(r, path, QStringLiteral("name"), true); !ok)
        return ok;
    if (auto ok = word(r, path, QStringLiteral("status"), ProfileWords::reviewStatuses(), true);
        !ok)
        return ok;
    return date(r, path, QStringLiteral("date"), true);
}

Result health(const JsonValue &h, const QString &path)
{
    if (!h.isObject())
        return fail(path, QStringLiteral("must be an object"));
    if (auto ok = text(h, path, QStringLiteral("disability"), false); !ok)
        return ok;
    if (auto ok = flag(h, path, QStringLiteral("specialNeeds"), false); !ok)
        return ok;
    if (auto ok = objects(h, path, QStringLiteral("conditions"), condition); !ok)
        return ok;
    if (auto ok = objects(h, path, QStringLiteral("reviews"), review); !ok)
        return ok;
    if (auto ok = word(h, path, QStringLiteral("mobility"), ProfileWords::mobility(), false); !ok)
        return ok;
    if (const JsonValue *gp = h.find(u"gp")) {
        const QString gpPath = JsonPath::child(path, QStringLiteral("gp"));
        if (!gp->isObject())
            return fail(gpPath, QStringLiteral("must be an object"));
        if (auto ok = flag(*gp, gpPath, QStringLiteral("registered"), true); !ok)
            return ok;
        return text(*gp, gpPath, QStringLiteral("practice"), (*gp)[u"registered"].toBool());
    }
    return {};
}
} // namespace

Result validate(const JsonValue &body)
{
    const QString path = QStringLiteral("$.body");
    for (const QString &key : { QStringLiteral("child"), QStringLiteral("household") })
        if (auto ok = text(body, path, key, true); !ok)
            return ok;
    if (auto ok = date(body, path, QStringLiteral("knownFrom"), true); !ok)
        return ok;
    if (!body.contains(u"adults") && !body.contains(u"children") && !body.contains(u"health"))
        return fail(path, QStringLiteral("must change at least one of adults, children, health"));
    if (auto ok = objects(body, path, QStringLiteral("adults"), adult, true); !ok)
        return ok;
    if (auto ok = objects(body, path, QStringLiteral("children"), child, true); !ok)
        return ok;
    if (const JsonValue *h = body.find(u"health"))
        return health(*h, JsonPath::child(path, QStringLiteral("health")));
    return {};
}

} // namespace hearth::ProfileBodyValidator
