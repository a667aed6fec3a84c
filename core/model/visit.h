#pragma once

#include "model/visitenums.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// What a visit records, step by step as the wizard of issue 3 asks it. Plain data with no
// behaviour beyond derived facts, so the QML view-models can bind to it field by field and
// VisitJson can round-trip it byte for byte. No floating point anywhere: the body is signed
// later, and signed bodies carry whole numbers and strings only. Times are RFC 3339 UTC
// strings, dates YYYY-MM-DD strings; empty text means "not written yet".

// Where the practitioner was on arrival, from Qt Positioning or typed in.
struct VisitLocation
{
    LocationSource source = LocationSource::NotRecorded;
    std::optional<qint64> latMicroDeg; // degrees x 1,000,000
    std::optional<qint64> lonMicroDeg;
    std::optional<qint64> accuracyM; // whole metres
    QString note;                    // manual description, or why there is no fix
};

// Step 1.
struct VisitStart
{
    QString childId;
    VisitNotice notice = VisitNotice::NotRecorded;
    VisitPlace place = VisitPlace::NotRecorded;
    QString placeOther; // when place is Other
    QString purpose;
    QString arrivalUtc;
    VisitLocation location;
};

// Someone in the room, on the caseload (id) or not yet (name only).
struct PersonSeen
{
    QString id;
    QString name;
    QString note;
};

// An adult present. DOMAIN s.4: whether present, seen, spoken to; strengths and risks known.
struct AdultPresent
{
    QString id;
    QString name;
    bool spokenTo = false;
    QString strengths;
    QString risks;
};

// The answer to a closed prompt from the content pack: yes / no / not-known plus details.
struct PromptAnswer
{
    QString answer; // "yes", "no", "not-known"; empty when not answered
    QString note;
};

// Step 2.
struct WhoIsHere
{
    QList<AdultPresent> adultsPresent;
    QList<PersonSeen> childrenPresent;
    QList<PersonSeen> adultsNotSeen; // known to live there, not seen on this visit (note: why)
    QMap<QString, PromptAnswer> menPrompts; // by content-pack prompt id (DOMAIN s.4)
    QStringList newAdultIds;                // adults created on this visit
    // Asked at every visit: has anyone new come to live in or regularly visit the home since
    // the last visit? "yes" or "no"; empty until answered (DOMAIN s.4).
    QString newPeople;
};

struct Interpreter
{
    bool used = false;
    QString who;
    InterpreterRelation relation = InterpreterRelation::NotRecorded;
};

// Step 3.
struct SeeingTheChild
{
    std::optional<bool> seen;
    QString notSeenReason;
    std::optional<bool> seenAlone;
    QString notSeenAloneReason;
    QStringList rooms; // rooms the practitioner saw
    std::optional<bool> bedroomSeen;
    QString sleepingPlace; // where the child sleeps, as seen or as told
    QString communication; // how the child communicates
    Interpreter interpreter;

    // A child or family member interpreted: always a concern (DOMAIN s.1).
    bool interpreterConcern() const
    {
        return interpreter.used
            && (interpreter.relation == InterpreterRelation::Child
                || interpreter.relation == InterpreterRelation::FamilyMember);
    }
};

// One lived-experience prompt's answer. childsWords holds only the child's own words,
// verbatim, so the record can always tell them apart from the practitioner's (DOMAIN s.1).
struct LivedAnswer
{
    QString note;
    QString childsWords;
};

// Step 4.
struct LivedExperience
{
    QMap<QString, LivedAnswer> answers; // by content-pack prompt id
    QString observedBehaviour;
    QString behaviourChanges;
    QString contextDifferences;       // home vs school vs clinic
    QString dayInTheLife;             // "what is a day like for this child?"
    bool sexualisedBehaviour = false; // always a red flag (DOMAIN s.1)
    QString sexualisedBehaviourDescription;
};

struct NeglectRating
{
    NeglectLevel level = NeglectLevel::NotAssessed;
    QString description; // what was seen, heard or smelt; required for any concern
};

