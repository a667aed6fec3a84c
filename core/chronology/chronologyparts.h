#pragma once

#include "chronology/chronology.h"

#include <QPair>

#include <optional>

// The pieces the chronology builder shares with the files that turn each family of record kinds
// into entries (visits; concerns; child voice and adolescents; supervision and amendments), so
// no one file has to hold every kind.
namespace hearth::ChronologyParts {

using Kind = ChronologyEntry::Kind;

QDate dateOf(const JsonValue &value);
QDateTime createdOf(const Envelope &envelope);
std::optional<bool> optionalBool(const JsonValue &value);
std::optional<qint64> optionalInteger(const JsonValue &value);
void collectQuotes(
    const JsonValue &value, const QString &where, QList<QPair<QString, QString>> &out);

struct Context
{
    const VerifiedRecord &record;
    const JsonValue &body; // with any amendments laid over it
    QString amendedBy;
    Chronology &chronology;
    QDateTime created = createdOf(record.envelope); // parsed once, not per entry

    ChronologyEntry entry(Kind kind, QDate date) const;
    void add(ChronologyEntry e) const { chronology.entries.append(std::move(e)); }
};

// The child's words in a body, each as a ChildsWords entry on `date`.
void quoteEntries(const Context &c, QDate date);

// chronologyvisits.cpp
void visitEntries(const Context &c);
void missedAppointmentEntries(const Context &c);
// chronologyconcerns.cpp
void concernEntries(const Context &c);
void lifeEventEntries(const Context &c);
// chronologysupervision.cpp
void flagAcknowledgementEntries(const Context &c);
void amendmentEntries(const Context &c);
void supervisorReviewEntries(const Context &c);
void countersignatureEntries(const Context &c);
void professionalDifferenceEntries(const Context &c);
// chronologyyoungpeople.cpp
void childVoiceEntries(const Context &c);
void goingMissingEntries(const Context &c);
void returnHomeInterviewEntries(const Context &c);

} // namespace hearth::ChronologyParts
