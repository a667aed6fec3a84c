#include "childvoicedraft.h"

#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "record/childcontributionbody.h"
#include "record/childvoicebody.h"
#include "record/jsonparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {
// Draft member names; the draft is the practitioner's own work in progress, never signed.
constexpr const char *TextMembers[] = { "id", "createdUtc", "packId", "packVersion", "childId",
    "newChildName", "newChildYearGroup", "place", "placeDetail", "notSeenAloneReason", "betterIf",
    "viewOfPlan", "practitionerWillDo", "childToldNext" };
constexpr const char *ListMembers[]
    = { "othersPresent", "worries", "goodThings", "dreams", "trusts" };

template<typename Draft> auto textFields(Draft &d)
{
    return std::array { &d.id, &d.createdUtc, &d.packId, &d.packVersion, &d.childId,
        &d.newChildName, &d.newChildYearGroup, &d.place, &d.placeDetail, &d.notSeenAloneReason,
        &d.betterIf, &d.viewOfPlan, &d.practitionerWillDo, &d.childToldNext };
}

template<typename Draft> auto listFields(Draft &d)
{
    return std::array { &d.othersPresent, &d.houses[0], &d.houses[1], &d.houses[2], &d.trusts };
}

// The practitioner's words: trimmed and normalised.
JsonValue text(const QString &value)
{
    return JsonValue(CanonicalJson::normalizeText(value.trimmed()));
}

// The child's words and answers: kept exactly as typed (only normalised), never trimmed.
JsonValue childsText(const QString &value)
{
    return JsonValue(CanonicalJson::normalizeText(value));
}

JsonValue textList(const QStringList &items, JsonValue (*convert)(const QString &))
{
    JsonValue list = JsonValue::array();
    for (const QString &item : items)
        if (!item.trimmed().isEmpty())
            list.append(convert(item));
    return list;
}

void insertIfTyped(JsonValue &body, const QString &key, const QString &value,
    JsonValue (*convert)(const QString &))
{
    if (!value.trimmed().isEmpty())
        body.insert(key, convert(value));
}

// What the validator's path means, for the practitioner: the first rule whose part of the path
// matches. Order matters ("where.detail" before "where", "notSeenAloneReason" before
// "seenAlone", "childsWords" and "childDetails" before "child").
struct Missing
{
    const char *path;
    bool endsWith;
    const char *words;
};
constexpr Missing MissingWords[] = {
    { "yearGroup", false, QT_TRANSLATE_NOOP("ChildVoiceDraft", "Write the child's school year.") },
    { "where.detail", true,
        QT_TRANSLATE_NOOP("ChildVoiceDraft", "Write where you saw the child.") },
    { "where", false, QT_TRANSLATE_NOOP("ChildVoiceDraft", "Choose where you saw the child.") },
    { "notSeenAloneReason", false,
        QT_TRANSLATE_NOOP("ChildVoiceDraft", "Write why the child was not seen alone.") },
    { "seenAlone", false,
        QT_TRANSLATE_NOOP("ChildVoiceDraft", "Say whether you saw the child alone.") },
    { "scales", false,
        QT_TRANSLATE_NOOP(
            "ChildVoiceDraft", "Give each scaling question its question and the child's number.") },
    { "childsWords", false,
        QT_TRANSLATE_NOOP(
            "ChildVoiceDraft", "Write down something of the child's: their words or an answer.") },
    { "practitionerWillDo", false,
        QT_TRANSLATE_NOOP(
            "ChildVoiceDraft", "Write what you will do with what the child told you.") },
    { "childToldNext", false,
        QT_TRANSLATE_NOOP("ChildVoiceDraft", "Write what you told the child will happen next.") },
    { "child", false, QT_TRANSLATE_NOOP("ChildVoiceDraft", "Choose the child.") },
};

QString missing(const QString &path)
{
    for (const Missing &rule : MissingWords) {
        const QLatin1String part(rule.path);
        if (rule.endsWith ? path.endsWith(part) : path.contains(part))
            return QCoreApplication::translate("ChildVoiceDraft", rule.words);
    }
    return QCoreApplication::translate(
        "ChildVoiceDraft", "Something in this session is not right.");
}

