#include "caseloadvocabulary.h"

namespace hearth::CaseloadVocabulary {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Household:
        return QStringLiteral("households");
    case Kind::Child:
        return QStringLiteral("children");
    case Kind::Adult:
        return QStringLiteral("adults");
    case Kind::Link:
        return QStringLiteral("links");
    case Kind::VisitSummary:
        return QStringLiteral("visitSummaries");
    }
    return {};
}

std::optional<Kind> kindFromName(QStringView name)
{
    for (Kind kind : Kinds) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

const QList<Field> &fields(Kind kind)
{
    using T = FieldType;
    constexpr bool Required = true;
    static const QList<Field> household { { QStringLiteral("id"), T::Text, Required },
        { QStringLiteral("source"), T::Source }, { QStringLiteral("address"), T::Text, Required },
        { QStringLiteral("postcode"), T::Text }, { QStringLiteral("notes"), T::Text } };
    static const QList<Field> child {
        { QStringLiteral("id"), T::Text, Required },
        { QStringLiteral("source"), T::Source },
        { QStringLiteral("householdId"), T::Text, Required },
        { QStringLiteral("givenName"), T::Text, Required },
        { QStringLiteral("familyName"), T::Text, Required },
        { QStringLiteral("knownAs"), T::Text },
        { QStringLiteral("dateOfBirth"), T::NullableDate },
        { QStringLiteral("expectedDate"), T::NullableDate },
        { QStringLiteral("sex"), T::Sex },
        { QStringLiteral("ethnicity"), T::Text },
        { QStringLiteral("firstLanguage"), T::Text },
        { QStringLiteral("religion"), T::Text },
        { QStringLiteral("communicationNeeds"), T::Text },
        { QStringLiteral("disability"), T::Text },
        { QStringLiteral("nextContactDate"), T::NullableDate },
    };
    static const QList<Field> adult { { QStringLiteral("id"), T::Text, Required },
        { QStringLiteral("source"), T::Source },
        { QStringLiteral("householdId"), T::Text, Required },
        { QStringLiteral("givenName"), T::Text, Required },
        { QStringLiteral("familyName"), T::Text, Required }, { QStringLiteral("notes"), T::Text } };
    static const QList<Field> link { { QStringLiteral("childId"), T::Text, Required },
        { QStringLiteral("adultId"), T::Text, Required }, { QStringLiteral("role"), T::Role },
        { QStringLiteral("relationship"), T::Text }, { QStringLiteral("livesWithChild"), T::Bool },
        { QStringLiteral("caresForChild"), T::Bool } };
    static const QList<Field> summary { { QStringLiteral("id"), T::Text, Required },
        { QStringLiteral("childId"), T::Text, Required }, { QStringLiteral("date"), T::Date },
        { QStringLiteral("author"), T::Text, Required },
        { QStringLiteral("summary"), T::Text, Required } };
    switch (kind) {
    case Kind::Household:
        return household;
    case Kind::Child:
        return child;
    case Kind::Adult:
        return adult;
    case Kind::Link:
        return link;
    case Kind::VisitSummary:
        return summary;
    }
    return household;
}

QString tooLongMessage()
{
    return QStringLiteral("is longer than %1 characters").arg(MaxTextLength);
}

const QStringList &roles()
{
    static const QStringList names { QStringLiteral("mother"), QStringLiteral("father"),
        QStringLiteral("partner"), QStringLiteral("father-figure"), QStringLiteral("step-parent"),
        QStringLiteral("grandparent"), QStringLiteral("carer"), QStringLiteral("sibling"),
        QStringLiteral("visitor"), QStringLiteral("other") };
    return names;
}

const QStringList &sexes()
{
    static const QStringList names { QStringLiteral("female"), QStringLiteral("male"),
        QStringLiteral("not-known"), QStringLiteral("not-recorded") };
    return names;
}

const QStringList &sources()
{
    static const QStringList names { QStringLiteral("agency"), QStringLiteral("device") };
    return names;
}

} // namespace hearth::CaseloadVocabulary
