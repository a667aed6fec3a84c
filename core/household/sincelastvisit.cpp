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
        return 3;
    case Kind::Cooperation:
        return 2;
    case Kind::Visit:
    case Kind::AgencySummary:
        return 1;
    case Kind::ChildsWords:
    case Kind::Amendment:
    case Kind::FlagAcknowledgement:
        return 0;
    }
    return 0;
}

const ChronologyEntry *lineFor(const Chronology &chronology, const QString &recordId)
{
    const ChronologyEntry *best = nullptr;
    for (const ChronologyEntry &entry : chronology.entries)
        if (entry.recordId == recordId && weight(entry.kind) > 0
            && (!best || weight(entry.kind) > weight(best->kind)))
            best = &entry;
    return best;
}
} // namespace

SinceLastVisit SinceLastVisit::judge(const CaseloadFlagInput &input, const QString &childId,
    const QString &author, const QDate &today)
{
    const QList<VerifiedRecord> records
        = CaseloadJudge::verified(input.envelopes, input.lookup, input.asOf);
    Chronology chronology = ChronologyBuilder::build(childId, records, input.summaries);
    chronology.childId = childId;
    const auto flags = CaseloadJudge::judge(
        records, input.children, input.summaries, input.rules, input.asOf, nullptr)
                           .value(childId);
    return from(chronology, flags, author, today);
}

SinceLastVisit SinceLastVisit::from(const Chronology &chronology, const QList<PatternFlag> &flags,
    const QString &author, const QDate &today)
{
    SinceLastVisit out;
    for (const ChronologyEntry &entry : chronology.entries) // newest first
        if (entry.kind == Kind::Visit && entry.author == author && entry.date < today) {
            out.lastVisit = entry.date;
            break;
        }
    const auto isNew
        = [&out](const QDate &date) { return !out.lastVisit || date > *out.lastVisit; };
    for (const PatternFlag &flag : flags) {
        // Acknowledged flags are known already unless acknowledged before new evidence arrived,
        // which brings them back open.
        if (flag.acknowledged || !isNew(flag.to))
            continue;
        Flag item { flag, {} };
        for (const QString &id : flag.evidence)
            if (const ChronologyEntry *line = lineFor(chronology, id))
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
