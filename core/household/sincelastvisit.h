#pragma once

#include "chronology/chronology.h"
#include "chronology/patternflag.h"
#include "household/caseloadjudge.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// What is new about a child since the practitioner's own last visit, for the start of the next
// one: the flags raised or changed since then (their latest evidence is after it), each with
// the chronology lines of the records behind it, and the agency's summaries of other
// practitioners' contacts since then. Before a first visit every open flag and every summary
// is new.
struct SinceLastVisit
{
    struct Flag
    {
        PatternFlag flag;
        QList<ChronologyEntry> evidence; // one line per record behind it, oldest first
    };
    // An adult new to the household and not yet seen or spoken to, acknowledged or not: the
    // visit's "who" step asks about each until a visit records speaking to them.
    struct AdultToMeet
    {
        QString subject; // the flag's subject: the adult's caseload id, or their name
        QDate firstKnown;
    };
    std::optional<QDate> lastVisit;
    QList<Flag> flags;
    // Newest first, at most MaxSummaries: before a first visit a child may have years of them,
    // and the chronology is where they are all read.
    QList<ChronologyEntry> agencySummaries;
    qsizetype moreSummaries = 0;
    QList<AdultToMeet> adultsToMeet;
    static constexpr qsizetype MaxSummaries = 10;

    bool isEmpty() const { return flags.isEmpty() && agencySummaries.isEmpty(); }

    // Judges one child from the input (its records and summaries; any thread, no database):
    // `author`'s visits before `today` are "the last visit".
    static SinceLastVisit judge(const CaseloadFlagInput &input, const QString &childId,
        const QString &author, const QDate &today);
    // The same from a chronology and its flags already judged by `rules`.
    static SinceLastVisit from(const Chronology &chronology, const QList<PatternFlag> &flags,
        const QList<PatternRule> &rules, const QString &author, const QDate &today);
};

} // namespace hearth
