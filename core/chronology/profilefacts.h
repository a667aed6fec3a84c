#pragma once

#include "content/localtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

struct Chronology;

// What the pattern rules need to know about a child beyond the dated entries: health context,
// the household's adults and adolescent episodes. Today it is filled from the caseload and the
// visit records (ProfileFacts::fromRecords); the household profile records fill it more fully
// through a ProfileFactsSource, without any rule changing.
struct ProfileFacts
{
    struct Adversity
    {
        QString category; // concern category id of the pack (parental-mental-health, ...)
        QString adultId;  // empty when the record does not say whose
        QString recordId;
        QDate date;
    };
    struct NewAdult
    {
        QString adultId;
        QString name;
        QDate firstKnown;
        QString recordId;            // where the adult first appears
        bool seenOrSpokenTo = false; // spoken to at that visit or any later one
    };
    struct MissingEpisode
    {
        QDateTime returned;
        std::optional<QDateTime> returnInterview; // when one was recorded
        QString recordId;
    };
    struct SignificantConcern
    {
        QDateTime recorded;
        std::optional<QDateTime> shared; // when someone was told
        QString recordId;
    };

    std::optional<QDate> dateOfBirth;
    LocalText conditionOrDisability; // empty when none is known
    QString conditionSource;         // record or caseload id it came from
    std::optional<bool> notYetMobile;
    QString mobilitySource;
    QList<Adversity> adversities;
    QList<NewAdult> newAdults;
    QList<MissingEpisode> missingEpisodes;
    QList<SignificantConcern> significantConcerns;

    // The facts the visit records already hold (give it the chronology of the records known at
    // the moment the patterns are judged): concerns by category as adversities, adults
    // who first appear after the first visit, immediate safety concerns and when someone was
    // told. dateOfBirth and disability come from the caseload.
    static ProfileFacts fromRecords(const Chronology &chronology, std::optional<QDate> dateOfBirth,
        const QString &disability, const QString &childId);
};

// Where more facts come from (the household and child profile records): adds to or corrects
// what fromRecords found. One per deployment; the chronology never asks where facts live.
class ProfileFactsSource
{
public:
    virtual ~ProfileFactsSource() = default;
    virtual void fill(const QString &childId, ProfileFacts &facts) const = 0;
};

} // namespace hearth
