#pragma once

#include "model/source.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hearth {

// A child on the caseload, including an unborn child (no date of birth, an expected date:
// DOMAIN s.7, the unborn child is recorded and considered). Identity fields are kept exactly
// as the family gives them (DOMAIN s.1: names, ethnicity, first language and religion are
// recorded accurately and consistently), so nothing here is normalised or guessed.
struct Child
{
    enum class Sex
    {
        Female,
        Male,
        NotKnown,
        NotRecorded
    };

    QString id;
    Source source = Source::Agency;
    QString householdId; // empty when no household is known yet
    QString givenName;
    QString familyName;
    QString knownAs;
    std::optional<QDate> dateOfBirth;  // null for an unborn child
    std::optional<QDate> expectedDate; // the due date of an unborn child
    Sex sex = Sex::NotRecorded;
    QString ethnicity;
    QString firstLanguage;
    QString religion;
    QString communicationNeeds;
    QString disability;
    // The agency's planned date for the next contact, when it sets one; otherwise the caseload
    // works the next contact out from the content pack's contact schedule (CaseloadPlan).
    std::optional<QDate> nextContactDate;
    // Set when the agency took the child off this practitioner's caseload (reassigned): the
    // child and any drafts stay on the tablet so unfinished work is not lost, and the UI can
    // say why the child is no longer theirs. Kept by the vault, not part of the caseload JSON.
    QDateTime removedFromCaseloadUtc;

    bool isRemovedFromCaseload() const { return removedFromCaseloadUtc.isValid(); }

    bool isUnborn() const { return !dateOfBirth.has_value(); }
    // "Given Family", with "(known as X)" when the child goes by another name.
    QString displayName() const
    {
        QString name = (givenName + QLatin1Char(' ') + familyName).trimmed();
        if (!knownAs.isEmpty() && knownAs != givenName)
            name += QStringLiteral(" (") + knownAs + QLatin1Char(')');
        return name;
    }

    static QString sexName(Sex sex);
    static Sex sexFromName(const QString &name);

    friend bool operator==(const Child &, const Child &) = default;
};

} // namespace hearth
