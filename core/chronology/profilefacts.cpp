#include "chronology/profilefacts.h"

#include "chronology/chronology.h"

#include <QSet>

namespace hearth {

ProfileFacts ProfileFacts::fromRecords(const Chronology &chronology,
    std::optional<QDate> dateOfBirth, const QString &disability, const QString &childId)
{
    ProfileFacts facts;
    facts.dateOfBirth = dateOfBirth;
    if (!disability.trimmed().isEmpty()) {
        facts.conditionOrDisability = LocalText::plain(disability.trimmed());
        facts.conditionSource = childId;
    }
    for (const ChronologyEntry &entry : chronology.entries)
        if (entry.kind == ChronologyEntry::Kind::Concern)
            facts.adversities.append({ entry.category, {}, entry.recordId, entry.date });

    // An adult is new when a later visit names them and the first visit did not; seen once
    // spoken to at any visit from then on. Adults without a caseload id are told apart by name.
    QSet<QString> known;
    QHash<QString, qsizetype> newIndex;
    bool first = true;
    for (const VisitPeople &visit : chronology.visits) {
        for (const auto *list : { &visit.present, &visit.notSeen }) {
            for (const VisitPeople::Person &person : *list) {
                const QString key = person.id.isEmpty() ? person.name : person.id;
                if (key.isEmpty())
                    continue;
                if (!known.contains(key)) {
                    known.insert(key);
                    if (!first) {
                        newIndex.insert(key, facts.newAdults.size());
                        facts.newAdults.append(
                            { person.id, person.name, visit.date, visit.recordId, false });
                    }
                }
                if (person.spokenTo && newIndex.contains(key))
                    facts.newAdults[newIndex.value(key)].seenOrSpokenTo = true;
            }
        }
        first = false;
        if (visit.immediateConcern)
            facts.significantConcerns.append({ visit.recordedAt,
                visit.toldAt.isValid() ? std::optional<QDateTime>(visit.toldAt) : std::nullopt,
                visit.recordId });
    }
    return facts;
}

} // namespace hearth
