#pragma once

#include "chronology/profilefacts.h"
#include "common/expected.h"
#include "record/envelope.h"
#include "vault/vaulterror.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace hearth {

class RecordStore;

// The household and child profile records as pattern facts: a long-term condition or
// disability, a baby not yet mobile, the adults' known risks as adversities and adults new to
// the household with whether they have been seen. Each fact names the profile record that
// first said it, so a flag links to the record a reader can open. Reads every profile record
// once, so a whole caseload's flags cost one pass over the vault, not one per child.
class StoredProfileFacts : public ProfileFactsSource
{
public:
    // The profile records signed on this tablet up to `asOf`.
    [[nodiscard]] static Expected<StoredProfileFacts, VaultError> load(
        const RecordStore &records, QDate asOf);
    // The same from records already read (a history being judged on a given day).
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
