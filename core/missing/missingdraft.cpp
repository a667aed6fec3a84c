#include "missingdraft.h"

#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "record/missingbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {
constexpr const char *TextMembers[] = { "id", "createdUtc", "childId", "missingFrom", "returned",
    "policeReference", "whereFound", "whoWith", "howReturned", "harmNoticed", "childsWords" };

QString *member(MissingDraft &draft, QLatin1String key)
{
    QString *fields[] = { &draft.id, &draft.createdUtc, &draft.childId, &draft.missingFrom,
        &draft.returned, &draft.policeReference, &draft.whereFound, &draft.whoWith,
        &draft.howReturned, &draft.harmNoticed, &draft.childsWords };
    for (std::size_t i = 0; i < std::size(TextMembers); ++i)
        if (key == QLatin1String(TextMembers[i]))
            return fields[i];
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("MissingDraft", text);
}

// The validator's path as the field on the page to fix, and what to do about it.
MissingDraft::Refusal refusal(const QString &path)
{
    if (auto shared = YoungPersonText::refusal(path))
        return *shared;
    const struct
    {
        const char *member;
        const char *message;
    } rules[] = {
        { "child", QT_TRANSLATE_NOOP("MissingDraft", "Choose the young person.") },
        { "missingFrom",
            QT_TRANSLATE_NOOP("MissingDraft", "Say when they were last seen or found missing.") },
        { "returned",
            QT_TRANSLATE_NOOP("MissingDraft",
                "Say when they came back or were found, not before they went missing.") },
        { "reportedToPolice",
            QT_TRANSLATE_NOOP("MissingDraft", "Say whether they were reported to the police.") },
        { "policeReference", QT_TRANSLATE_NOOP("MissingDraft", "Write the police reference.") },
        { "whereFound",
            QT_TRANSLATE_NOOP("MissingDraft", "Write where they were found or came back from.") },
        { "whoWith",
            QT_TRANSLATE_NOOP(
                "MissingDraft", "Write who they were with (“not known” is an answer).") },
        { "howReturned", QT_TRANSLATE_NOOP("MissingDraft", "Write how they came back.") },
        { "harmNoticed", QT_TRANSLATE_NOOP("MissingDraft", "Write the harm you noticed.") },
    };
    for (const auto &rule : rules)
        if (path.contains(QLatin1String(rule.member)))
            return { QLatin1String(rule.member), translated(rule.message) };
    return { QString(),
        QCoreApplication::translate("MissingDraft", "Something in this episode is not right.") };
}
} // namespace

QByteArray MissingDraft::toBytes() const
{
    QJsonObject json;
    MissingDraft copy = *this;
    for (const char *key : TextMembers)
        json.insert(QLatin1String(key), *member(copy, QLatin1String(key)));
    if (reportedToPolice)
        json.insert(QStringLiteral("reportedToPolice"), *reportedToPolice);
    json.insert(QStringLiteral("indicators"), YoungPersonText::indicatorsToJson(indicators));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Expected<MissingDraft, QString> MissingDraft::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(QStringLiteral("the episode draft is not a JSON object"));
    const QJsonObject json = document.object();
    MissingDraft draft;
    for (const char *key : TextMembers) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return unexpected(
                QStringLiteral("the episode draft's \"%1\" is not text").arg(QLatin1String(key)));
        *member(draft, QLatin1String(key)) = value.toString();
    }
    const QJsonValue police = json.value(QStringLiteral("reportedToPolice"));
    if (police.isBool())
        draft.reportedToPolice = police.toBool();
    else if (!police.isUndefined())
        return unexpected(QStringLiteral("the episode draft's \"reportedToPolice\" is not true "
                                         "or false"));
    draft.indicators
        = YoungPersonText::indicatorsFromJson(json.value(QStringLiteral("indicators")).toArray());
    if (draft.id.isEmpty())
        return unexpected(QStringLiteral("the episode draft has no id"));
    return draft;
}

JsonValue MissingDraft::body() const
{
    JsonValue body
        = JsonValue::object({ { QStringLiteral("format"), JsonValue(MissingBody::Format) },
            { QStringLiteral("child"), YoungPersonText::adultText(childId) },
            { QStringLiteral("missingFrom"), JsonValue(missingFrom) },
            { QStringLiteral("returned"), JsonValue(returned) },
            { QStringLiteral("whereFound"), YoungPersonText::adultText(whereFound) },
            { QStringLiteral("whoWith"), YoungPersonText::adultText(whoWith) },
            { QStringLiteral("howReturned"), YoungPersonText::adultText(howReturned) } });
    if (reportedToPolice)
        body.insert(QStringLiteral("reportedToPolice"), JsonValue(*reportedToPolice));
    if (reportedToPolice.value_or(false) || !policeReference.trimmed().isEmpty())
        body.insert(QStringLiteral("policeReference"), YoungPersonText::adultText(policeReference));
    if (!harmNoticed.trimmed().isEmpty())
        body.insert(QStringLiteral("harmNoticed"), YoungPersonText::adultText(harmNoticed));
    YoungPersonText::addWordsAndContext(body, childsWords, indicators);
    return body;
}

Expected<JsonValue, MissingDraft::Refusal> MissingDraft::toBody() const
{
    JsonValue signable = body();
    if (auto ok = BodyValidator::validate(RecordKind::GoingMissing, signable); !ok)
        return unexpected(refusal(ok.error().path));
    return signable;
}

} // namespace hearth
