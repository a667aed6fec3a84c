#include "bodyvalidator.h"

#include "model/visit.h"
#include "record/bodychecks.h"
#include "record/bodymapwords.h"
#include "record/childvoicebody.h"
#include "record/concernbody.h"
#include "record/jsonpath.h"
#include "record/lifeeventbody.h"
#include "record/missingbody.h"
#include "record/photobody.h"
#include "record/profilebodyvalidator.h"
#include "record/supervisionbody.h"
#include "record/uuidv7generator.h"

#include <QDate>

#include <functional>

namespace hearth {

namespace {
const QString bodyPath = QStringLiteral("$.body");

using BodyChecks::fail;

using BodyChecks::requireText;

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

Expected<void, JsonError> requireWord(const JsonValue &object, const QString &parentPath,
    const QString &key, const QStringList &words)
{
    const QString path = JsonPath::child(parentPath, key);
    const JsonValue *value = object.find(key);
    if (!value || !value->isString() || !words.contains(value->toString()))
        return fail(path, QStringLiteral("must be one of: ") + words.join(QStringLiteral(", ")));
    return {};
}

Expected<void, JsonError> requireWhole(
    const JsonValue &object, const QString &parentPath, const QString &key, qint64 min, qint64 max)
{
    const JsonValue *value = object.find(key);
    if (!value || !value->isInteger() || value->toInteger() < min || value->toInteger() > max)
        return fail(JsonPath::child(parentPath, key),
            QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    return {};
}

// A date as YYYY-MM-DD; `optional` also allows "" (not known).
Expected<void, JsonError> requireDate(
    const JsonValue &object, const QString &parentPath, const QString &key, bool optional)
{
    const JsonValue *value = object.find(key);
    const QString text = value && value->isString() ? value->toString() : QString();
    if (value && value->isString() && optional && text.isEmpty())
        return {};
    if (!QDate::fromString(text, Qt::ISODate).isValid() || text.size() != 10)
        return fail(
            JsonPath::child(parentPath, key), QStringLiteral("must be a date (YYYY-MM-DD)"));
    return {};
}

// The body map (visit body format 3): an outline and at least one mark, each with its place on
// the outline, size, colour, description and the day it was seen, so a signed mark is always a
// complete observation.
Expected<void, JsonError> checkBodyMap(const JsonValue &map, const QString &path)
{
    if (!map.isObject())
        return fail(path, QStringLiteral("must be an object with \"outline\" and \"marks\""));
    if (auto ok = requireWord(map, path, QStringLiteral("outline"), BodyMapWords::outlines()); !ok)
        return ok;
    const QString marksPath = JsonPath::child(path, QStringLiteral("marks"));
    const JsonValue *marks = map.find(u"marks");
    if (!marks || !marks->isArray() || marks->items().empty())
        return fail(marksPath, QStringLiteral("must be a list of at least one mark"));
    for (std::size_t i = 0; i < marks->items().size(); ++i) {
        const JsonValue &mark = marks->items().at(i);
        const QString markPath = marksPath + QStringLiteral("[%1]").arg(i);
        if (!mark.isObject())
            return fail(markPath, QStringLiteral("must be an object"));
        for (const auto &check :
            std::initializer_list<std::function<Expected<void, JsonError>()>> {
                [&] {
                    return requireWord(
                        mark, markPath, QStringLiteral("side"), BodyMapWords::sides());
                },
                [&] { return requireWhole(mark, markPath, QStringLiteral("x"), 0, BodyMarkScale); },
                [&] { return requireWhole(mark, markPath, QStringLiteral("y"), 0, BodyMarkScale); },
                [&] {
                    return requireWord(
                        mark, markPath, QStringLiteral("region"), BodyMapWords::regions());
                },
                [&] {
                    return requireWhole(mark, markPath, QStringLiteral("lengthMm"), 1, MaxMarkMm);
                },
                [&] {
                    return requireWhole(mark, markPath, QStringLiteral("widthMm"), 1, MaxMarkMm);
                },
                [&] {
                    return requireWord(
                        mark, markPath, QStringLiteral("colour"), BodyMapWords::colours());
                },
                [&] { return requireText(mark, markPath, QStringLiteral("description")); },
                [&] { return requireDate(mark, markPath, QStringLiteral("seenOn"), false); },
                [&] { return requireDate(mark, markPath, QStringLiteral("injuredOn"), true); } })
            if (auto ok = check(); !ok)
                return ok;
        const QString injured = mark[u"injuredOn"].toString();
        if (!injured.isEmpty() && injured > mark[u"seenOn"].toString())
            return fail(JsonPath::child(markPath, QStringLiteral("injuredOn")),
                QStringLiteral("must not be after the day it was seen"));
    }
    return {};
}

// A practitioner saw a pattern flag and says what they make of it. The evidence ids say exactly
// which records the acknowledgement covers, so new evidence can bring the flag back; the subject
// (which adult, which kind of concern) keeps it to that one flag of its rule.
Expected<void, JsonError> checkFlagAcknowledgement(const JsonValue &body)
{
    for (const QString &key :
        { QStringLiteral("child"), QStringLiteral("rule"), QStringLiteral("note") })
        if (auto ok = requireText(body, bodyPath, key); !ok)
            return ok;
    if (body.find(u"subject"))
        if (auto ok = requireText(body, bodyPath, QStringLiteral("subject")); !ok)
            return ok;
    const QString evidencePath = JsonPath::child(bodyPath, QStringLiteral("evidence"));
    const JsonValue *evidence = body.find(u"evidence");
    if (!evidence || !evidence->isArray() || evidence->items().empty())
        return fail(evidencePath, QStringLiteral("must be a list of at least one record id"));
    for (std::size_t i = 0; i < evidence->items().size(); ++i)
        if (!evidence->items().at(i).isString() || evidence->items().at(i).toString().isEmpty())
            return fail(evidencePath + QStringLiteral("[%1]").arg(i),
                QStringLiteral("must be a record id"));
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
        // from body format 2 the child's words are quotes wherever they appear, and from
        // format 3 a body map, when there is one, holds complete marks, and from format 4
        // photographs are bound by their hash (PhotoBody).
        if (auto ok
            = requireAll(body, bodyPath, { QStringLiteral("child"), QStringLiteral("visitId") });
            !ok)
            return ok;
        const JsonValue *format = body.find(u"format");
        if (format && !format->isInteger())
            return fail(JsonPath::child(bodyPath, QStringLiteral("format")),
                QStringLiteral("must be a whole number"));
        const qint64 version = format ? format->toInteger() : 1;
        if (version >= 2)
            if (auto ok = checkQuotes(body, bodyPath); !ok)
                return ok;
        // The answer to "anyone new in the home since the last visit?": bodies signed before
        // the question was asked have none; a body that has one says yes or no.
        if (const JsonValue *who = body.find(u"who"); who && who->isObject())
            if (const JsonValue *answer = who->find(u"newPeople");
                answer && answer->toString() != u"yes" && answer->toString() != u"no")
                return fail(JsonPath::child(JsonPath::child(bodyPath, QStringLiteral("who")),
                                QStringLiteral("newPeople")),
                    QStringLiteral("must be \"yes\" or \"no\""));
        const JsonValue *map = body.find(u"bodyMap");
        if (map && version < 3)
            return fail(JsonPath::child(bodyPath, QStringLiteral("bodyMap")),
                QStringLiteral("a body map needs body format 3"));
        if (map)
            if (auto ok = checkBodyMap(*map, JsonPath::child(bodyPath, QStringLiteral("bodyMap")));
                !ok)
                return ok;
        const JsonValue *photos = body.find(u"photos");
        if (photos && version < 4)
            return fail(JsonPath::child(bodyPath, QStringLiteral("photos")),
                QStringLiteral("photographs need body format 4"));
        if (photos) {
            const JsonValue *marks = map ? map->find(u"marks") : nullptr;
            const qsizetype markCount = marks ? qsizetype(marks->items().size()) : 0;
            return PhotoBody::check(
                *photos, JsonPath::child(bodyPath, QStringLiteral("photos")), markCount);
        }
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
    case RecordKind::ProfileChange:
        return ProfileBodyValidator::validate(body);
    case RecordKind::FlagAcknowledgement:
        return checkFlagAcknowledgement(body);
    case RecordKind::Concern:
        return ConcernBody::validate(body, bodyPath);
    case RecordKind::SupervisorReview:
        return SupervisionBody::validateReview(body, bodyPath);
    case RecordKind::Countersignature:
        return SupervisionBody::validateCountersignature(body, bodyPath);
    case RecordKind::ProfessionalDifference:
        return SupervisionBody::validateDifference(body, bodyPath);
    case RecordKind::ChildVoiceSession:
        return ChildVoiceBody::validate(body, bodyPath);
    case RecordKind::GoingMissing:
        return MissingBody::validateEpisode(body, bodyPath);
    case RecordKind::ReturnHomeInterview:
        return MissingBody::validateInterview(body, bodyPath);
    case RecordKind::LifeEvent:
        return LifeEventBody::validate(body, bodyPath);
    }
    return fail(bodyPath, QStringLiteral("unknown record kind"));
}

} // namespace hearth
