#include "household/childhistory.h"

#include "household/caseloadjudge.h"
#include "household/storedprofilefacts.h"
#include "model/caseloadrepository.h"
#include "record/recordverifier.h"
#include "vault/recordstore.h"

namespace hearth {

Expected<ChildHistory, QString> ChildHistory::load(const RecordStore &records,
    CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf)
{
    auto envelopes = records.envelopes();
    if (!envelopes)
        return unexpected(envelopes.error().message);
    return fromVerified(VerifiedRecords::fromChain(envelopes.value(),
                            RecordVerifier::singleDevice(records.deviceId(), records.publicKey())),
        caseload, std::move(rules), asOf);
}

ChildHistory ChildHistory::fromVerified(const VerifiedRecords &verified,
    CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf)
{
    ChildHistory history(caseload, std::move(rules), asOf);
    history.m_records = VerifiedRecords::signedBy(verified.records, asOf);
    history.m_unreadable = verified.unreadable;
    history.m_profiles = std::make_shared<StoredProfileFacts>(
        CaseloadJudge::profileRecords(history.m_records), asOf.date());
    return history;
}

ProfileFacts ChildHistory::factsFor(const Chronology &chronology, const QString &childId) const
{
    std::optional<QDate> dateOfBirth;
    QString disability;
    if (auto child = m_caseload->child(childId)) {
        dateOfBirth = child->dateOfBirth;
        disability = child->disability;
    }
    ProfileFacts facts = ProfileFacts::fromRecords(chronology, dateOfBirth, disability, childId);
    (m_factsSource ? m_factsSource : m_profiles.get())->fill(childId, facts);
    return facts;
}

Expected<ChildHistory::OfChild, QString> ChildHistory::child(const QString &childId) const
{
    auto summaries = m_caseload->visitSummaries(childId);
    if (!summaries)
        return unexpected(summaries.error().message);
    auto supervision = supervisionRecords(childId);
    if (!supervision)
        return unexpected(supervision.error());
    OfChild out;
    out.agencySummaries = summaries->size();
    out.chronology
        = ChronologyBuilder::build(childId, m_records, summaries.value(), supervision.value());
    out.facts = factsFor(out.chronology, childId);
    out.flags = PatternEvaluator::evaluate(m_rules, out.chronology, out.facts, m_asOf);
    for (const QList<VerifiedRecord> *list : { &m_records, &std::as_const(supervision.value()) })
        for (const VerifiedRecord &record : *list)
            if (out.chronology.recordIds.contains(record.envelope.id))
                ++out.byStatus[record.status];
    return out;
}

Expected<QHash<QString, QList<PatternFlag>>, QString> ChildHistory::caseloadFlags() const
{
    auto children = m_caseload->children();
    if (!children)
        return unexpected(children.error().message);
    QList<VisitSummary> summaries;
    for (const Child &child : std::as_const(children.value())) {
        auto ofChild = m_caseload->visitSummaries(child.id);
        if (!ofChild)
            return unexpected(ofChild.error().message);
        summaries += ofChild.value();
    }
    auto supervision = supervisionRecords({});
    if (!supervision)
        return unexpected(supervision.error());
    return CaseloadJudge::judge(m_records, children.value(), summaries, m_rules, m_asOf,
        m_factsSource ? m_factsSource : m_profiles.get(), supervision.value());
}

Expected<QList<VerifiedRecord>, QString> ChildHistory::supervisionRecords(
    const QString &childId) const
{
    auto records = m_caseload->supervisionRecords(childId);
    if (!records)
        return unexpected(records.error().message);
    return VerifiedRecords::signedBy(std::move(records.value()), m_asOf);
}

} // namespace hearth
