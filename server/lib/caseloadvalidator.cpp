#include "caseloadvalidator.h"

#include "record/canonicaljson.h"

#include <QDate>

#include <algorithm>

namespace hearth::server {

namespace {
using CaseloadVocabulary::Field;
using CaseloadVocabulary::FieldType;

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

Expected<JsonValue, QString> oneOf(const QStringList &allowed, const JsonValue *value)
{
    if (!value || !value->isString() || !allowed.contains(value->toString()))
        return unexpected(
            QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    return *value;
}

// The value to store for one field, or a message saying what is wrong with it.
Expected<JsonValue, QString> check(const Field &field, const JsonValue *value)
{
    const bool missing = !value;
    switch (field.type) {
    case FieldType::Text:
        if (field.requiredFromAgency
            && (missing || !value->isString() || value->toString().trimmed().isEmpty()))
            return unexpected(QStringLiteral("is required and must be non-empty text"));
        if (missing)
            return JsonValue(QString());
        if (!value->isString())
            return unexpected(QStringLiteral("must be text"));
        if (value->toString().size() > CaseloadVocabulary::MaxTextLength)
            return unexpected(CaseloadVocabulary::tooLongMessage());
        return JsonValue(CanonicalJson::normalizeText(value->toString()));
    case FieldType::Date:
        if (missing || !value->isString() || !isDate(value->toString()))
            return unexpected(QStringLiteral("must be a date YYYY-MM-DD"));
        return *value;
    case FieldType::NullableDate:
        if (missing || value->isNull())
            return JsonValue(nullptr);
        if (!value->isString() || !isDate(value->toString()))
            return unexpected(QStringLiteral("must be a date YYYY-MM-DD or null"));
        return *value;
    case FieldType::Bool:
        if (missing || !value->isBool())
            return unexpected(QStringLiteral("must be true or false"));
        return *value;
    case FieldType::Sex:
        return oneOf(CaseloadVocabulary::sexes(), value);
    case FieldType::Role:
        return oneOf(CaseloadVocabulary::roles(), value);
    case FieldType::Source:
        if (missing || (value->isString() && value->toString() == u"agency"))
            return JsonValue(QStringLiteral("agency"));
        return unexpected(QStringLiteral("must be \"agency\" for imported data"));
    }
    return unexpected(QStringLiteral("unknown field type"));
}
} // namespace

std::optional<CaseloadKind> CaseloadValidator::kindFromName(QStringView name)
{
    return CaseloadVocabulary::kindFromName(name);
}

QString CaseloadValidator::kindName(CaseloadKind kind)
{
    return CaseloadVocabulary::kindName(kind);
}

Expected<CaseloadEntity, QString> CaseloadValidator::validate(
    CaseloadKind kind, const JsonValue &object)
{
    if (!object.isObject())
        return unexpected(QStringLiteral("each entry must be an object"));
    const QList<Field> &spec = CaseloadVocabulary::fields(kind);
    for (const JsonMember &member : object.members()) {
        if (std::none_of(
                spec.begin(), spec.end(), [&](const Field &f) { return member.key == f.name; }))
            return unexpected(QStringLiteral("unknown member \"%1\"").arg(member.key.left(60)));
    }
    CaseloadEntity entity;
    entity.kind = kind;
    entity.payload = JsonValue::object();
    for (const Field &field : spec) {
        auto value = check(field, object.find(field.name));
        if (!value)
            return unexpected(QStringLiteral("\"%1\" %2").arg(field.name, value.error()));
        entity.payload.insert(field.name, *value);
    }
    if (kind == CaseloadKind::Child && entity.payload[u"dateOfBirth"].isNull()
        && entity.payload[u"expectedDate"].isNull())
        return unexpected(
            QStringLiteral("a child needs \"dateOfBirth\", or \"expectedDate\" when not yet born"));
    entity.id = kind == CaseloadKind::Link
        ? entity.member(u"childId") + u'/' + entity.member(u"adultId")
        : entity.member(u"id");
    return entity;
}

JsonValue CaseloadValidator::fromCells(
    CaseloadKind kind, const QList<std::pair<QString, QString>> &cells)
{
    const QList<Field> &spec = CaseloadVocabulary::fields(kind);
    JsonValue object = JsonValue::object();
    for (const auto &cellPair : cells) {
        const QString &name = cellPair.first;
        const QString &cell = cellPair.second;
        const auto field = std::find_if(
            spec.begin(), spec.end(), [&name](const Field &f) { return name == f.name; });
        const FieldType type = field == spec.end() ? FieldType::Text : field->type;
        if (type == FieldType::Bool && (cell == u"true" || cell == u"false"))
            object.insert(name, cell == u"true");
        else if (type == FieldType::NullableDate && cell.isEmpty())
            object.insert(name, nullptr);
        else
            object.insert(name, cell);
    }
    return object;
}

} // namespace hearth::server
