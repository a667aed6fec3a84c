#pragma once

#include "record/envelope.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// How far a record's signature could be checked. The chronology shows every record it was
// given, with this beside it, so a conference reads what the evidence is worth.
enum class SignatureStatus
{
    Verified,    // signature and the device's chain both check
    ChainBroken, // signature checks, but the record does not continue its device's chain
    Unverified   // the signature could not be checked (unknown device key) or failed
};

// A parsed envelope and what verification said about it: the chronology's only input from
// the record store, so the tablet and the agency server feed it the same way.
struct VerifiedRecord
{
    Envelope envelope;
    SignatureStatus status = SignatureStatus::Verified;
};

// One line of a child's chronology. A record gives several (a visit: the visit itself, each
// child who was not brought, each concern, each mark on the body map, the co-operation level,
// the child's words), so "filter by kind" is a plain filter and every line names its record.
struct ChronologyEntry
{
    enum class Kind
    {
        Visit,
        WasNotBrought,
        Concern,
        Injury,
        Cooperation,
        ChildsWords,
        LifeEvent,
        Amendment,
        AgencySummary,
        FlagAcknowledgement,
        SupervisorReview,
        Countersignature,
        ProfessionalDifference,
        ChildVoiceSession,
        GoingMissing,
        ReturnHomeInterview,
        ExploitationContext
    };

    Kind kind = Kind::Visit;
    QDate date;           // when it happened (the injury's date when recorded, else seen)
    QDateTime recordedAt; // the record's "created" time (UTC)
    QString recordId;     // the signed record (or agency summary id) it came from
    SignatureStatus signature = SignatureStatus::Verified;
    QString author;
    QString category; // concern category, life event's type ("life-event" when it was signed as a
                      // visit concern), region of a mark, flag rule id
    QString text;     // what happened, in the record's words (a quote for ChildsWords)
    QString detail;   // follow-up, evidence, reason, description
    std::optional<bool> seen;      // Visit
    std::optional<bool> seenAlone; // Visit
    std::optional<bool> announced; // Visit
    std::optional<qint64> level;   // Cooperation: 1 hostile ... 5 persistently help-seeking
    std::optional<qint64> offered; // Cooperation: appointments since the last visit
    std::optional<qint64> kept;
    QDate seenOn;         // Injury: the day the mark was seen
    QString amendedBy;    // the amendment whose values this entry shows; empty when none
    QStringList evidence; // FlagAcknowledgement, SupervisorReview: the record ids covered;
                          // ReturnHomeInterview: its going-missing record
    QStringList rules;    // SupervisorReview: the rules of the flags it reviewed
    QString subject;      // FlagAcknowledgement: which flag of its rule (an adult, a category);
                          // LifeEvent: the adult of the household it concerns, when one

    // SupervisorReview: what is to be done, by whom, by when.
    struct Action
    {
        QString action;
        QString owner;
        QDate due;
    };
    QList<Action> actions;
    // An open ProfessionalDifference: who disagrees with whom, and the escalation step's id
    // (practitioners, line-managers, senior-managers, safeguarding-partnership).
    QString raisedBy;
    QString disagreesWith;
    QString step;
    // Countersignature, a closed ProfessionalDifference: the entry of the record it names, as
    // this chronology shows it, when the record is here.
    struct Reference
    {
        Kind kind = Kind::Visit;
        QDate date;
        QString text;
    };
    std::optional<Reference> refers;
    // GoingMissing: when the young person came back; ReturnHomeInterview: when it was offered
    // (invalid when it was not). The 72-hour rule counts in hours, so the day is not enough.
    QDateTime at;
    // ChildVoiceSession: what the child made in child mode, as signed (null when nothing), so a
    // reader shows it as the child's own and never as the practitioner's account.
    JsonValue childMade;
};

QString entryKindName(ChronologyEntry::Kind kind);
std::optional<ChronologyEntry::Kind> entryKindFromName(const QString &name);
QString signatureStatusName(SignatureStatus status);

} // namespace hearth
