#include "interviewdraft.h"

#include "record/bodyvalidator.h"
#include "record/missingbody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {
// The draft's text members by their name in the autosave.
QList<QPair<QLatin1String, QString InterviewDraft::*>> textMembers()
{
    return { { QLatin1String("id"), &InterviewDraft::id },
        { QLatin1String("createdUtc"), &InterviewDraft::createdUtc },
        { QLatin1String("childId"), &InterviewDraft::childId },
        { QLatin1String("episodeId"), &InterviewDraft::episodeId },
        { QLatin1String("status"), &InterviewDraft::status },
        { QLatin1String("offeredAt"), &InterviewDraft::offeredAt },
        { QLatin1String("heldAt"), &InterviewDraft::heldAt },
        { QLatin1String("byRole"), &InterviewDraft::byRole },
        { QLatin1String("byAgency"), &InterviewDraft::byAgency },
        { QLatin1String("reason"), &InterviewDraft::reason },
        { QLatin1String("childsWords"), &InterviewDraft::childsWords },
        { QLatin1String("actions"), &InterviewDraft::actions } };
}

// The validator's path as the field on the page to fix, and what to do about it. Checked in
// this order because a path names its parents too ($.body.by.role).
InterviewDraft::Refusal refusal(const QString &path)
{
    if (auto shared = YoungPersonText::refusal(path))
        return *shared;
    const struct
    {
        const char *member;
        const char *field;
        const char *message;
    } rules[] = {
        { "episode", "episode",
            QT_TRANSLATE_NOOP("InterviewDraft", "Choose the episode the interview follows.") },
        { "status", "status",
            QT_TRANSLATE_NOOP(
                "InterviewDraft", "Say whether the interview was done, declined or not offered.") },
        { "offeredAt", "offeredAt",
            QT_TRANSLATE_NOOP("InterviewDraft", "Say when the interview was offered.") },
        { "heldAt", "heldAt",
            QT_TRANSLATE_NOOP(
                "InterviewDraft", "Say when the interview was held, not before it was offered.") },
        { "independent", "independent",
            QT_TRANSLATE_NOOP("InterviewDraft",
                "Say whether the person who offered it is independent of the young person's "
                "case.") },
        { "role", "byRole",
            QT_TRANSLATE_NOOP("InterviewDraft", "Write the role of the person who offered it.") },
        { "agency", "byAgency",
            QT_TRANSLATE_NOOP("InterviewDraft", "Write which agency they work for.") },
        { "reason", "reason",
            QT_TRANSLATE_NOOP("InterviewDraft", "Write why the interview was not offered.") },
        { "actions", "actions",
            QT_TRANSLATE_NOOP("InterviewDraft", "Write what the adults will do now.") },
        { "child", "child", QT_TRANSLATE_NOOP("InterviewDraft", "Choose the young person.") },
    };
    for (const auto &rule : rules)
        if (path.contains(QLatin1String(rule.member)))
            return { QLatin1String(rule.field),
                QCoreApplication::translate("InterviewDraft", rule.message) };
    return { QString(),
        QCoreApplication::translate(
            "InterviewDraft", "Something in this interview is not right.") };
}
} // namespace

QByteArray InterviewDraft::toBytes() const
{
    QJsonObject json;
    for (const auto &[key, member] : textMembers())
        json.insert(key, this->*member);
    if (independent)
        json.insert(QStringLiteral("independent"), *independent);
    json.insert(QStringLiteral("indicators"), YoungPersonText::indicatorsToJson(indicators));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Expected<InterviewDraft, QString> InterviewDraft::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(QStringLiteral("the interview draft is not a JSON object"));
    const QJsonObject json = document.object();
    InterviewDraft draft;
    for (const auto &[key, member] : textMembers()) {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isString())
            return unexpected(QStringLiteral("the interview draft's \"%1\" is not text").arg(key));
        draft.*member = value.toString();
    }
    const QJsonValue independent = json.value(QStringLiteral("independent"));
    if (independent.isBool())
        draft.independent = independent.toBool();
    else if (!independent.isUndefined())
        return unexpected(QStringLiteral("the interview draft's \"independent\" is not true or "
                                         "false"));
    draft.indicators
        = YoungPersonText::indicatorsFromJson(json.value(QStringLiteral("indicators")).toArray());
    if (draft.id.isEmpty())
        return unexpected(QStringLiteral("the interview draft has no id"));
    return draft;
}

JsonValue InterviewDraft::body() const
{
    using YoungPersonText::adultText;
    JsonValue body
        = JsonValue::object({ { QStringLiteral("format"), JsonValue(MissingBody::Format) },
            { QStringLiteral("child"), adultText(childId) },
            { QStringLiteral("episode"), JsonValue(episodeId) },
            { QStringLiteral("status"), JsonValue(status) },
            { QStringLiteral("actions"), adultText(actions) } });
    const bool offered = status == u"done" || status == u"declined";
    if (offered) {
        body.insert(QStringLiteral("offeredAt"), JsonValue(offeredAt));
        JsonValue by = JsonValue::object({ { QStringLiteral("role"), adultText(byRole) },
            { QStringLiteral("agency"), adultText(byAgency) } });
        if (independent)
            by.insert(QStringLiteral("independent"), JsonValue(*independent));
        body.insert(QStringLiteral("by"), std::move(by));
    }
    if (status == u"done")
        body.insert(QStringLiteral("heldAt"), JsonValue(heldAt));
    // Required when it was not offered; a young person who declined owes no reason.
    if (status == u"not-offered" || (offered && !reason.trimmed().isEmpty()))
        body.insert(QStringLiteral("reason"), adultText(reason));
    YoungPersonText::addWordsAndContext(body, childsWords, indicators);
    return body;
}

Expected<JsonValue, InterviewDraft::Refusal> InterviewDraft::toBody() const
{
    JsonValue signable = body();
    if (auto ok = BodyValidator::validate(RecordKind::ReturnHomeInterview, signable); !ok)
        return unexpected(refusal(ok.error().path));
    return signable;
}

} // namespace hearth
