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
    auto supervision = caseload.supervisionRecords();
    if (!supervision)
        return unexpected(supervision.error().message);
    input.supervision = CaseloadJudge::signedBy(std::move(supervision.value()), asOf);
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
    auto supervision = caseload.supervisionRecords(childId);
    if (!supervision)
        return unexpected(supervision.error().message);
    CaseloadFlagInput input;
    input.supervision = CaseloadJudge::signedBy(std::move(supervision.value()), asOf);
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
    QList<VerifiedRecord> out;
    out.reserve(all.records.size());
    for (VerifiedRecord &record : all.records)
        if (QDateTime::fromString(record.envelope.created, Qt::ISODateWithMs) <= asOf)
            out.append(std::move(record));
    if (unreadable)
        *unreadable = all.unreadable;
    return out;
}

QList<VerifiedRecord> signedBy(QList<VerifiedRecord> records, const QDateTime &asOf)
{
    records.removeIf([&asOf](const VerifiedRecord &record) {
        return QDateTime::fromString(record.envelope.created, Qt::ISODateWithMs) > asOf;
    });
    return records;
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
    const QList<PatternRule> &rules, const QDateTime &asOf, const ProfileFactsSource *facts,
    const QList<VerifiedRecord> &supervision)
{
    // The household profile records are among the records judged: their facts (a condition, a
    // baby not yet mobile, the adults' risks) count unless the caller brings its own source.
    std::optional<StoredProfileFacts> profiles;
    if (!facts) {
        profiles.emplace(profileRecords(records), asOf.date());
        facts = &*profiles;
    }
    const QHash<QString, Chronology> all
        = ChronologyBuilder::buildAll(records, summaries, supervision);
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
        input.summaries, input.rules, input.asOf, nullptr, input.supervision);
    QHash<QString, ChildFlagSummary> out;
    out.reserve(flags.size());
    for (auto it = flags.cbegin(); it != flags.cend(); ++it)
        out.insert(it.key(), summarise(it.value()));
    return out;
}

} // namespace CaseloadJudge
} // namespace hearth
