#include "caseloadjson.h"

#include "protocol/caseloadvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace hearth {

namespace {
using Need = JsonReader::Need;
using CaseloadVocabulary::Kind;

// The server refuses agency text over the shared limit; the device refuses the same in a
// download and in what it stores itself, member by member from the shared field list.
void checkLimits(JsonReader &reader, const QJsonObject &object, Kind kind)
{
    for (const CaseloadVocabulary::Field &field : CaseloadVocabulary::fields(kind)) {
        if (field.type != CaseloadVocabulary::FieldType::Text)
            continue;
        const QJsonValue value = object.value(field.name);
        if (value.isString() && value.toString().size() > CaseloadVocabulary::MaxTextLength)
            reader.problemAt(field.name, CaseloadVocabulary::tooLongMessage());
    }
}

QString readId(JsonReader &reader, const QJsonObject &object, const QString &key)
{
    const QString id = reader.text(object, key);
    if (!id.isEmpty() && !JsonReader::isUuid(id))
        reader.problemAt(key, QStringLiteral("\"%1\" is not a UUID").arg(id));
    return id;
}

QString readOptionalId(JsonReader &reader, const QJsonObject &object, const QString &key)
{
    const QString id = reader.nullableText(object, key).value_or(QString());
    if (!id.isEmpty() && !JsonReader::isUuid(id))
        reader.problemAt(key, QStringLiteral("\"%1\" is not a UUID").arg(id));
    return id;
}

Source readSource(JsonReader &reader, const QJsonObject &object)
{
    return sourceFromName(
        reader.choice(object, QStringLiteral("source"), CaseloadVocabulary::sources()));
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const std::optional<QDate> &date)
{
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reads every element of `key` with `read`, checking that `idOf` is unique in the list.
template<typename T, typename Read, typename IdOf>
QList<T> readList(
    JsonReader &reader, const QJsonObject &root, const QString &key, Read read, IdOf idOf)
{
    QList<T> out;
    QSet<QString> seen;
    const QJsonArray items = reader.array(root, key);
    JsonReader::Scope list(reader, key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            reader.objectAt(items, i);
            continue;
        }
        const QJsonObject object = items.at(i).toObject();
        JsonReader::Scope element(reader, i);
        T entry = read(reader, object);
        const QString id = idOf(entry);
        if (!id.isEmpty() && seen.contains(id))
            reader.problem(reader.path(), QStringLiteral("\"%1\" appears twice").arg(id));
        seen.insert(id);
        out.append(std::move(entry));
    }
    return out;
}
} // namespace

QString Child::sexName(Sex sex)
{
    return CaseloadVocabulary::sexes().at(int(sex));
}

Child::Sex Child::sexFromName(const QString &name)
{
    const qsizetype index = CaseloadVocabulary::sexes().indexOf(name);
    return index < 0 ? Sex::NotRecorded : Sex(index);
}

const QStringList &AdultLink::roles()
{
    return CaseloadVocabulary::roles();
}

Household CaseloadJson::readHousehold(JsonReader &reader, const QJsonObject &object)
{
    checkLimits(reader, object, Kind::Household);
    Household household;
    household.id = readId(reader, object, QStringLiteral("id"));
    household.source = readSource(reader, object);
    household.address = reader.text(object, QStringLiteral("address"), Need::Optional);
    household.postcode = reader.text(object, QStringLiteral("postcode"), Need::Optional);
    household.notes = reader.text(object, QStringLiteral("notes"), Need::Optional);
    return household;
}

