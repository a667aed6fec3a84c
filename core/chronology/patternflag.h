#pragma once

#include "chronology/chronology.h"
#include "chronology/patternrule.h"
#include "chronology/profilefacts.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// A pattern seen in a child's chronology: which rule, what it saw in plain words (the pack's
// text with the figures filled in) and the records behind it. A flag is derived, so it is never
// deleted; an acknowledgement covers exactly the evidence it names, and new evidence brings the
// flag back unacknowledged.
struct PatternFlag
{
    QString ruleId;
    QString subject; // what the flag is about within its rule (a concern category, an adult)
    LocalText says;
    QStringList evidence; // record ids, oldest first
    QDate from;
    QDate to;
    bool acknowledged = false;
    QString acknowledgement; // the flag-acknowledgement record id
    bool reviewed = false;   // a supervisor review looked at exactly this evidence
    QString review;          // the supervisor-review record id

    QString text(const QString &language) const { return says.text(language); }
};

namespace PatternEvaluator {

// Every rule over one child's chronology at `now` (the injected clock's time): entries dated
// after `now` are not yet evidence.
QList<PatternFlag> evaluate(const QList<PatternRule> &rules, const Chronology &chronology,
    const ProfileFacts &facts, const QDateTime &now);

} // namespace PatternEvaluator
} // namespace hearth