QJsonArray toJson(const QStringList &items)
{
    return QJsonArray::fromStringList(items);
}

std::optional<QStringList> stringsOf(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}
} // namespace

QByteArray ChildVoiceDraft::toBytes() const
{
    QJsonObject json;
    const auto texts = textFields(*this);
    for (std::size_t i = 0; i < texts.size(); ++i)
        json.insert(QLatin1String(TextMembers[i]), *texts[i]);
    const auto lists = listFields(*this);
    for (std::size_t i = 0; i < lists.size(); ++i)
        json.insert(QLatin1String(ListMembers[i]), toJson(*lists[i]));
    if (seenAlone)
        json.insert(QStringLiteral("seenAlone"), *seenAlone);
    QJsonArray quoteList;
    for (const Quote &quote : quotes)
        quoteList.append(QJsonObject { { QStringLiteral("text"), quote.text },
            { QStringLiteral("atUtc"), quote.atUtc },
            { QStringLiteral("context"), quote.context } });
    json.insert(QStringLiteral("quotes"), quoteList);
    QJsonArray scaleList;
    for (const Scale &scale : scales)
        scaleList.append(QJsonObject { { QStringLiteral("question"), scale.question },
            { QStringLiteral("number"), scale.number },
            { QStringLiteral("reason"), scale.reason } });
    json.insert(QStringLiteral("scales"), scaleList);
    // As canonical JSON text: QJsonValue would turn the drawing's integers into doubles.
    if (!childContribution.isNull())
        if (auto bytes = CanonicalJson::serialize(childContribution))
            json.insert(QStringLiteral("childContribution"), QString::fromUtf8(bytes.value()));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Expected<ChildVoiceDraft, QString> ChildVoiceDraft::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(QStringLiteral("the session draft is not a JSON object"));
    const QJsonObject json = document.object();
    ChildVoiceDraft draft;
    const auto texts = textFields(draft);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const QJsonValue value = json.value(QLatin1String(TextMembers[i]));
        if (!value.isUndefined() && !value.isString())
            return unexpected(QStringLiteral("the session draft's \"%1\" is not text")
                                  .arg(QLatin1String(TextMembers[i])));
        *texts[i] = value.toString();
    }
    const auto lists = listFields(draft);
    for (std::size_t i = 0; i < lists.size(); ++i) {
        auto items = stringsOf(json.value(QLatin1String(ListMembers[i])));
        if (!items)
            return unexpected(QStringLiteral("the session draft's \"%1\" is not a list of texts")
                                  .arg(QLatin1String(ListMembers[i])));
        *lists[i] = *items;
    }
    const QJsonValue alone = json.value(QStringLiteral("seenAlone"));
    if (alone.isBool())
        draft.seenAlone = alone.toBool();
    else if (!alone.isUndefined())
        return unexpected(QStringLiteral("the session draft's \"seenAlone\" is not true or false"));
    for (const QJsonValue &item : json.value(QStringLiteral("quotes")).toArray()) {
        const QJsonObject quote = item.toObject();
        draft.quotes.append({ quote.value(QStringLiteral("text")).toString(),
            quote.value(QStringLiteral("atUtc")).toString(),
            quote.value(QStringLiteral("context")).toString() });
    }
    for (const QJsonValue &item : json.value(QStringLiteral("scales")).toArray()) {
        const QJsonObject scale = item.toObject();
        draft.scales.append({ scale.value(QStringLiteral("question")).toString(),
            scale.value(QStringLiteral("number")).toInt(-1),
            scale.value(QStringLiteral("reason")).toString() });
    }
    const QJsonValue made = json.value(QStringLiteral("childContribution"));
    if (!made.isUndefined()) {
        auto contribution = JsonParser::parse(made.toString().toUtf8());
        if (!made.isString() || !contribution
            || !ChildContributionBody::validate(contribution.value(), QStringLiteral("$")))
            return unexpected(
                QStringLiteral("the session draft's \"childContribution\" is not what the child "
                               "made in child mode"));
        draft.childContribution = std::move(contribution.value());
    }
    if (draft.id.isEmpty())
        return unexpected(QStringLiteral("the session draft has no id"));
    return draft;
}