// Step 5. An item missing from `ratings` has not been rated yet; "not assessed" is a rating.
struct NeglectChecklist
{
    QMap<QString, NeglectRating> ratings; // by content-pack item id
    QString povertyContext; // context that shapes parenting, never the explanation (s.2)
};

// Step 6: the five levels of DOMAIN s.3 (1 hostile ... 5 persistently help-seeking).
struct Cooperation
{
    std::optional<qint64> level;
    QString evidence;
    bool disguisedCompliance = false;
    bool selectiveHostility = false;
    std::optional<qint64> appointmentsOffered; // since the last visit
    std::optional<qint64> appointmentsKept;
    QString reluctance; // why the family might be reluctant, in their terms
};

// Step 7: "was not brought" (DOMAIN s.5).
struct MissedAppointment
{
    QString what;
    QString when; // YYYY-MM-DD
    QString arrangedBy;
    QString followUp;
};

struct ImmediateSafety
{
    std::optional<bool> present;
    QString what;
    QString action;
    QString whoTold;
    QString toldAt; // RFC 3339
};

// A concern category from the content pack (DOMAIN s.6) with what it is about.
struct CategoryConcern
{
    QString category;
    QString detail;
};

struct ProfessionalDifference
{
    QString with;
    QString about;
    bool escalated = false;
    QString outcome;
    QString rationale;
};

struct NextStep
{
    QString what;
    QString who;
    QString byWhen; // YYYY-MM-DD
};

// Step 8.
struct ConcernsAndActions
{
    ImmediateSafety immediate;
    QList<CategoryConcern> concerns;
    QList<ProfessionalDifference> differences;
    QList<NextStep> nextSteps;
};

// One injury marked on the body map (step 8). The position is normalised to the outline's
// box in ten-thousandths from the viewer's top left (signed bodies carry no floating point),
// so it means the same at any screen size; the region ("left-upper-arm") is computed from it
// by BodyMapGeometry when the mark is placed or moved, never typed.
constexpr qint64 BodyMarkScale = 10000; // a mark's x and y run from 0 to this
constexpr qint64 MaxMarkMm = 2000;      // larger than any child's injury

struct BodyMark
{
    BodySide side = BodySide::Front;
    qint64 x = 0;
    qint64 y = 0;
    QString region;
    std::optional<qint64> lengthMm;
    std::optional<qint64> widthMm;
    MarkColour colour = MarkColour::NotRecorded;
    QString description;
    QString seenOn;    // YYYY-MM-DD: the day the injury was seen
    QString injuredOn; // YYYY-MM-DD when known, else empty
};

struct BodyMap
{
    BodyOutline outline = BodyOutline::NotChosen;
    QList<BodyMark> marks;
};

// A photograph of what was seen (step 8), kept in the vault's attachment table and bound into
// the signed body by the hash of its JPEG bytes (PhotoHash). `mark` is the body-map mark it
// shows (1-based, as the map numbers them), when it shows one.
struct VisitPhoto
{
    QString hash;
    qint64 bytes = 0;
    QString mediaType;
    qint64 width = 0;
    qint64 height = 0;
    QString caption;
    QString takenUtc;
    std::optional<qint64> mark;
};

// Step 9.
struct VisitReview
{
    QString whatItMeans; // "what does this mean for the child?"
    VisitStatus status = VisitStatus::Draft;
    QString completedUtc;
};

struct Visit
{
    static constexpr qint64 FormatVersion = 1;

    QString id;
    QString packId; // the content pack the prompts came from, stored with every visit
    QString packVersion;
    QString createdUtc;
    VisitStart start;
    WhoIsHere who;
    SeeingTheChild seeing;
    LivedExperience lived;
    NeglectChecklist neglect;
    Cooperation cooperation;
    QList<MissedAppointment> missedAppointments;
    ConcernsAndActions concerns;
    BodyMap bodyMap;
    QList<VisitPhoto> photos;
    VisitReview review;

    bool isComplete() const { return review.status == VisitStatus::Complete; }
};

} // namespace hearth
