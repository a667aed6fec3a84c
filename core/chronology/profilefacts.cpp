#include "chronology/profilefacts.h"

#include "chronology/chronology.h"

#include <QHash>
#include <QSet>

namespace hearth {

namespace {
// Each going-missing record is an episode; a return home interview counts from the moment it
// was offered, whether the young person took it up or declined it. One not offered leaves the
// episode without an interview, as does one whose record is not yet known.
void addMissingEpisodes(const Chronology &chronology, ProfileFacts &facts)
{
    QHash<QString, QDateTime> offered; // episode record id -> earliest interview offered
    for (const ChronologyEntry &entry : chronology.entries) {
        if (entry.kind != ChronologyEntry::Kind::ReturnHomeInterview || !entry.at.isValid()
            || entry.evidence.isEmpty())
            continue;
        const QString episode = entry.evidence.constFirst();
        if (!offered.contains(episode) || entry.at < offered.value(episode))
            offered.insert(episode, entry.at);
    }
    for (auto it = chronology.entries.crbegin(); it != chronology.entries.crend(); ++it) {
        if (it->kind != ChronologyEntry::Kind::GoingMissing || !it->at.isValid())
            continue;
        facts.missingEpisodes.append({ it->at,
            offered.contains(it->recordId) ? std::optional(offered.value(it->recordId))
                                           : std::nullopt,
            it->recordId });
    }
}
} // namespace

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
    addMissingEpisodes(chronology, facts);

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
