#include "supervisionflags.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <utility>

#include <sodium.h>

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
    if (!root.value(QLatin1String("id")).isString()
        || root.value(QLatin1String("id")).toString().isEmpty())
        return unexpected(QStringLiteral("$.id: the pack has no id"));
    if (!root.value(QLatin1String("version")).isString()
        || root.value(QLatin1String("version")).toString().isEmpty())
        return unexpected(QStringLiteral("$.version: the pack has no version"));
    if (languages.isEmpty())
        return unexpected(QStringLiteral("$.languages: the pack declares no languages"));
    if (!root.value(QLatin1String("patterns")).isObject())
        return unexpected(
            QStringLiteral("$.patterns: the pack has no pattern rules to judge with"));
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

namespace {
// Building a chronology from thousands of records is most of the cost of judging them, and it
// depends only on which records went in and whether each verified, not on the clock (the
// evaluator applies `now`). So each child's last chronology is kept with a BLAKE2b digest of
// exactly that, and built again only when the digest differs: a new record, a supervisor's
// record, a signature that no longer verifies, or a future-dated record coming due.
class ChronologyMemo
{
public:
    Chronology get(const QString &childId, const QList<const ConsoleRecord *> &records)
    {
        crypto_generichash_state state;
        crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
        for (const ConsoleRecord *record : records) {
            const QByteArray part = record->stored.device.toUtf8() + '/'
                + record->stored.id.toUtf8() + '/' + QByteArray::number(record->stored.seq)
                + (record->signatureOk ? "/1\n" : "/0\n");
            crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(part.data()),
                std::size_t(part.size()));
        }
        QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
        crypto_generichash_final(
            &state, reinterpret_cast<unsigned char *>(digest.data()), std::size_t(digest.size()));
        {
            const QMutexLocker locker(&m_mutex);
            if (const auto found = m_kept.constFind(childId);
                found != m_kept.cend() && found->first == digest)
                return found->second;
        }
        QList<VerifiedRecord> verified;
        verified.reserve(records.size());
        for (const ConsoleRecord *record : records)
            verified.append({ *record->envelope,
                record->signatureOk ? SignatureStatus::Verified : SignatureStatus::Unverified });
        Chronology built = ChronologyBuilder::build(childId, verified, {});
        const QMutexLocker locker(&m_mutex);
        // Bounded: past the limit one child's chronology goes, to be built again when viewed.
        if (!m_kept.contains(childId) && m_kept.size() >= capacity)
            m_kept.erase(m_kept.begin());
        m_kept.insert(childId, { digest, built });
        return built;
    }

private:
    static constexpr qsizetype capacity = 64;
    QMutex m_mutex;
    QHash<QString, std::pair<QByteArray, Chronology>> m_kept;
};
} // namespace

ChildFlags SupervisionFlags::evaluate(const QString &childId, const QJsonObject &caseloadEntry,
    const QList<ConsoleRecord> &records, const QDateTime &now) const
{
    // The server checked every chain as the records arrived (ingest refuses a break), so a
    // record's own signature is what is left to say about it here.
    QList<const ConsoleRecord *> included;
    included.reserve(records.size());
    for (const ConsoleRecord &record : records) {
        // Parsed once when the record was first read (ChildRecordCache), not on every view.
        if (!record.envelope)
            continue;
        // As of now: a record dated after the clock is not yet evidence.
        if (QDateTime::fromString(record.created, Qt::ISODateWithMs) > now)
            continue;
        included.append(&record);
    }
    static ChronologyMemo memo;
    ChildFlags out;
    out.chronology = memo.get(childId, included);
    const QString birth = caseloadEntry.value(QLatin1String("dateOfBirth")).toString();
    const QDate dateOfBirth = QDate::fromString(birth, Qt::ISODate);
    const ProfileFacts facts = ProfileFacts::fromRecords(out.chronology,
        dateOfBirth.isValid() ? std::optional(dateOfBirth) : std::nullopt,
        caseloadEntry.value(QLatin1String("disability")).toString(), childId);
    out.flags = PatternEvaluator::evaluate(m_rules, out.chronology, facts, now);
    return out;
}

} // namespace hearth::server
