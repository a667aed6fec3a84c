#include "household/caseloadjudge.h"

#include "chronology/chronology.h"
#include "chronology/verifiedrecords.h"
#include "household/storedprofilefacts.h"
#include "model/caseloadrepository.h"
#include "vault/recordstore.h"

namespace hearth {

Expected<CaseloadFlagInput, QString> CaseloadFlagInput::read(const RecordStore &records,
    CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf)
{
    auto envelopes = records.envelopes();
    if (!envelopes)
        return unexpected(envelopes.error().message);
    auto children = caseload.children();
    if (!children)
        return unexpected(children.error().message);
    CaseloadFlagInput input;
    for (const Child &child : std::as_const(children.value())) {
        auto ofChild = caseload.visitSummaries(child.id);
        if (!ofChild)
            return unexpected(ofChild.error().message);
        input.summaries += ofChild.value();
    }
    input.envelopes = std::move(envelopes.value());
    input.lookup = RecordVerifier::singleDevice(records.deviceId(), records.publicKey());
    input.children = std::move(children.value());
    input.rules = std::move(rules);
    input.asOf = asOf;
    return input;
}

Expected<CaseloadFlagInput, QString> CaseloadFlagInput::readChild(const RecordStore &records,
    CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf,
    const QString &childId)
{
    auto envelopes = records.envelopes();
    if (!envelopes)
        return unexpected(envelopes.error().message);
    auto child = caseload.child(childId);
    if (!child)
        return unexpected(child.error().message);
    auto summaries = caseload.visitSummaries(childId);
    if (!summaries)
        return unexpected(summaries.error().message);
    CaseloadFlagInput input;
    input.envelopes = std::move(envelopes.value());
    input.lookup = RecordVerifier::singleDevice(records.deviceId(), records.publicKey());
    input.children = { std::move(child.value()) };
    input.summaries = std::move(summaries.value());
    input.rules = std::move(rules);
    input.asOf = asOf;
    return input;
}

namespace CaseloadJudge {

QList<VerifiedRecord> verified(const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup,
    const QDateTime &asOf, qsizetype *unreadable)
{
    VerifiedRecords all = VerifiedRecords::fromChain(envelopes, lookup);
    if (unreadable)
        *unreadable = all.unreadable;
    return VerifiedRecords::signedBy(std::move(all.records), asOf);
}

QList<Envelope> profileRecords(const QList<VerifiedRecord> &records)
{
    QList<Envelope> out;
    for (const VerifiedRecord &record : records)
        if (record.envelope.kind == RecordKind::ProfileChange)
            out.append(record.envelope);
    return out;
}

QHash<QString, QList<PatternFlag>> judge(const QList<VerifiedRecord> &records,
    const QList<Child> &children, const QList<VisitSummary> &summaries,
    const QList<PatternRule> &rules, const QDateTime &asOf, const ProfileFactsSource *facts)
{
    // The household profile records are among the records judged: their facts (a condition, a
    // baby not yet mobile, the adults' risks) count unless the caller brings its own source.
    std::optional<StoredProfileFacts> profiles;
    if (!facts) {
        profiles.emplace(profileRecords(records), asOf.date());
        facts = &*profiles;
    }
    const QHash<QString, Chronology> all = ChronologyBuilder::buildAll(records, summaries);
    QHash<QString, QList<PatternFlag>> out;
    for (const Child &child : children) {
        Chronology chronology = all.value(child.id);
        chronology.childId = child.id;
        ProfileFacts known
            = ProfileFacts::fromRecords(chronology, child.dateOfBirth, child.disability, child.id);
        facts->fill(child.id, known);
        QList<PatternFlag> flags = PatternEvaluator::evaluate(rules, chronology, known, asOf);
        if (!flags.isEmpty())
            out.insert(child.id, std::move(flags));
    }
    return out;
}

ChildFlagSummary summarise(const QList<PatternFlag> &flags)
{
    ChildFlagSummary summary;
    for (const PatternFlag &flag : flags) {
        if (flag.acknowledged) {
            ++summary.acknowledged;
            continue;
        }
        if (summary.open++ == 0) {
            summary.firstRule = flag.ruleId;
            summary.first = flag.says;
        }
    }
    return summary;
}

QHash<QString, ChildFlagSummary> summarise(const CaseloadFlagInput &input)
{
    const auto flags = judge(verified(input.envelopes, input.lookup, input.asOf), input.children,
        input.summaries, input.rules, input.asOf, nullptr);
    QHash<QString, ChildFlagSummary> out;
    out.reserve(flags.size());
    for (auto it = flags.cbegin(); it != flags.cend(); ++it)
        out.insert(it.key(), summarise(it.value()));
    return out;
}

} // namespace CaseloadJudge
} // namespace hearth
