#include "household/sincelastvisit.h"

namespace hearth {

namespace {
using Kind = ChronologyEntry::Kind;

// The line that says best what a record of evidence was: the entry the patterns read (a missed
// appointment, a concern, an injury, a co-operation level) before the visit it came with.
int weight(Kind kind)
{
    switch (kind) {
    case Kind::WasNotBrought:
    case Kind::Concern:
    case Kind::Injury:
    case Kind::LifeEvent:
    case Kind::GoingMissing:
        return 3;
    case Kind::Cooperation:
    case Kind::ExploitationContext:
        return 2;
    case Kind::Visit:
    case Kind::AgencySummary:
    case Kind::ReturnHomeInterview:
        return 1;
    case Kind::ChildsWords:
    case Kind::Amendment:
    case Kind::FlagAcknowledgement:
    case Kind::SupervisorReview:
    case Kind::Countersignature:
    case Kind::ProfessionalDifference:
    case Kind::ChildVoiceSession:
        return 0;
    }
    return 0;
}

std::optional<PatternRule::Check> checkOf(const QList<PatternRule> &rules, const QString &ruleId)
{
    for (const PatternRule &rule : rules)
        if (rule.id == ruleId)
            return rule.check;
    return std::nullopt;
}

// What a rule's check reads from each record: the line to show for it (a visit where the child
// was not seen, not the appointment missed on the same record).
std::optional<Kind> evidenceKind(const QList<PatternRule> &rules, const QString &ruleId)
{
    using Check = PatternRule::Check;
    for (const PatternRule &rule : rules) {
        if (rule.id != ruleId)
            continue;
        switch (rule.check) {
        case Check::WasNotBroughtRepeat:
        case Check::WasNotBroughtWithCondition:
            return Kind::WasNotBrought;
        case Check::NotSeenRunning:
        case Check::NoHealthContact:
        case Check::NewAdultNotSeen:
            return Kind::Visit;
        case Check::MissingRepeat:
        case Check::ReturnInterviewLate:
            return Kind::GoingMissing;
        case Check::CooperationFalling:
        case Check::HelpSeekingRepeat:
        case Check::CooperativeWhileMissing:
            return Kind::Cooperation;
        case Check::InjuryNotMobile:
            return Kind::Injury;
        case Check::Adversities:
        case Check::RepeatedConcern:
        case Check::SignificantNotShared:
            return Kind::Concern;
        case Check::LifeEventAfterConcern:
            return std::nullopt; // both the concerns and the event: the weights choose
        }
    }
    return std::nullopt;
}

const ChronologyEntry *lineFor(
    const Chronology &chronology, const QString &recordId, std::optional<Kind> wanted)
{
    const ChronologyEntry *best = nullptr;
    for (const ChronologyEntry &entry : chronology.entries) {
        if (entry.recordId != recordId || weight(entry.kind) == 0)
            continue;
        if (wanted && entry.kind == *wanted)
            return &entry;
        if (!best || weight(entry.kind) > weight(best->kind))
            best = &entry;
    }
    return best;
}
} // namespace

SinceLastVisit SinceLastVisit::judge(const CaseloadFlagInput &input, const QString &childId,
    const QString &author, const QDate &today)
{
    const QList<VerifiedRecord> records
        = CaseloadJudge::verified(input.envelopes, input.lookup, input.asOf);
    Chronology chronology
        = ChronologyBuilder::build(childId, records, input.summaries, input.supervision);
    chronology.childId = childId;
    const auto flags = CaseloadJudge::judge(records, input.children, input.summaries, input.rules,
        input.asOf, nullptr, input.supervision)
                           .value(childId);
    return from(chronology, flags, input.rules, author, today);
}

SinceLastVisit SinceLastVisit::from(const Chronology &chronology, const QList<PatternFlag> &flags,
    const QList<PatternRule> &rules, const QString &author, const QDate &today)
{
    SinceLastVisit out;
    for (const ChronologyEntry &entry : chronology.entries) // newest first
        if (entry.kind == Kind::Visit && entry.author == author && entry.date < today) {
            out.lastVisit = entry.date;
            break;
        }
    const auto isNew
        = [&out](const QDate &date) { return !out.lastVisit || date > *out.lastVisit; };
    for (const PatternFlag &flag : flags)
        if (checkOf(rules, flag.ruleId) == PatternRule::Check::NewAdultNotSeen)
            out.adultsToMeet.append({ flag.subject, flag.from });
    for (const PatternFlag &flag : flags) {
        // Acknowledged flags are known already unless acknowledged before new evidence arrived,
        // which brings them back open.
        if (flag.acknowledged || !isNew(flag.to))
            continue;
        Flag item { flag, {} };
        const std::optional<Kind> wanted = evidenceKind(rules, flag.ruleId);
        for (const QString &id : flag.evidence)
            if (const ChronologyEntry *line = lineFor(chronology, id, wanted))
                item.evidence.append(*line);
        out.flags.append(std::move(item));
    }
    for (const ChronologyEntry &entry : chronology.entries)
        if (entry.kind == Kind::AgencySummary && isNew(entry.date)) {
            if (out.agencySummaries.size() < MaxSummaries)
                out.agencySummaries.append(entry);
            else
                ++out.moreSummaries;
        }
    return out;
}

} // namespace hearth
