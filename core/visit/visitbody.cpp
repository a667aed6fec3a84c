#include "visitbody.h"

#include "model/visitjson.h"
#include "record/canonicaljson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace hearth::VisitBody {

namespace {
const QString Quote = QStringLiteral("quote");
const QString By = QStringLiteral("by");
const QString Child = QStringLiteral("child");
const QString ChildsWords = QStringLiteral("childsWords");
const QString Format = QStringLiteral("format");

// Applies `change` to every lived-experience answer of a visit's JSON.
QJsonObject withAnswers(QJsonObject visit, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject lived = visit.value(QStringLiteral("lived")).toObject();
    QJsonObject answers = lived.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        QJsonObject answer = it.value().toObject();
        change(answer);
        it.value() = answer;
    }
    lived.insert(QStringLiteral("answers"), answers);
    visit.insert(QStringLiteral("lived"), lived);
    return visit;
}
} // namespace

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
    // Words the child did not say are left out, not written as an empty quote.
    QJsonObject json = withAnswers(VisitJson::toJson(visit), [](QJsonObject &answer) {
        const QString words = answer.value(ChildsWords).toString();
        if (words.isEmpty())
            answer.remove(ChildsWords);
        else
            answer.insert(ChildsWords, QJsonObject { { Quote, words }, { By, Child } });
    });
    json.insert(Format, FormatVersion);
    if (visit.bodyMap.marks.isEmpty())
        json.remove(QStringLiteral("bodyMap"));
    if (visit.photos.isEmpty())
        json.remove(QStringLiteral("photos"));
    // Not answered is left out, as in the bodies signed before the question was asked.
    if (visit.who.newPeople.isEmpty()) {
        QJsonObject who = json.value(QStringLiteral("who")).toObject();
        who.remove(QStringLiteral("newPeople"));
        json.insert(QStringLiteral("who"), who);
    }
    auto body = fromQt(json);
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
    const qint64 format = object.value(Format).toInteger();
    if (format < 1 || format > FormatVersion)
        return unexpected(QStringLiteral("format: not a visit body this version can read"));
    if (format >= 2) {
        bool quotesOk = true;
        object = withAnswers(object, [&quotesOk](QJsonObject &answer) {
            const QJsonValue words = answer.value(ChildsWords);
            if (words.isUndefined())
                return;
            const QJsonObject quote = words.toObject();
            quotesOk = quotesOk && quote.value(Quote).isString() && quote.value(By) == Child;
            answer.insert(ChildsWords, quote.value(Quote).toString());
        });
        if (!quotesOk)
            return unexpected(QStringLiteral("lived.answers: the child's words must be quotes"));
    }
    object.insert(Format, Visit::FormatVersion);
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
