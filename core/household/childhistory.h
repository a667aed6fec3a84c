#pragma once

#include "chronology/chronology.h"
#include "chronology/patternflag.h"
#include "chronology/patternrule.h"
#include "chronology/profilefacts.h"
#include "chronology/verifiedrecords.h"
#include "common/expected.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace hearth {

class CaseloadRepository;
class RecordStore;

// A child's chronology and pattern flags as this tablet knows them at one moment: the signed
// records in the vault (each with its signature status), the agency's summaries and the
// supervisor's signed records from the caseload feed, and what the profile records and the caseload
// say about the child. The one loader behind the app's screens and hearthctl, so both show the same
// history and flags.
class ChildHistory
{
public:
    struct OfChild
    {
        Chronology chronology;
        ProfileFacts facts;
        QList<PatternFlag> flags;
        // How many of the records the chronology was built from have each signature status.
        QMap<SignatureStatus, qsizetype> byStatus;
        qsizetype agencySummaries = 0;
    };

    // Reads and verifies the records signed up to `asOf` (later ones do not exist yet for a
    // moment in the past: a training history or a test judged on a given day). `rules` are the
    // current pack's pattern rules.
    [[nodiscard]] static Expected<ChildHistory, QString> load(const RecordStore &records,
        CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf);
    // The same from records verified earlier: the app keeps its verified records for the
    // session and adds only what was signed since, so a chronology opens without checking every
    // signature again.
    [[nodiscard]] static ChildHistory fromVerified(const VerifiedRecords &verified,
        CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf);

    // What the household profile records among the loaded ones say is added to what the visits
    // show; another source replaces them (null goes back to the profile records).
    void setFactsSource(const ProfileFactsSource *source) { m_factsSource = source; }

    [[nodiscard]] Expected<OfChild, QString> child(const QString &childId) const;
    // Every caseload child's flags, by child id (children without flags are left out).
    [[nodiscard]] Expected<QHash<QString, QList<PatternFlag>>, QString> caseloadFlags() const;

    const QDateTime &asOf() const { return m_asOf; }
    // Stored bytes that are not an envelope at all: counted, never shown.
    qsizetype unreadable() const { return m_unreadable; }

private:
    ChildHistory(CaseloadRepository &caseload, QList<PatternRule> rules, QDateTime asOf)
        : m_caseload(&caseload)
        , m_rules(std::move(rules))
        , m_asOf(std::move(asOf))
    { }
    ProfileFacts factsFor(const Chronology &chronology, const QString &childId) const;
    // The supervisor's records from the caseload feed signed up to asOf (childId empty: all).
    [[nodiscard]] Expected<QList<VerifiedRecord>, QString> supervisionRecords(
        const QString &childId) const;

    CaseloadRepository *m_caseload;
    QList<PatternRule> m_rules;
    QDateTime m_asOf;
    QList<VerifiedRecord> m_records;
    qsizetype m_unreadable = 0;
    const ProfileFactsSource *m_factsSource = nullptr;
    std::shared_ptr<const ProfileFactsSource> m_profiles; // from the loaded profile records
};

} // namespace hearth
