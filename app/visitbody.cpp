#include "visitbody.h"

#include "model/visitjson.h"
#include "record/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace hearth::VisitBody {

Expected<JsonValue, QString> fromQt(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return JsonValue();
    case QJsonValue::Bool:
        return JsonValue(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::abs(number) > double(JsonValue::maxSafeInteger))
            return unexpected(QStringLiteral("not a whole number: %1").arg(number));
        return JsonValue(qint64(number));
    }
    case QJsonValue::String:
        return JsonValue(CanonicalJson::normalizeText(value.toString()));
    case QJsonValue::Array: {
        JsonValue array = JsonValue::array();
        for (const QJsonValue &item : value.toArray()) {
            auto converted = fromQt(item);
            if (!converted)
                return converted;
            array.append(std::move(converted.value()));
        }
        return array;
    }
    case QJsonValue::Object: {
        JsonValue object = JsonValue::object();
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            auto converted = fromQt(it.value());
            if (!converted)
                return unexpected(it.key() + QStringLiteral(": ") + converted.error());
            object.insert(CanonicalJson::normalizeText(it.key()), std::move(converted.value()));
        }
        return object;
    }
    }
    return JsonValue();
}

QJsonValue toQt(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonValue::Type::Bool:
        return value.toBool();
    case JsonValue::Type::Integer:
        return value.toInteger();
    case JsonValue::Type::String:
        return value.toString();
    case JsonValue::Type::Array: {
        QJsonArray array;
        for (const JsonValue &item : value.items())
            array.append(toQt(item));
        return array;
    }
    case JsonValue::Type::Object: {
        QJsonObject object;
        for (const JsonMember &member : value.members())
            object.insert(member.key, toQt(member.value));
        return object;
    }
    }
    return {};
}

Expected<JsonValue, QString> toBody(const Visit &visit)
{
    auto body = fromQt(VisitJson::toJson(visit));
    if (!body)
        return body;
    body->insert(QStringLiteral("child"), visit.start.childId);
    body->insert(QStringLiteral("visitId"), visit.id);
    return body;
}

Expected<Visit, QString> fromBody(const JsonValue &body)
{
    QJsonObject object = toQt(body).toObject();
    object.remove(QStringLiteral("child"));
    object.remove(QStringLiteral("visitId"));
    auto visit = VisitJson::fromJson(object);
    if (!visit)
        return unexpected(visit.error().toString());
    return std::move(visit.value());
}

std::optional<Envelope> parseEnvelope(const QByteArray &bytes)
{
    auto json = CanonicalJson::parse(bytes);
    if (!json)
        return std::nullopt;
    auto envelope = Envelope::fromJson(json.value());
    if (!envelope)
        return std::nullopt;
    return std::move(envelope.value());
}

} // namespace hearth::VisitBody
