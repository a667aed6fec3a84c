#include "household/caseloadjudge.h"

#include "chronology/chronology.h"
#include "chronology/verifiedrecords.h"
#include "household/storedprofilefacts.h"
#include "model/caseloadrepository.h"
#include "vault/recordstore.h"

#include <utility>

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
    input.supervision = VerifiedRecords::signedBy(std::move(supervision.value()), asOf);
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
    input.supervision = VerifiedRecords::signedBy(std::move(supervision.value()), asOf);
    input.envelopes = std::move(envelopes.value());
    input.lookup = RecordVerifier::singleDevice(records.deviceId(), records.publicKey());
    input.children = { std::move(child.value()) };
    input.summaries = std::move(summaries.value());
    input.rules = std::move(rules);
    input.asOf = asOf;
    return input;
}

namespace {
// Records are judged in groups of children holding about this many records: the judge's memory
// is then that of one group's parsed records and chronologies, however many the tablet holds.
constexpr qsizetype GroupRecords = 1000;

struct Indexed
{
    qsizetype at; // in CaseloadFlagInput::envelopes
    SignatureStatus status;
};

// Each child's records, as positions in the input and what verifying them said: every
// signature and the whole chain are checked once, in order, keeping no parsed record.
QHash<QString, QList<Indexed>> indexByChild(const CaseloadFlagInput &input)
{
    QHash<QString, QList<Indexed>> byChild;
    QHash<QString, QString> childOfRecord;
    QList<QPair<Indexed, QString>> amendments; // and the record each amends
    const SignedAfter after(input.asOf);
    VerifiedRecords chain;
    for (qsizetype at = 0; at < input.envelopes.size(); ++at) {
        chain.extend({ input.envelopes.at(at) }, input.lookup);
        if (chain.records.isEmpty())
            continue; // not an envelope at all
        const VerifiedRecord record = chain.records.takeLast();
        if (after(record.envelope))
            continue;
        const Indexed indexed { at, record.status };
        if (record.envelope.kind == RecordKind::Amendment) {
            amendments.append({ indexed, record.envelope.body[u"amends"].toString() });
            continue;
        }
        const QStringList children = ChronologyBuilder::childrenOf(record.envelope);
        if (children.isEmpty())
            continue;
        for (const QString &child : children)
            byChild[child].append(indexed);
        childOfRecord.insert(record.envelope.id, children.constFirst());
    }
    // After the child's own records, as ChronologyBuilder groups them.
    for (const auto &[indexed, amends] : std::as_const(amendments))
        if (const QString child = childOfRecord.value(amends); !child.isEmpty())
            byChild[child].append(indexed);
    return byChild;
}
} // namespace

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
    const QHash<QString, QList<Indexed>> byChild = indexByChild(input);
    QHash<QString, QList<VisitSummary>> summariesOf;
    for (const VisitSummary &summary : input.summaries)
        summariesOf[summary.childId].append(summary);
    QHash<QString, QList<VerifiedRecord>> supervisionOf;
    for (const VerifiedRecord &record : input.supervision)
        supervisionOf[ChronologyBuilder::childOf(record.envelope)].append(record);

    QHash<QString, ChildFlagSummary> out;
    QList<Child> children;
    QList<Indexed> indexed;
    QHash<qsizetype, bool> inGroup; // a life event touching two children of a group is judged once
    const auto judgeGroup = [&] {
        // Parsed again without checking signatures: their status came from the one pass above.
        QList<VerifiedRecord> records;
        records.reserve(indexed.size());
        for (const Indexed &record : std::as_const(indexed))
            if (auto envelope = VerifiedRecords::parse(input.envelopes.at(record.at)))
                records.append({ std::move(*envelope), record.status });
        QList<VisitSummary> summaries;
        QList<VerifiedRecord> supervision;
        for (const Child &child : std::as_const(children)) {
            summaries += summariesOf.value(child.id);
            supervision += supervisionOf.value(child.id);
        }
        const auto flags
            = judge(records, children, summaries, input.rules, input.asOf, nullptr, supervision);
        for (auto it = flags.cbegin(); it != flags.cend(); ++it)
            out.insert(it.key(), summarise(it.value()));
        children.clear();
        indexed.clear();
        inGroup.clear();
    };
    for (const Child &child : input.children) {
        children.append(child);
        for (const Indexed &record : byChild.value(child.id))
            if (!std::exchange(inGroup[record.at], true))
                indexed.append(record);
        if (indexed.size() >= GroupRecords)
            judgeGroup();
    }
    if (!children.isEmpty())
        judgeGroup();
    return out;
}

} // namespace CaseloadJudge
} // namespace hearth
