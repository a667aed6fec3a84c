#pragma once

#include "chronology/chronologyentry.h"
#include "model/visitsummary.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hearth {

// What one visit says about the people in it, kept beside the entries for the profile facts
// (who was new, who was spoken to, whether an immediate concern was passed on and when).
struct VisitPeople
{
    struct Person
    {
        QString id;
        QString name;
        bool spokenTo = false;
    };
    QString recordId;
    QDate date;
    QDateTime recordedAt;
    QList<Person> present;
    QList<Person> notSeen;
    bool immediateConcern = false;
    QDateTime toldAt; // invalid when no one was recorded as told
};

// A child's chronology: derived from the signed records and the agency's summaries every
// time it is asked for, never stored (DESIGN "History and patterns"), newest first.
struct Chronology
{
    QString childId;
    QList<ChronologyEntry> entries; // newest first
    QList<VisitPeople> visits;      // oldest first
    QStringList recordIds;          // every record the chronology was built from

    QList<ChronologyEntry> filtered(const QList<ChronologyEntry::Kind> &kinds) const;
};

// Turns verified records into chronologies. One function per record kind makes its entries
// (chronologyvisits.cpp, chronologyconcerns.cpp, ...), so a new kind is one small addition. An
// amendment's "changes" are laid over the body of the record it amends before that record's entries
// are made, so the chronology shows the amended values and says which amendment they came from.
namespace ChronologyBuilder {

// `agency`: signed records from outside this chain (on the tablet, the supervisor's records the
// caseload feed brought), taken with `records` as if they were one list.
Chronology build(const QString &childId, const QList<VerifiedRecord> &records,
    const QList<VisitSummary> &summaries, const QList<VerifiedRecord> &agency = {});

// Every child's chronology in one pass over the records (the caseload's flags).
QHash<QString, Chronology> buildAll(const QList<VerifiedRecord> &records,
    const QList<VisitSummary> &summaries, const QList<VerifiedRecord> &agency = {});

// The child a record is about; empty for an amendment (it belongs to the child of the record it
// amends) and for records about no one child (caseload changes).
QString childOf(const Envelope &envelope);
// Every child whose chronology shows the record: a life event names all the children it touches,
// any other record its one child (none for an amendment or a caseload change).
QStringList childrenOf(const Envelope &envelope);

} // namespace ChronologyBuilder
} // namespace hearth
