#pragma once

#include "chronology/profilefacts.h"
#include "record/envelope.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace hearth {

// The household and child profile records as pattern facts: a long-term condition or
// disability, a baby not yet mobile, the adults' known risks as adversities and adults new to
// the household with whether they have been seen. Each fact names the profile record that
// first said it, so a flag links to the record a reader can open. Reads every profile record
// once, so a whole caseload's flags cost one pass over the vault, not one per child.
class StoredProfileFacts : public ProfileFactsSource
{
public:
    // From the records already read and verified (ChildHistory, CaseloadJudge), judged as of
    // `asOf`; records of other kinds are ignored.
    StoredProfileFacts(const QList<Envelope> &profileRecords, QDate asOf);

    void fill(const QString &childId, ProfileFacts &facts) const override;

    // The pack's concern category a profile risk counts as among the adversities; empty for
    // "other", which says nothing the rule can count.
    static QString adversityCategory(const QString &riskKind);

private:
    QHash<QString, QList<Envelope>> m_byChild;
    QDate m_asOf;
};

} // namespace hearth