Child CaseloadJson::readChild(JsonReader &reader, const QJsonObject &object)
{
    checkLimits(reader, object, Kind::Child);
    Child child;
    child.id = readId(reader, object, QStringLiteral("id"));
    child.source = readSource(reader, object);
    child.householdId = readOptionalId(reader, object, QStringLiteral("householdId"));
    child.givenName = reader.text(object, QStringLiteral("givenName"), Need::Optional);
    child.familyName = reader.text(object, QStringLiteral("familyName"), Need::Optional);
    child.knownAs = reader.text(object, QStringLiteral("knownAs"), Need::Optional);
    if (child.givenName.trimmed().isEmpty() && child.familyName.trimmed().isEmpty()
        && child.knownAs.trimmed().isEmpty())
        reader.problemAt(QStringLiteral("givenName"),
            QStringLiteral("a child needs at least one name (givenName, familyName or knownAs)"));
    const QJsonValue birth = object.value(QStringLiteral("dateOfBirth"));
    if (birth.isUndefined())
        reader.problemAt(QStringLiteral("dateOfBirth"),
            QStringLiteral("is missing (a date, or null for an unborn child)"));
    child.dateOfBirth = reader.date(object, QStringLiteral("dateOfBirth"));
    child.expectedDate = reader.date(object, QStringLiteral("expectedDate"));
    if (birth.isNull() && !object.value(QStringLiteral("expectedDate")).isString())
        reader.problemAt(QStringLiteral("expectedDate"),
            QStringLiteral("an unborn child (dateOfBirth null) needs an expectedDate"));
    child.sex = Child::sexFromName(reader.choice(object, QStringLiteral("sex"),
        CaseloadVocabulary::sexes(), Need::Optional, QStringLiteral("not-recorded")));
    child.ethnicity = reader.text(object, QStringLiteral("ethnicity"), Need::Optional);
    child.firstLanguage = reader.text(object, QStringLiteral("firstLanguage"), Need::Optional);
    child.religion = reader.text(object, QStringLiteral("religion"), Need::Optional);
    child.communicationNeeds
        = reader.text(object, QStringLiteral("communicationNeeds"), Need::Optional);
    child.disability = reader.text(object, QStringLiteral("disability"), Need::Optional);
    child.nextContactDate = reader.date(object, QStringLiteral("nextContactDate"));
    return child;
}

Adult CaseloadJson::readAdult(JsonReader &reader, const QJsonObject &object)
{
    checkLimits(reader, object, Kind::Adult);
    Adult adult;
    adult.id = readId(reader, object, QStringLiteral("id"));
    adult.source = readSource(reader, object);
    adult.householdId = readOptionalId(reader, object, QStringLiteral("householdId"));
    adult.givenName = reader.text(object, QStringLiteral("givenName"), Need::Optional);
    adult.familyName = reader.text(object, QStringLiteral("familyName"), Need::Optional);
    if (adult.givenName.trimmed().isEmpty() && adult.familyName.trimmed().isEmpty())
        reader.problemAt(QStringLiteral("givenName"),
            QStringLiteral("an adult needs a name (givenName or familyName)"));
    adult.notes = reader.text(object, QStringLiteral("notes"), Need::Optional);
    return adult;
}

AdultLink CaseloadJson::readLink(JsonReader &reader, const QJsonObject &object)
{
    checkLimits(reader, object, Kind::Link);
    AdultLink link;
    link.childId = readId(reader, object, QStringLiteral("childId"));
    link.adultId = readId(reader, object, QStringLiteral("adultId"));
    link.role = reader.choice(object, QStringLiteral("role"), AdultLink::roles());
    link.relationship = reader.text(object, QStringLiteral("relationship"), Need::Optional);
    link.livesWithChild = reader.boolean(object, QStringLiteral("livesWithChild"));
    link.caresForChild = reader.boolean(object, QStringLiteral("caresForChild"));
    return link;
}

VisitSummary CaseloadJson::readVisitSummary(JsonReader &reader, const QJsonObject &object)
{
    checkLimits(reader, object, Kind::VisitSummary);
    VisitSummary summary;
    summary.id = readId(reader, object, QStringLiteral("id"));
    summary.childId = readId(reader, object, QStringLiteral("childId"));
    summary.date = reader.date(object, QStringLiteral("date"), Need::Required).value_or(QDate());
    summary.author = reader.text(object, QStringLiteral("author"), Need::Optional);
    summary.summary = reader.text(object, QStringLiteral("summary"), Need::Optional);
    return summary;
}

