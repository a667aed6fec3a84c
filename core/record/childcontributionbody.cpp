#include "childcontributionbody.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"

namespace hearth::ChildContributionBody {

namespace {
using BodyChecks::fail;

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Only the members this format defines: anything else would be signed but never shown, and a
// drawing that cannot be shown is not the child's contribution as they saw it.
Expected<void, JsonError> onlyMembers(
    const JsonValue &object, const QString &path, const QStringList &allowed)
{
    for (const JsonMember &member : object.members())
        if (!allowed.contains(member.key))
            return fail(JsonPath::child(path, member.key),
                QStringLiteral("is not a member of the child's contribution (allowed: %1)")
                    .arg(allowed.join(QStringLiteral(", "))));
    return {};
}

Expected<void, JsonError> checkPoints(
    const JsonValue &points, const QString &path, qsizetype &totalPoints, qint64 &lastTime)
{
    if (!points.isArray() || points.size() == 0 || points.size() % 3 != 0)
        return fail(
            path, QStringLiteral("must be a non-empty array of x, y, milliseconds triples"));
    const qsizetype count = qsizetype(points.size() / 3);
    if (count > MaxPointsPerStroke)
        return fail(path, QStringLiteral("a stroke has at most %1 points").arg(MaxPointsPerStroke));
    totalPoints += count;
    if (totalPoints > MaxPoints)
        return fail(path, QStringLiteral("a drawing has at most %1 points").arg(MaxPoints));
    const auto &items = points.items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const JsonValue &value = items[i];
        const qint64 limit = i % 3 == 2 ? MaxTimeMs : CanvasSize;
        if (!value.isInteger() || value.toInteger() < 0 || value.toInteger() > limit)
            return fail(indexed(path, qsizetype(i)),
                i % 3 == 2 ? QStringLiteral("must be milliseconds from 0 to %1").arg(limit)
                           : QStringLiteral("must be a canvas coordinate from 0 to %1").arg(limit));
        // Time runs forwards through a stroke and from one stroke to the next, so a replay
        // shows the drawing in the order the child made it.
        if (i % 3 == 2) {
            if (value.toInteger() < lastTime)
                return fail(indexed(path, qsizetype(i)),
                    QStringLiteral("must not be earlier than the point before it"));
            lastTime = value.toInteger();
        }
    }
    return {};
}

Expected<void, JsonError> checkStrokes(const JsonValue &strokes, const QString &path)
{
    if (!strokes.isArray())
        return fail(path, QStringLiteral("must be an array of strokes"));
    if (strokes.size() > std::size_t(MaxStrokes))
        return fail(path, QStringLiteral("a drawing has at most %1 strokes").arg(MaxStrokes));
    qsizetype totalPoints = 0;
    qint64 lastTime = 0;
    for (std::size_t i = 0; i < strokes.size(); ++i) {
        const JsonValue &stroke = strokes.items()[i];
        const QString strokePath = indexed(path, qsizetype(i));
        if (!stroke.isObject())
            return fail(strokePath,
                QStringLiteral("must be an object with \"colour\", \"width\" and \"points\""));
        if (auto ok = onlyMembers(stroke, strokePath,
                { QStringLiteral("colour"), QStringLiteral("width"), QStringLiteral("points") });
            !ok)
            return ok;
        const JsonValue &colour = stroke[u"colour"];
        if (!colour.isString() || !colours().contains(colour.toString()))
            return fail(JsonPath::child(strokePath, QStringLiteral("colour")),
                QStringLiteral("must be one of: ") + colours().join(QStringLiteral(", ")));
        const JsonValue &width = stroke[u"width"];
        if (!width.isInteger() || !widths().contains(width.toInteger())) {
            QStringList allowed;
            for (qint64 w : widths())
                allowed << QString::number(w);
            return fail(JsonPath::child(strokePath, QStringLiteral("width")),
                QStringLiteral("must be one of: ") + allowed.join(QStringLiteral(", ")));
        }
        if (auto ok = checkPoints(stroke[u"points"],
                JsonPath::child(strokePath, QStringLiteral("points")), totalPoints, lastTime);
            !ok)
            return ok;
    }
    return {};
}

Expected<void, JsonError> checkHouseItem(const JsonValue &item, const QString &path)
{
    if (!item.isObject() || item.size() != 1)
        return fail(path, QStringLiteral("must be {\"picture\": id} or {\"words\": text}"));
    if (const JsonValue *picture = item.find(u"picture")) {
        if (!picture->isString() || !pictures().contains(picture->toString()))
            return fail(JsonPath::child(path, QStringLiteral("picture")),
                QStringLiteral("must be one of: ") + pictures().join(QStringLiteral(", ")));
        return {};
    }
    const JsonValue *words = item.find(u"words");
    if (!words)
        return fail(path, QStringLiteral("must be {\"picture\": id} or {\"words\": text}"));
    const QString wordsPath = JsonPath::child(path, QStringLiteral("words"));
    if (!words->isString() || words->toString().trimmed().isEmpty())
        return fail(wordsPath, QStringLiteral("must be the child's words, not empty"));
    if (words->toString().size() > MaxWordsLength)
        return fail(wordsPath, QStringLiteral("must be at most %1 characters").arg(MaxWordsLength));
    return {};
}

Expected<void, JsonError> checkHouses(const JsonValue &houses, const QString &path)
{
    if (!houses.isObject())
        return fail(path, QStringLiteral("must be an object with the three houses"));
    if (auto ok = onlyMembers(houses, path, ChildContributionBody::houses()); !ok)
        return ok;
    for (const QString &house : ChildContributionBody::houses()) {
        const QString housePath = JsonPath::child(path, house);
        const JsonValue *items = houses.find(house);
        if (!items || !items->isArray())
            return fail(
                housePath, QStringLiteral("must be an array (empty when nothing is in it)"));
        if (items->size() > std::size_t(MaxItemsPerHouse))
            return fail(
                housePath, QStringLiteral("a house holds at most %1 things").arg(MaxItemsPerHouse));
        for (std::size_t i = 0; i < items->size(); ++i)
            if (auto ok = checkHouseItem(items->items()[i], indexed(housePath, qsizetype(i))); !ok)
                return ok;
    }
    return {};
}

Expected<void, JsonError> checkScales(const JsonValue &answers, const QString &path)
{
    if (!answers.isArray())
        return fail(path, QStringLiteral("must be an array of {\"scale\", \"value\"} answers"));
    QStringList seen;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const JsonValue &answer = answers.items()[i];
        const QString answerPath = indexed(path, qsizetype(i));
        if (!answer.isObject() || answer.size() != 2)
            return fail(answerPath, QStringLiteral("must be {\"scale\": id, \"value\": 0 to 10}"));
        const JsonValue &scale = answer[u"scale"];
        const QString scalePath = JsonPath::child(answerPath, QStringLiteral("scale"));
        if (!scale.isString() || !scales().contains(scale.toString()))
            return fail(scalePath, QStringLiteral("must be one of: ") + scales().join(u", "));
        if (seen.contains(scale.toString()))
            return fail(scalePath, QStringLiteral("each scale is answered at most once"));
        seen << scale.toString();
        const JsonValue &value = answer[u"value"];
        if (!value.isInteger() || value.toInteger() < 0 || value.toInteger() > ScaleMax)
            return fail(JsonPath::child(answerPath, QStringLiteral("value")),
                QStringLiteral("must be a whole number from 0 to %1").arg(ScaleMax));
    }
    return {};
}
} // namespace

