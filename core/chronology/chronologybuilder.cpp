#include "chronology/chronologyparts.h"

#include <algorithm>

namespace hearth {

namespace {
using namespace ChronologyParts;

// Objects merge member by member; anything else is replaced, as an amendment means it.
void overlay(JsonValue &body, const JsonValue &changes)
{
    if (!body.isObject() || !changes.isObject()) {
        body = changes;
        return;
    }
    for (const JsonMember &member : changes.members()) {
        JsonValue merged = body[member.key];
        overlay(merged, member.value);
        body.insert(member.key, std::move(merged));
    }
}

void entriesOf(const VerifiedRecord &record, const QList<const VerifiedRecord *> &amendments,
    Chronology &chronology)
{
    // Only an amended record needs its own copy of the body to lay the changes over.
    JsonValue amended;
    QString amendedBy;
    if (!amendments.isEmpty()) {
        amended = record.envelope.body;
        for (const VerifiedRecord *amendment : amendments) {
            overlay(amended, amendment->envelope.body[u"changes"]);
            amendedBy = amendment->envelope.id;
        }
    }
    const Context c { record, amendments.isEmpty() ? record.envelope.body : amended, amendedBy,
        chronology };
    chronology.recordIds.append(record.envelope.id);
    switch (record.envelope.kind) {
    case RecordKind::Visit:
        return visitEntries(c);
    case RecordKind::MissedAppointment:
        return missedAppointmentEntries(c);
    case RecordKind::FlagAcknowledgement:
        return flagAcknowledgementEntries(c);
    case RecordKind::Amendment:
        return amendmentEntries(c);
    case RecordKind::Concern:
        return concernEntries(c);
    case RecordKind::SupervisorReview:
        return supervisorReviewEntries(c);
    case RecordKind::Countersignature:
        return countersignatureEntries(c);
    case RecordKind::ProfessionalDifference:
        return professionalDifferenceEntries(c);
    case RecordKind::ChildVoiceSession:
        return childVoiceEntries(c);
    case RecordKind::GoingMissing:
        return goingMissingEntries(c);
    case RecordKind::ReturnHomeInterview:
        return returnHomeInterviewEntries(c);
    case RecordKind::LifeEvent:
        return lifeEventEntries(c);
    // The profile is read as facts (ProfileFacts), not shown as entries yet.
    case RecordKind::ProfileChange:
    case RecordKind::CaseloadChange:
        return;
    }
}

void summaryEntry(const VisitSummary &summary, Chronology &chronology)
{
    ChronologyEntry e;
    e.kind = Kind::AgencySummary;
    e.date = summary.date;
    e.recordedAt = summary.date.startOfDay(Qt::UTC);
    e.recordId = summary.id;
    // The caseload feed is trusted as the agency's word, but it is not a signed record.
    e.signature = SignatureStatus::Unverified;
    e.author = summary.author;
    e.text = summary.summary;
    chronology.entries.append(e);
}

// A countersignature names the record it countersigns, a closing the record that opened the
// difference: each is given that record's entry (a visit's own line before its others) so
// it can say which one in words.
void linkReferences(Chronology &chronology)
{
    QHash<QString, qsizetype> firstOf;
    for (qsizetype i = 0; i < chronology.entries.size(); ++i) {
        const ChronologyEntry &e = chronology.entries.at(i);
        const auto known = firstOf.constFind(e.recordId);
        if (known == firstOf.cend()
            || (e.kind == Kind::Visit && chronology.entries.at(*known).kind != Kind::Visit))
            firstOf.insert(e.recordId, i);
    }
    for (ChronologyEntry &e : chronology.entries) {
        QString named;
        if (e.kind == Kind::Countersignature)
            named = e.category;
        else if (e.kind == Kind::ProfessionalDifference && !e.evidence.isEmpty())
            named = e.evidence.constFirst();
        const auto found = named.isEmpty() ? firstOf.cend() : firstOf.constFind(named);
        if (found == firstOf.cend())
            continue;
        const ChronologyEntry &target = chronology.entries.at(*found);
        e.refers = ChronologyEntry::Reference { target.kind, target.date, target.text };
    }
}

void finish(Chronology &chronology)
{
    linkReferences(chronology);
    std::stable_sort(chronology.entries.begin(), chronology.entries.end(),
        [](const ChronologyEntry &a, const ChronologyEntry &b) {
            if (a.date != b.date)
                return a.date > b.date;
            if (a.recordedAt != b.recordedAt)
                return a.recordedAt > b.recordedAt;
            return a.kind < b.kind;
        });
    std::stable_sort(chronology.visits.begin(), chronology.visits.end(),
        [](const VisitPeople &a, const VisitPeople &b) { return a.date < b.date; });
}

struct Grouped
{
    QHash<QString, QList<const VerifiedRecord *>> byChild;
    QHash<QString, QList<const VerifiedRecord *>> amendmentsOf; // by amended record id, in order
};

// The agency's supervision records come from another store than the tablet's own chain;
// they are grouped beside them rather than copied into one list with them.
Grouped group(const QList<VerifiedRecord> &records, const QList<VerifiedRecord> &agency)
{
    Grouped g;
    QHash<QString, QString> childOfRecord;
    for (const QList<VerifiedRecord> *list : { &records, &agency }) {
        for (const VerifiedRecord &record : *list) {
            const QStringList children = ChronologyBuilder::childrenOf(record.envelope);
            for (const QString &child : children)
                g.byChild[child].append(&record);
            if (!children.isEmpty())
                childOfRecord.insert(record.envelope.id, children.constFirst());
        }
    }
    for (const VerifiedRecord &record : records) {
        if (record.envelope.kind != RecordKind::Amendment)
            continue;
        const QString amends = record.envelope.body[u"amends"].toString();
        g.amendmentsOf[amends].append(&record);
        if (const QString child = childOfRecord.value(amends); !child.isEmpty())
            g.byChild[child].append(&record);
    }
    for (auto &list : g.amendmentsOf)
        std::stable_sort(list.begin(), list.end(),
            [](const auto *a, const auto *b) { return a->envelope.created < b->envelope.created; });
    return g;
}

Chronology buildFrom(const QString &childId, const QList<const VerifiedRecord *> &records,
    const Grouped &g, const QList<VisitSummary> &summaries)
{
    Chronology chronology;
    chronology.childId = childId;
    for (const VerifiedRecord *record : records)
        entriesOf(*record, g.amendmentsOf.value(record->envelope.id), chronology);
    for (const VisitSummary &summary : summaries)
        if (summary.childId == childId)
            summaryEntry(summary, chronology);
    finish(chronology);
    return chronology;
}
} // namespace

QList<ChronologyEntry> Chronology::filtered(const QList<ChronologyEntry::Kind> &kinds) const
{
    QList<ChronologyEntry> out;
    for (const ChronologyEntry &entry : entries)
        if (kinds.isEmpty() || kinds.contains(entry.kind))
            out.append(entry);
    return out;
}

QString ChronologyBuilder::childOf(const Envelope &envelope)
{
    switch (envelope.kind) {
    case RecordKind::Visit:
    case RecordKind::MissedAppointment:
    case RecordKind::FlagAcknowledgement:
    case RecordKind::ProfileChange:
    case RecordKind::Concern:
    case RecordKind::SupervisorReview:
    case RecordKind::Countersignature:
    case RecordKind::ProfessionalDifference:
    case RecordKind::ChildVoiceSession:
    case RecordKind::GoingMissing:
    case RecordKind::ReturnHomeInterview:
    case RecordKind::LifeEvent:
        return envelope.body[u"child"].toString();
    case RecordKind::Amendment:
    case RecordKind::CaseloadChange:
        return {};
    }
    return {};
}

QStringList ChronologyBuilder::childrenOf(const Envelope &envelope)
{
    if (envelope.kind != RecordKind::LifeEvent) {
        const QString child = childOf(envelope);
        return child.isEmpty() ? QStringList() : QStringList { child };
    }
    QStringList out;
    for (const JsonValue &id : envelope.body[u"children"].items())
        out.append(id.toString());
    return out;
}

Chronology ChronologyBuilder::build(const QString &childId, const QList<VerifiedRecord> &records,
    const QList<VisitSummary> &summaries, const QList<VerifiedRecord> &agency)
{
    const Grouped g = group(records, agency);
    return buildFrom(childId, g.byChild.value(childId), g, summaries);
}

QHash<QString, Chronology> ChronologyBuilder::buildAll(const QList<VerifiedRecord> &records,
    const QList<VisitSummary> &summaries, const QList<VerifiedRecord> &agency)
{
    const Grouped g = group(records, agency);
    QHash<QString, QList<VisitSummary>> summariesOf;
    for (const VisitSummary &summary : summaries)
        summariesOf[summary.childId].append(summary);
    QHash<QString, Chronology> out;
    for (auto it = g.byChild.cbegin(); it != g.byChild.cend(); ++it)
        out.insert(it.key(), buildFrom(it.key(), it.value(), g, summariesOf.value(it.key())));
    for (auto it = summariesOf.cbegin(); it != summariesOf.cend(); ++it)
        if (!out.contains(it.key()))
            out.insert(it.key(), buildFrom(it.key(), {}, g, it.value()));
    return out;
}

} // namespace hearth
