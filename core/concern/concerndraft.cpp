#include "concerndraft.h"

#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "record/concernbody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {
// Draft member names; the draft is the practitioner's own work in progress, never signed.
constexpr const char *TextMembers[] = { "id", "createdUtc", "packId", "packVersion", "childId",
    "newChildName", "newChildYearGroup", "seen", "childsWords", "category", "nextStep", "action",
    "actionDetail", "toldWho", "toldUtc", "sharingBasis" };

QString *member(ConcernDraft &draft, QLatin1String key)
{
    QString *fields[] = { &draft.id, &draft.createdUtc, &draft.packId, &draft.packVersion,
        &draft.childId, &draft.newChildName, &draft.newChildYearGroup, &draft.seen,
        &draft.childsWords, &draft.category, &draft.nextStep, &draft.action, &draft.actionDetail,
        &draft.toldWho, &draft.toldUtc, &draft.sharingBasis };
    for (std::size_t i = 0; i < std::size(TextMembers); ++i)
        if (key == QLatin1String(TextMembers[i]))
            return fields[i];
    return nullptr;
}

JsonValue text(const QString &value)
{
    return JsonValue(CanonicalJson::normalizeText(value.trimmed()));
}

// What the validator's path means, for the practitioner.
QString missing(const QString &path)
{
    if (path.contains(QLatin1String("seen")))
        return QCoreApplication::translate("ConcernDraft", "Write what you saw or heard.");
    if (path.contains(QLatin1String("category")))
        return QCoreApplication::translate("ConcernDraft", "Choose what the concern is about.");
    if (path.contains(QLatin1String("immediateSafety")))
        return QCoreApplication::translate(
            "ConcernDraft", "Say whether the child is in immediate danger.");
    if (path.contains(QLatin1String("nextStep")))
        return QCoreApplication::translate(
            "ConcernDraft", "The child may be in immediate danger: write the next step.");
    if (path.contains(QLatin1String("actionDetail")))
        return QCoreApplication::translate("ConcernDraft", "Write what else you did.");
    if (path.contains(QLatin1String("action")))
        return QCoreApplication::translate("ConcernDraft", "Choose what you did.");
    if (path.endsWith(QLatin1String("when")))
        return QCoreApplication::translate("ConcernDraft", "Say when you told them.");
    if (path.contains(QLatin1String("told")))
        return QCoreApplication::translate("ConcernDraft", "Write who you told.");
    if (path.contains(QLatin1String("sharingBasis")))
        return QCoreApplication::translate(
            "ConcernDraft", "Choose on what basis the information was shared.");
    if (path.contains(QLatin1String("yearGroup")))
        return QCoreApplication::translate("ConcernDraft", "Write the child's school year.");
    if (path.contains(QLatin1String("child")))
        return QCoreApplication::translate("ConcernDraft", "Choose the child.");
    return QCoreApplication::translate("ConcernDraft", "Something in this concern is not right.");
}
} // namespace

QByteArray ConcernDraft::toBytes() const
{
    QJsonObject json;
    ConcernDraft copy = *this;
    for (const char *key : TextMembers)
        json.insert(QLatin1String(key), *member(copy, QLatin1String(key)));
    if (immediateSafety)
        json.insert(QStringLiteral("immediateSafety"), *immediateSafety);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Expected<ConcernDraft, QString> ConcernDraft::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(QStringLiteral("the concern draft is not a JSON object"));
    const QJsonObject json = document.object();
    ConcernDraft draft;
    for (const char *key : TextMembers) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return unexpected(
                QStringLiteral("the concern draft's \"%1\" is not text").arg(QLatin1String(key)));
        *member(draft, QLatin1String(key)) = value.toString();
    }
    const QJsonValue safety = json.value(QStringLiteral("immediateSafety"));
    if (safety.isBool())
        draft.immediateSafety = safety.toBool();
    else if (!safety.isUndefined())
        return unexpected(QStringLiteral("the concern draft's \"immediateSafety\" is not true or "
                                         "false"));
    if (draft.id.isEmpty())
        return unexpected(QStringLiteral("the concern draft has no id"));
    return draft;
}

Expected<JsonValue, QString> ConcernDraft::toBody() const
{
    JsonValue body
        = JsonValue::object({ { QStringLiteral("format"), JsonValue(ConcernBody::Format) },
            { QStringLiteral("concernId"), text(id) }, { QStringLiteral("seen"), text(seen) },
            { QStringLiteral("category"), text(category) },
            { QStringLiteral("action"), text(action) } });
    if (!childId.isEmpty() || newChildName.trimmed().isEmpty())
        body.insert(QStringLiteral("child"), text(childId));
    else
        body.insert(QStringLiteral("childDetails"),
            JsonValue::object({ { QStringLiteral("name"), text(newChildName) },
                { QStringLiteral("yearGroup"), text(newChildYearGroup) } }));
    // Kept exactly as typed (only normalised), never trimmed or nudged: they are the child's.
    if (!childsWords.trimmed().isEmpty())
        body.insert(QStringLiteral("childsWords"),
            JsonValue::object({ { QStringLiteral("by"), JsonValue(QStringLiteral("child")) },
                { QStringLiteral("quote"),
                    JsonValue(CanonicalJson::normalizeText(childsWords)) } }));
    if (immediateSafety)
        body.insert(QStringLiteral("immediateSafety"), JsonValue(*immediateSafety));
    if (immediateSafety.value_or(false) || !nextStep.trimmed().isEmpty())
        body.insert(QStringLiteral("nextStep"), text(nextStep));
    if (action == QLatin1String("other"))
        body.insert(QStringLiteral("actionDetail"), text(actionDetail));
    if (ConcernBody::actionTellsSomeone(action) || !toldWho.trimmed().isEmpty())
        body.insert(QStringLiteral("told"),
            JsonValue::object({ { QStringLiteral("who"), text(toldWho) },
                { QStringLiteral("when"), JsonValue(toldUtc) } }));
    if (body.contains(u"told"))
        body.insert(QStringLiteral("sharingBasis"), text(sharingBasis));
    if (auto ok = BodyValidator::validate(RecordKind::Concern, body); !ok)
        return unexpected(missing(ok.error().path));
    return body;
}

} // namespace hearth