Expected<void, JsonError> validate(const JsonValue &contribution, const QString &path)
{
    if (!contribution.isObject())
        return fail(path, QStringLiteral("must be an object"));
    if (auto ok = onlyMembers(contribution, path,
            { QStringLiteral("format"), QStringLiteral("strokes"), QStringLiteral("houses"),
                QStringLiteral("scales"), QStringLiteral("readAloud") });
        !ok)
        return ok;
    const JsonValue *format = contribution.find(u"format");
    if (!format || !format->isInteger() || format->toInteger() != Format)
        return fail(JsonPath::child(path, QStringLiteral("format")),
            QStringLiteral("must be %1 (the contribution format this version reads)").arg(Format));
    if (auto ok
        = checkStrokes(contribution[u"strokes"], JsonPath::child(path, QStringLiteral("strokes")));
        !ok)
        return ok;
    if (auto ok
        = checkHouses(contribution[u"houses"], JsonPath::child(path, QStringLiteral("houses")));
        !ok)
        return ok;
    if (auto ok
        = checkScales(contribution[u"scales"], JsonPath::child(path, QStringLiteral("scales")));
        !ok)
        return ok;
    if (!contribution[u"readAloud"].isBool())
        return fail(JsonPath::child(path, QStringLiteral("readAloud")),
            QStringLiteral("must be true or false"));
    return {};
}

} // namespace hearth::ChildContributionBody
