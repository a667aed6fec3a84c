#include "caseloadvalidator.h"

#include "record/canonicaljson.h"

#include <QDate>

#include <algorithm>
#include <vector>

namespace hearth::server {

namespace {
enum class FieldType
{
    RequiredText,
    Text,
    Date,
    NullableDate,
    Bool,
    Sex,
    Role,
    Source
};

struct Field
{
    const char16_t *name;
    FieldType type;
};

const std::vector<Field> &fields(CaseloadKind kind)
{
    using T = FieldType;
    static const std::vector<Field> household { { u"id", T::RequiredText },
        { u"source", T::Source }, { u"address", T::RequiredText }, { u"postcode", T::Text },
        { u"notes", T::Text } };
    static const std::vector<Field> child {
        { u"id", T::RequiredText },
        { u"source", T::Source },
        { u"householdId", T::RequiredText },
        { u"givenName", T::RequiredText },
        { u"familyName", T::RequiredText },
        { u"knownAs", T::Text },
        { u"dateOfBirth", T::NullableDate },
        { u"expectedDate", T::NullableDate },
        { u"sex", T::Sex },
        { u"ethnicity", T::Text },
        { u"firstLanguage", T::Text },
        { u"religion", T::Text },
        { u"communicationNeeds", T::Text },
        { u"disability", T::Text },
    };
    static const std::vector<Field> adult { { u"id", T::RequiredText }, { u"source", T::Source },
        { u"householdId", T::RequiredText }, { u"givenName", T::RequiredText },
        { u"familyName", T::RequiredText }, { u"notes", T::Text } };
    static const std::vector<Field> link { { u"childId", T::RequiredText },
        { u"adultId", T::RequiredText }, { u"role", T::Role }, { u"relationship", T::Text },
        { u"livesWithChild", T::Bool }, { u"caresForChild", T::Bool } };
    static const std::vector<Field> summary { { u"id", T::RequiredText },
        { u"childId", T::RequiredText }, { u"date", T::Date }, { u"author", T::RequiredText },
        { u"summary", T::RequiredText } };
    switch (kind) {
    case CaseloadKind::Household:
        return household;
    case CaseloadKind::Child:
        return child;
    case CaseloadKind::Adult:
        return adult;
    case CaseloadKind::Link:
        return link;
    case CaseloadKind::VisitSummary:
        return summary;
    }
    return household;
}

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

const QStringList sexes { QStringLiteral("female"), QStringLiteral("male"),
    QStringLiteral("not-known"), QStringLiteral("not-recorded") };
const QStringList roles { QStringLiteral("mother"), QStringLiteral("father"),
    QStringLiteral("partner"), QStringLiteral("father-figure"), QStringLiteral("step-parent"),
    QStringLiteral("grandparent"), QStringLiteral("carer"), QStringLiteral("sibling"),
    QStringLiteral("visitor"), QStringLiteral("other") };

// The value to store for one field, or a message saying what is wrong with it.
Expected<JsonValue, QString> check(const Field &field, const JsonValue *value)
{
    const bool missing = !value;
    switch (field.type) {
    case FieldType::Text:
        if (missing)
            return JsonValue(QString());
        if (!value->isString())
            return unexpected(QStringLiteral("must be text"));
        if (value->toString().size() > 10000)
            return unexpected(QStringLiteral("is longer than 10000 characters"));
        return JsonValue(CanonicalJson::normalizeText(value->toString()));
    case FieldType::RequiredText:
        if (missing || !value->isString() || value->toString().trimmed().isEmpty())
            return unexpected(QStringLiteral("is required and must be non-empty text"));
        if (value->toString().size() > 10000)
            return unexpected(QStringLiteral("is longer than 10000 characters"));
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
        if (missing || !value->isString() || !sexes.contains(value->toString()))
            return unexpected(
                QStringLiteral("must be one of %1").arg(sexes.join(QStringLiteral(", "))));
        return *value;
    case FieldType::Role:
        if (missing || !value->isString() || !roles.contains(value->toString()))
            return unexpected(
                QStringLiteral("must be one of %1").arg(roles.join(QStringLiteral(", "))));
        return *value;
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
    for (CaseloadKind kind : { CaseloadKind::Household, CaseloadKind::Child, CaseloadKind::Adult,
             CaseloadKind::Link, CaseloadKind::VisitSummary }) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString CaseloadValidator::kindName(CaseloadKind kind)
{
    switch (kind) {
    case CaseloadKind::Household:
        return QStringLiteral("households");
    case CaseloadKind::Child:
        return QStringLiteral("children");
    case CaseloadKind::Adult:
        return QStringLiteral("adults");
    case CaseloadKind::Link:
        return QStringLiteral("links");
    case CaseloadKind::VisitSummary:
        return QStringLiteral("visitSummaries");
    }
    return {};
}

Expected<CaseloadEntity, QString> CaseloadValidator::validate(
    CaseloadKind kind, const JsonValue &object)
{
    if (!object.isObject())
        return unexpected(QStringLiteral("each entry must be an object"));
    const std::vector<Field> &spec = fields(kind);
    for (const JsonMember &member : object.members()) {
        if (std::none_of(spec.begin(), spec.end(),
                [&](const Field &f) { return member.key == QStringView(f.name); }))
            return unexpected(QStringLiteral("unknown member \"%1\"").arg(member.key.left(60)));
    }
    CaseloadEntity entity;
    entity.kind = kind;
    entity.payload = JsonValue::object();
    for (const Field &field : spec) {
        const QString name = QString::fromUtf16(field.name);
        auto value = check(field, object.find(name));
        if (!value)
            return unexpected(QStringLiteral("\"%1\" %2").arg(name, value.error()));
        entity.payload.insert(name, *value);
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
    const std::vector<Field> &spec = fields(kind);
    JsonValue object = JsonValue::object();
    for (const auto &cellPair : cells) {
        const QString &name = cellPair.first;
        const QString &cell = cellPair.second;
        const auto field = std::find_if(spec.begin(), spec.end(),
            [&name](const Field &f) { return name == QStringView(f.name); });
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