Expected<Caseload, ModelError> CaseloadJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unexpected(ModelError::invalid({ { QStringLiteral("$"),
            QStringLiteral("not valid JSON at byte %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()) } }));
    if (!document.isObject())
        return unexpected(
            ModelError::invalid({ { QStringLiteral("$"), QStringLiteral("must be an object") } }));

    const QJsonObject root = document.object();
    JsonReader reader;
    Caseload caseload;
    caseload.households
        = readList<Household>(reader, root, CaseloadVocabulary::kindName(Kind::Household),
            &CaseloadJson::readHousehold, [](const Household &h) { return h.id; });
    caseload.children = readList<Child>(reader, root, CaseloadVocabulary::kindName(Kind::Child),
        &CaseloadJson::readChild, [](const Child &c) { return c.id; });
    caseload.adults = readList<Adult>(reader, root, CaseloadVocabulary::kindName(Kind::Adult),
        &CaseloadJson::readAdult, [](const Adult &a) { return a.id; });
    caseload.links = readList<AdultLink>(reader, root, CaseloadVocabulary::kindName(Kind::Link),
        &CaseloadJson::readLink, [](const AdultLink &l) { return l.childId + l.adultId; });
    caseload.visitSummaries
        = readList<VisitSummary>(reader, root, CaseloadVocabulary::kindName(Kind::VisitSummary),
            &CaseloadJson::readVisitSummary, [](const VisitSummary &s) { return s.id; });
    if (!reader.ok())
        return unexpected(ModelError::invalid(reader.problems()));
    return caseload;
}

QJsonObject CaseloadJson::toJson(const Household &household)
{
    return { { QStringLiteral("id"), household.id },
        { QStringLiteral("source"), sourceName(household.source) },
        { QStringLiteral("address"), household.address },
        { QStringLiteral("postcode"), household.postcode },
        { QStringLiteral("notes"), household.notes } };
}

QJsonObject CaseloadJson::toJson(const Child &child)
{
    return { { QStringLiteral("id"), child.id },
        { QStringLiteral("source"), sourceName(child.source) },
        { QStringLiteral("householdId"), nullable(child.householdId) },
        { QStringLiteral("givenName"), child.givenName },
        { QStringLiteral("familyName"), child.familyName },
        { QStringLiteral("knownAs"), child.knownAs },
        { QStringLiteral("dateOfBirth"), nullable(child.dateOfBirth) },
        { QStringLiteral("expectedDate"), nullable(child.expectedDate) },
        { QStringLiteral("sex"), Child::sexName(child.sex) },
        { QStringLiteral("ethnicity"), child.ethnicity },
        { QStringLiteral("firstLanguage"), child.firstLanguage },
        { QStringLiteral("religion"), child.religion },
        { QStringLiteral("communicationNeeds"), child.communicationNeeds },
        { QStringLiteral("disability"), child.disability },
        { QStringLiteral("nextContactDate"), nullable(child.nextContactDate) } };
}

QJsonObject CaseloadJson::toJson(const Adult &adult)
{
    return { { QStringLiteral("id"), adult.id },
        { QStringLiteral("source"), sourceName(adult.source) },
        { QStringLiteral("householdId"), nullable(adult.householdId) },
        { QStringLiteral("givenName"), adult.givenName },
        { QStringLiteral("familyName"), adult.familyName },
        { QStringLiteral("notes"), adult.notes } };
}

QJsonObject CaseloadJson::toJson(const AdultLink &link)
{
    return { { QStringLiteral("childId"), link.childId },
        { QStringLiteral("adultId"), link.adultId }, { QStringLiteral("role"), link.role },
        { QStringLiteral("relationship"), link.relationship },
        { QStringLiteral("livesWithChild"), link.livesWithChild },
        { QStringLiteral("caresForChild"), link.caresForChild } };
}

QJsonObject CaseloadJson::toJson(const VisitSummary &summary)
{
    return { { QStringLiteral("id"), summary.id }, { QStringLiteral("childId"), summary.childId },
        { QStringLiteral("date"), summary.date.toString(Qt::ISODate) },
        { QStringLiteral("author"), summary.author },
        { QStringLiteral("summary"), summary.summary } };
}

QJsonObject CaseloadJson::toJson(const Caseload &caseload)
{
    auto list = [](const auto &items) {
        QJsonArray array;
        for (const auto &item : items)
            array.append(toJson(item));
        return array;
    };
    return { { CaseloadVocabulary::kindName(Kind::Household), list(caseload.households) },
        { CaseloadVocabulary::kindName(Kind::Child), list(caseload.children) },
        { CaseloadVocabulary::kindName(Kind::Adult), list(caseload.adults) },
        { CaseloadVocabulary::kindName(Kind::Link), list(caseload.links) },
        { CaseloadVocabulary::kindName(Kind::VisitSummary), list(caseload.visitSummaries) } };
}

} // namespace hearth
