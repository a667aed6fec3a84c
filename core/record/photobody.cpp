#include "photobody.h"

#include "record/bodychecks.h"
#include "record/jsonpath.h"
#include "record/photohash.h"

#include <QDateTime>
#include <QSet>

namespace hearth::PhotoBody {

namespace {
using BodyChecks::fail;

bool wholeIn(const JsonValue *value, qint64 min, qint64 max)
{
    return value && value->isInteger() && value->toInteger() >= min && value->toInteger() <= max;
}

Expected<void, JsonError> checkOne(const JsonValue &photo, const QString &path, qsizetype marks)
{
    if (!photo.isObject())
        return fail(path, QStringLiteral("must be an object"));
    const JsonValue *hash = photo.find(u"hash");
    if (!hash || !hash->isString() || !PhotoHash::isHash(hash->toString()))
        return fail(JsonPath::child(path, QStringLiteral("hash")),
            QStringLiteral("must be a BLAKE2b-256 hash in lower-case hex"));
    if (!wholeIn(photo.find(u"bytes"), 1, PhotoHash::MaxBytes))
        return fail(JsonPath::child(path, QStringLiteral("bytes")),
            QStringLiteral("must be a whole number from 1 to %1").arg(PhotoHash::MaxBytes));
    const JsonValue *type = photo.find(u"mediaType");
    if (!type || type->toString() != PhotoHash::mediaType())
        return fail(JsonPath::child(path, QStringLiteral("mediaType")),
            QStringLiteral("must be \"image/jpeg\""));
    for (const QString &key : { QStringLiteral("width"), QStringLiteral("height") })
        if (!wholeIn(photo.find(key), 1, PhotoHash::MaxSide))
            return fail(JsonPath::child(path, key),
                QStringLiteral("must be a whole number from 1 to %1").arg(PhotoHash::MaxSide));
    const JsonValue *caption = photo.find(u"caption");
    if (!caption || !caption->isString())
        return fail(
            JsonPath::child(path, QStringLiteral("caption")), QStringLiteral("must be a string"));
    const JsonValue *taken = photo.find(u"takenUtc");
    if (!taken || !taken->isString()
        || !QDateTime::fromString(taken->toString(), Qt::ISODateWithMs).isValid())
        return fail(JsonPath::child(path, QStringLiteral("takenUtc")),
            QStringLiteral("must be an RFC 3339 time"));
    const JsonValue *mark = photo.find(u"mark");
    if (mark && !mark->isNull() && !wholeIn(mark, 1, marks))
        return fail(JsonPath::child(path, QStringLiteral("mark")),
            QStringLiteral("must be null or the number of a mark on the body map"));
    return {};
}
} // namespace

Expected<void, JsonError> check(const JsonValue &photos, const QString &path, qsizetype markCount)
{
    if (!photos.isArray())
        return fail(path, QStringLiteral("must be an array"));
    QSet<QString> seen;
    for (std::size_t i = 0; i < photos.items().size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (auto ok = checkOne(photos.items().at(i), itemPath, markCount); !ok)
            return ok;
        const QString hash = photos.items().at(i)[u"hash"].toString();
        if (seen.contains(hash))
            return fail(JsonPath::child(itemPath, QStringLiteral("hash")),
                QStringLiteral("the same photograph appears twice"));
        seen.insert(hash);
    }
    return {};
}

QStringList hashes(const JsonValue &body)
{
    QStringList out;
    const JsonValue *photos = body.find(u"photos");
    if (!photos || !photos->isArray())
        return out;
    for (const JsonValue &photo : photos->items())
        out.append(photo[u"hash"].toString());
    return out;
}

} // namespace hearth::PhotoBody
