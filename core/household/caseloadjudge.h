#pragma once

#include "chronology/chronologyentry.h"
#include "chronology/patternflag.h"
#include "chronology/patternrule.h"
#include "chronology/profilefacts.h"
#include "common/expected.h"
#include "content/localtext.h"
#include "model/child.h"
#include "model/visitsummary.h"
#include "record/recordverifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace hearth {

class CaseloadRepository;
class RecordStore;

// One child's flags as the caseload list shows them: how many are open and the first open one's
// words. Only this is kept after judging, never the records or the flags' evidence, so a year of
// records is not held in memory for a list.
struct ChildFlagSummary
{
    int open = 0; // not acknowledged, or brought back by new evidence
    int acknowledged = 0;
    QString firstRule;
    LocalText first; // the first open flag's plain words

    friend bool operator==(const ChildFlagSummary &, const ChildFlagSummary &) = default;
};

// Everything judging the whole caseload needs, read from the vault in one go on the thread that
// owns the database connection. Judging (every signature verified, every chronology built, every
// rule evaluated) then runs on any thread with no database access: the home screen stays usable
// while a year of records is judged.
struct CaseloadFlagInput
{
    QList<QByteArray> envelopes;
    PublicKeyLookup lookup;
    QList<Child> children;
    QList<VisitSummary> summaries;
    QList<PatternRule> rules;
    QDateTime asOf;
    // The supervisor's records from the caseload feed, verified as they were read.
    QList<VerifiedRecord> supervision;

    [[nodiscard]] static Expected<CaseloadFlagInput, QString> read(const RecordStore &records,
        CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf);
    // Only what one child's flags need: every record (they are one chain), that child and its
    // summaries.
    [[nodiscard]] static Expected<CaseloadFlagInput, QString> readChild(const RecordStore &records,
        CaseloadRepository &caseload, QList<PatternRule> rules, const QDateTime &asOf,
        const QString &childId);
};

// The one judgement of a caseload's patterns, behind ChildHistory::caseloadFlags (hearthctl) and
// the app's caseload list.
namespace CaseloadJudge {

// The chain verified, keeping the records signed up to `asOf`; `unreadable` counts stored bytes
// that are not an envelope at all.
QList<VerifiedRecord> verified(const QList<QByteArray> &envelopes, const PublicKeyLookup &lookup,
    const QDateTime &asOf, qsizetype *unreadable = nullptr);

// The profile-change records among `records`, whose facts StoredProfileFacts reads.
QList<Envelope> profileRecords(const QList<VerifiedRecord> &records);

// Every child's flags by child id (children without flags are left out). With `facts` null,
// the profile records among `records` give the household's facts. `supervision`: the
// supervisor's records, whose reviews mark the flags they covered reviewed.
QHash<QString, QList<PatternFlag>> judge(const QList<VerifiedRecord> &records,
    const QList<Child> &children, const QList<VisitSummary> &summaries,
    const QList<PatternRule> &rules, const QDateTime &asOf, const ProfileFactsSource *facts,
    const QList<VerifiedRecord> &supervision = {});

ChildFlagSummary summarise(const QList<PatternFlag> &flags);

// Reads nothing: safe on a worker thread. Children without flags are left out. Every record is
// verified once, in chain order, keeping only where it is and its status; then children are
// judged a group at a time, so memory stays that of one group however many records there are.
QHash<QString, ChildFlagSummary> summarise(const CaseloadFlagInput &input);

} // namespace CaseloadJudge
} // namespace hearth
