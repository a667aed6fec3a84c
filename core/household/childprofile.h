#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// One known risk of an adult, with where it came from and when: a risk without its source is
// hearsay, and its date lets a reader tell an old conviction from last week's incident.
struct AdultRisk
{
    QString kind; // ProfileWords::risks()
    QString source;
    QDate date;
    QString detail;
    friend bool operator==(const AdultRisk &, const AdultRisk &) = default;
};

struct ProfileAdult
{
    QString id;
    QString name;
    QString relationship; // ProfileWords::relationships()
    QString living;       // ProfileWords::livingArrangements()
    bool parentalResponsibility = false;
    bool caresForChild = false;
    QStringList strengths;
    QList<AdultRisk> risks;
    QDate seenOn;    // invalid: not yet seen or spoken to
    QDate knownFrom; // the day of the first profile record that named this adult
    friend bool operator==(const ProfileAdult &, const ProfileAdult &) = default;
};

struct HouseholdChild
{
    QString id;
    QString name;
    QDate dateOfBirth;
    bool addedOnTablet = false;
    friend bool operator==(const HouseholdChild &, const HouseholdChild &) = default;
};

struct DevelopmentalReview
{
    QString name;
    QString status; // ProfileWords::reviewStatuses()
    QDate date;
    friend bool operator==(const DevelopmentalReview &, const DevelopmentalReview &) = default;
};

struct LongTermCondition
{
    QString kind; // ProfileWords::conditions()
    QString detail;
    friend bool operator==(const LongTermCondition &, const LongTermCondition &) = default;
};

struct HealthContext
{
    QString disability; // empty: none recorded
    bool specialNeeds = false;
    QList<LongTermCondition> conditions;
    QList<DevelopmentalReview> reviews;
    std::optional<bool> gpRegistered;
    QString gpPractice;
    QString mobility; // "not-yet-mobile", "mobile", or empty when not recorded
    friend bool operator==(const HealthContext &, const HealthContext &) = default;
};

// A child's household and health profile as known on one day: the fold of that child's
// profile-change records (ProfileFold). A plain value, so the visit's safety rules and the
// chronology's pattern rules read the same facts without touching the vault.
struct ChildProfile
{
    QString childId;
    QString householdId;
    QList<ProfileAdult> adults;
    QList<HouseholdChild> otherChildren;
    HealthContext health;
    QStringList recordIds; // the profile records folded in, oldest first

    bool isEmpty() const { return recordIds.isEmpty(); }
    // The facts the pattern rules and the visit's safety step ask about.
    bool hasConditionOrDisability() const
    {
        return !health.conditions.isEmpty() || !health.disability.trimmed().isEmpty()
            || health.specialNeeds;
    }
    bool notYetMobile() const { return health.mobility == u"not-yet-mobile"; }
    // Each distinct kind of known risk across the household's adults counts once.
    QStringList adultRiskKinds() const;
    // Adults recorded but never seen or spoken to.
    QList<ProfileAdult> adultsNotSeen() const;
    // Adults first named in a profile record after `since` (a new adult since the last visit).
    QList<ProfileAdult> adultsNewSince(QDate since) const;

    friend bool operator==(const ChildProfile &, const ChildProfile &) = default;
};

} // namespace hearth
