#include "youngpersontext.h"

#include "record/canonicaljson.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace hearth::YoungPersonText {

QJsonArray indicatorsToJson(const QList<ExploitationIndicator> &indicators)
{
    QJsonArray list;
    for (const ExploitationIndicator &entry : indicators)
        list.append(QJsonObject { { QStringLiteral("indicator"), entry.indicator },
            { QStringLiteral("observed"), entry.observed },
            { QStringLiteral("source"), entry.source } });
    return list;
}

QList<ExploitationIndicator> indicatorsFromJson(const QJsonArray &list)
{
    QList<ExploitationIndicator> out;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        out.append({ entry.value(QStringLiteral("indicator")).toString(),
            entry.value(QStringLiteral("observed")).toString(),
            entry.value(QStringLiteral("source")).toString() });
    }
    return out;
}

JsonValue adultText(const QString &value)
{
    return JsonValue(CanonicalJson::normalizeText(value.trimmed()));
}

void addWordsAndContext(
    JsonValue &body, const QString &childsWords, const QList<ExploitationIndicator> &indicators)
{
    if (!childsWords.trimmed().isEmpty())
        body.insert(QStringLiteral("childsWords"),
            JsonValue::object({ { QStringLiteral("by"), JsonValue(QStringLiteral("child")) },
                { QStringLiteral("quote"),
                    JsonValue(CanonicalJson::normalizeText(childsWords)) } }));
    if (indicators.isEmpty())
        return;
    JsonValue list = JsonValue::array();
    for (const ExploitationIndicator &entry : indicators)
        list.append(JsonValue::object({ { QStringLiteral("indicator"), JsonValue(entry.indicator) },
            { QStringLiteral("observed"), adultText(entry.observed) },
            { QStringLiteral("source"), adultText(entry.source) } }));
    body.insert(QStringLiteral("exploitationContext"), std::move(list));
}

std::optional<YoungPersonRefusal> refusal(const QString &path)
{
    // The words are the episode's: an interview says the same things about the same young
    // person, so it shares them (and their Welsh).
    static const QRegularExpression item(QStringLiteral("exploitationContext\\[(\\d+)\\]"));
    if (const auto match = item.match(path); match.hasMatch()) {
        const QString index = match.captured(1);
        if (path.endsWith(QLatin1String("source")))
            return YoungPersonRefusal { QStringLiteral("indicator:%1:source").arg(index),
                QCoreApplication::translate(
                    "MissingDraft", "Write who told you about it, or where it was seen.") };
        return YoungPersonRefusal { QStringLiteral("indicator:%1:observed").arg(index),
            QCoreApplication::translate(
                "MissingDraft", "Write what an adult saw or was told, concretely.") };
    }
    if (path.contains(QLatin1String("childsWords")))
        return YoungPersonRefusal { QStringLiteral("childsWords"),
            QCoreApplication::translate("MissingDraft", "Write the young person's words.") };
    return std::nullopt;
}

} // namespace hearth::YoungPersonText
