#include "supervisionflags.h"

#include "record/jsonparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace hearth::server {

qsizetype ChildFlags::openCount() const
{
    qsizetype open = 0;
    for (const PatternFlag &flag : flags)
        open += flag.acknowledged || flag.reviewed ? 0 : 1;
    return open;
}

const SupervisionFlags &SupervisionFlags::builtIn()
{
    static const SupervisionFlags pack = [] {
        QFile file(QStringLiteral(":/hearth/server/packs/england.json"));
        if (!file.open(QIODevice::ReadOnly))
            return SupervisionFlags();
        auto read = fromPack(file.readAll());
        if (!read) {
            std::fprintf(
                stderr, "hearth-server: built-in pack: %s\n", qUtf8Printable(read.error()));
            return SupervisionFlags();
        }
        return read.value();
    }();
    return pack;
}

Expected<SupervisionFlags, QString> SupervisionFlags::fromPack(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return unexpected(QStringLiteral("the pack is not JSON: ") + error.errorString());
    QStringList languages;
    for (const QJsonValue &language : root.value(QLatin1String("languages")).toArray())
        languages.append(language.toString());
    QStringList categories;
    for (const QJsonValue &category : root.value(QLatin1String("concernCategories")).toArray())
        categories.append(category.toObject().value(QLatin1String("id")).toString());
    if (languages.isEmpty())
        return unexpected(QStringLiteral("$.languages: the pack declares no languages"));
    auto rules
        = PatternRuleReader::read(root.value(QLatin1String("patterns")), languages, categories);
    if (!rules) {
        QStringList problems;
        for (const PatternRuleProblem &problem : rules.error())
            problems.append(problem.path + QStringLiteral(": ") + problem.message);
        return unexpected(problems.join(QStringLiteral("; ")));
    }
    SupervisionFlags out;
    out.m_rules = std::move(rules.value());
    const QHash<QString, LocalText> labels = PatternRuleReader::categoryLabels(root);
    for (PatternRule &rule : out.m_rules)
        rule.labels = labels;
    out.m_pack = { root.value(QLatin1String("id")).toString(),
        root.value(QLatin1String("version")).toString() };
    return out;
}

ChildFlags SupervisionFlags::evaluate(const QString &childId, const QJsonObject &caseloadEntry,
    const QList<ConsoleRecord> &records, const QDateTime &now) const
{
    // The server checked every chain as the records arrived (ingest refuses a break), so a
    // record's own signature is what is left to say about it here.
    QList<VerifiedRecord> verified;
    for (const ConsoleRecord &record : records) {
        auto json = JsonParser::parse(record.stored.envelope);
        if (!json)
            continue;
        auto envelope = Envelope::fromJson(*json);
        if (!envelope)
            continue;
        // As of now: a record dated after the clock is not yet evidence.
        if (QDateTime::fromString(envelope->created, Qt::ISODateWithMs) > now)
            continue;
        verified.append({ std::move(envelope.value()),
            record.signatureOk ? SignatureStatus::Verified : SignatureStatus::Unverified });
    }
    ChildFlags out;
    out.chronology = ChronologyBuilder::build(childId, verified, {});
    const QString birth = caseloadEntry.value(QLatin1String("dateOfBirth")).toString();
    const QDate dateOfBirth = QDate::fromString(birth, Qt::ISODate);
    const ProfileFacts facts = ProfileFacts::fromRecords(out.chronology,
        dateOfBirth.isValid() ? std::optional(dateOfBirth) : std::nullopt,
        caseloadEntry.value(QLatin1String("disability")).toString(), childId);
    out.flags = PatternEvaluator::evaluate(m_rules, out.chronology, facts, now);
    return out;
}

} // namespace hearth::server
