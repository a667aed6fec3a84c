#pragma once

#include <QString>
#include <QStringList>

namespace hearth {

// The closed choices a visit records, each with the exact word stored in the visit's JSON.
// The first value of each is "not recorded yet", so a fresh draft says nothing it was not told.

enum class VisitNotice
{
    NotRecorded,
    Announced,
    Unannounced // DOMAIN s.8: recorded as such
};

enum class VisitPlace
{
    NotRecorded,
    Home,
    School,
    Clinic,
    Other
};

enum class LocationSource
{
    NotRecorded,
    Gps,
    Manual,
    Unavailable // positioning denied or no fix: recorded, never blocks the visit
};

// Who interpreted. A child or a family member must never interpret (DOMAIN s.1); when one
// did, the visit records it as a concern.
enum class InterpreterRelation
{
    NotRecorded,
    Professional,
    TelephoneService,
    FamilyMember,
    Child,
    FriendOrNeighbour,
    Other
};

enum class NeglectLevel
{
    NotAssessed,
    NoConcern,
    SomeConcern,
    SignificantConcern
};

enum class VisitStatus
{
    Draft,
    Complete
};

// Which body-map outline marks were placed on: proportions differ with age (a baby's head is
// a quarter of its height, an older child's about a seventh).
enum class BodyOutline
{
    NotChosen,
    Baby,      // under 1
    Child,     // 1 to 10
    OlderChild // 11 and over
};

enum class BodySide
{
    Front,
    Back
};

// The fixed list practitioners describe a bruise or mark with; anything else is "other" and
// the description says what.
enum class MarkColour
{
    NotRecorded,
    Red,
    Purple,
    Blue,
    Green,
    Yellow,
    Brown,
    Other
};

// Spellings in JSON, indexed by the enum's value.
template<typename E> const QStringList &enumNames();
template<> const QStringList &enumNames<VisitNotice>();
template<> const QStringList &enumNames<VisitPlace>();
template<> const QStringList &enumNames<LocationSource>();
template<> const QStringList &enumNames<InterpreterRelation>();
template<> const QStringList &enumNames<NeglectLevel>();
template<> const QStringList &enumNames<VisitStatus>();
template<> const QStringList &enumNames<BodyOutline>();
template<> const QStringList &enumNames<BodySide>();
template<> const QStringList &enumNames<MarkColour>();

template<typename E> QString enumName(E value)
{
    return enumNames<E>().value(int(value));
}

// The enum for `name`, or nothing when `name` is not one of enumNames<E>().
template<typename E> bool enumFromName(const QString &name, E &out)
{
    const qsizetype index = enumNames<E>().indexOf(name);
    if (index < 0)
        return false;
    out = E(index);
    return true;
}

} // namespace hearth