Expected<JsonValue, QString> ChildVoiceDraft::toBody() const
{
    JsonValue where = JsonValue::object({ { QStringLiteral("place"), text(place) } });
    insertIfTyped(where, QStringLiteral("detail"), placeDetail, text);
    JsonValue body
        = JsonValue::object({ { QStringLiteral("format"), JsonValue(ChildVoiceBody::Format) },
            { QStringLiteral("sessionId"), text(id) }, { QStringLiteral("where"), where },
            { QStringLiteral("othersPresent"), textList(othersPresent, text) },
            { QStringLiteral("practitionerWillDo"), text(practitionerWillDo) },
            { QStringLiteral("childToldNext"), text(childToldNext) } });
    if (!childId.isEmpty() || newChildName.trimmed().isEmpty())
        body.insert(QStringLiteral("child"), text(childId));
    else
        body.insert(QStringLiteral("childDetails"),
            JsonValue::object({ { QStringLiteral("name"), text(newChildName) },
                { QStringLiteral("yearGroup"), text(newChildYearGroup) } }));
    if (seenAlone)
        body.insert(QStringLiteral("seenAlone"), JsonValue(*seenAlone));
    if (seenAlone == false)
        body.insert(QStringLiteral("notSeenAloneReason"), text(notSeenAloneReason));
    JsonValue words = JsonValue::array();
    for (const Quote &quote : quotes) {
        if (quote.text.trimmed().isEmpty())
            continue;
        JsonValue said
            = JsonValue::object({ { QStringLiteral("by"), JsonValue(QStringLiteral("child")) },
                { QStringLiteral("quote"), childsText(quote.text) },
                { QStringLiteral("at"), JsonValue(quote.atUtc) } });
        insertIfTyped(said, QStringLiteral("context"), quote.context, text);
        words.append(std::move(said));
    }
    if (!words.items().empty())
        body.insert(QStringLiteral("childsWords"), std::move(words));
    JsonValue houses3 = JsonValue::object();
    bool anyHouse = false;
    for (std::size_t i = 0; i < houses.size(); ++i) {
        JsonValue items = textList(houses.at(i), childsText);
        anyHouse = anyHouse || !items.items().empty();
        houses3.insert(ChildVoiceBody::houses().at(qsizetype(i)), std::move(items));
    }
    if (anyHouse)
        body.insert(QStringLiteral("threeHouses"), std::move(houses3));
    JsonValue scaleList = JsonValue::array();
    for (const Scale &scale : scales) {
        if (scale.question.trimmed().isEmpty() && scale.number < 0 && scale.reason.isEmpty())
            continue; // a scale added and left blank
        JsonValue asked
            = JsonValue::object({ { QStringLiteral("question"), text(scale.question) } });
        if (scale.number >= 0)
            asked.insert(QStringLiteral("number"), JsonValue(scale.number));
        insertIfTyped(asked, QStringLiteral("reason"), scale.reason, childsText);
        scaleList.append(std::move(asked));
    }
    if (!scaleList.items().empty())
        body.insert(QStringLiteral("scales"), std::move(scaleList));
    JsonValue trusted = textList(trusts, childsText);
    if (!trusted.items().empty())
        body.insert(QStringLiteral("trusts"), std::move(trusted));
    insertIfTyped(body, QStringLiteral("betterIf"), betterIf, childsText);
    insertIfTyped(body, QStringLiteral("viewOfPlan"), viewOfPlan, childsText);
    if (!childContribution.isNull())
        body.insert(QStringLiteral("childContribution"), childContribution);
    if (auto ok = BodyValidator::validate(RecordKind::ChildVoiceSession, body); !ok)
        return unexpected(missing(ok.error().path));
    return body;
}

} // namespace hearth
