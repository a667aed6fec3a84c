#include "visitfield.h"

#include <array>

namespace hearth::VisitField {

namespace {
using K = Kind;
using S = Scope;
constexpr List None = ListCount;

// One row per Id, in the enum's order (checked at compile time below).
constexpr std::array<Spec, Count> Catalogue { {
    { Notice, 1, K::Choice, S::Visit, None, "start.notice", false },
    { Place, 1, K::Choice, S::Visit, None, "start.place", false },
    { PlaceOther, 1, K::Text, S::Visit, None, "start.placeOther", false },
    { Purpose, 1, K::Text, S::Visit, None, "start.purpose", false },
    { AdultSpokenTo, 2, K::Flag, S::Row, AdultsPresent, "who.adultsPresent.#.spokenTo", false },
    { AdultStrengths, 2, K::Text, S::Row, AdultsPresent, "who.adultsPresent.#.strengths", false },
    { AdultRisks, 2, K::Text, S::Row, AdultsPresent, "who.adultsPresent.#.risks", false },
    { AdultNotSeenNote, 2, K::Text, S::Row, AdultsNotSeen, "who.adultsNotSeen.#.note", false },
    { ChildPresentName, 2, K::Text, S::Row, ChildrenPresent, "who.childrenPresent.#.name", false },
    { MenAnswer, 2, K::Choice, S::MenPrompt, None, "who.menPrompts.*.answer", false },
    { MenNote, 2, K::Text, S::MenPrompt, None, "who.menPrompts.*.note", false },
    { Seen, 3, K::MaybeFlag, S::Visit, None, "seeing.seen", false },
    { NotSeenReason, 3, K::Text, S::Visit, None, "seeing.notSeenReason", false },
    { SeenAlone, 3, K::MaybeFlag, S::Visit, None, "seeing.seenAlone", false },
    { NotSeenAloneReason, 3, K::Text, S::Visit, None, "seeing.notSeenAloneReason", false },
    { Rooms, 3, K::TextList, S::Visit, None, "seeing.rooms", false },
    { BedroomSeen, 3, K::MaybeFlag, S::Visit, None, "seeing.bedroomSeen", false },
    { SleepingPlace, 3, K::Text, S::Visit, None, "seeing.sleepingPlace", false },
    { Communication, 3, K::Text, S::Visit, None, "seeing.communication", false },
    { InterpreterUsed, 3, K::Flag, S::Visit, None, "seeing.interpreter.used", false },
    { InterpreterWho, 3, K::Text, S::Visit, None, "seeing.interpreter.who", false },
    { InterpreterRelation, 3, K::Choice, S::Visit, None, "seeing.interpreter.relation", false },
    { LivedNote, 4, K::Text, S::LivedPrompt, None, "lived.answers.*.note", false },
    { ChildsWords, 4, K::Text, S::LivedPrompt, None, "lived.answers.*.childsWords", true },
    { ObservedBehaviour, 4, K::Text, S::Visit, None, "lived.observedBehaviour", false },
    { BehaviourChanges, 4, K::Text, S::Visit, None, "lived.behaviourChanges", false },
    { ContextDifferences, 4, K::Text, S::Visit, None, "lived.contextDifferences", false },
    { DayInTheLife, 4, K::Text, S::Visit, None, "lived.dayInTheLife", false },
    { SexualisedBehaviour, 4, K::Flag, S::Visit, None, "lived.sexualisedBehaviour", false },
    { SexualisedBehaviourDescription, 4, K::Text, S::Visit, None,
        "lived.sexualisedBehaviourDescription", false },
    { NeglectLevel, 5, K::Choice, S::NeglectItem, None, "neglect.ratings.*.level", false },
    { NeglectDescription, 5, K::Text, S::NeglectItem, None, "neglect.ratings.*.description",
        false },
    { PovertyContext, 5, K::Text, S::Visit, None, "neglect.povertyContext", false },
    { CooperationLevel, 6, K::Number, S::Visit, None, "cooperation.level", false },
    { CooperationEvidence, 6, K::Text, S::Visit, None, "cooperation.evidence", false },
    { DisguisedCompliance, 6, K::Flag, S::Visit, None, "cooperation.disguisedCompliance", false },
    { SelectiveHostility, 6, K::Flag, S::Visit, None, "cooperation.selectiveHostility", false },
    { AppointmentsOffered, 6, K::Number, S::Visit, None, "cooperation.appointmentsOffered", false },
    { AppointmentsKept, 6, K::Number, S::Visit, None, "cooperation.appointmentsKept", false },
    { Reluctance, 6, K::Text, S::Visit, None, "cooperation.reluctance", false },
    { MissedWhat, 7, K::Text, S::Row, MissedAppointments, "missedAppointments.#.what", false },
    { MissedWhen, 7, K::Text, S::Row, MissedAppointments, "missedAppointments.#.when", false },
    { MissedArrangedBy, 7, K::Text, S::Row, MissedAppointments, "missedAppointments.#.arrangedBy",
        false },
    { MissedFollowUp, 7, K::Text, S::Row, MissedAppointments, "missedAppointments.#.followUp",
        false },
    { ImmediatePresent, 8, K::MaybeFlag, S::Visit, None, "concerns.immediate.present", false },
    { ImmediateWhat, 8, K::Text, S::Visit, None, "concerns.immediate.what", false },
    { ImmediateAction, 8, K::Text, S::Visit, None, "concerns.immediate.action", false },
    { ImmediateWhoTold, 8, K::Text, S::Visit, None, "concerns.immediate.whoTold", false },
    { ImmediateToldAt, 8, K::Text, S::Visit, None, "concerns.immediate.toldAt", false },
    { ConcernDetail, 8, K::Text, S::Row, Concerns, "concerns.concerns.#.detail", false },
    { DifferenceWith, 8, K::Text, S::Row, Differences, "concerns.differences.#.with", false },
    { DifferenceAbout, 8, K::Text, S::Row, Differences, "concerns.differences.#.about", false },
    { DifferenceEscalated, 8, K::Flag, S::Row, Differences, "concerns.differences.#.escalated",
        false },
    { DifferenceOutcome, 8, K::Text, S::Row, Differences, "concerns.differences.#.outcome", false },
    { DifferenceRationale, 8, K::Text, S::Row, Differences, "concerns.differences.#.rationale",
        false },
    { NextStepWhat, 8, K::Text, S::Row, NextSteps, "concerns.nextSteps.#.what", false },
    { NextStepWho, 8, K::Text, S::Row, NextSteps, "concerns.nextSteps.#.who", false },
    { NextStepByWhen, 8, K::Text, S::Row, NextSteps, "concerns.nextSteps.#.byWhen", false },
    { BodyOutline, 8, K::Choice, S::Visit, None, "bodyMap.outline", false },
    { BodyMarkLength, 8, K::Number, S::Row, BodyMarks, "bodyMap.marks.#.lengthMm", false },
    { BodyMarkWidth, 8, K::Number, S::Row, BodyMarks, "bodyMap.marks.#.widthMm", false },
    { BodyMarkColour, 8, K::Choice, S::Row, BodyMarks, "bodyMap.marks.#.colour", false },
    { BodyMarkDescription, 8, K::Text, S::Row, BodyMarks, "bodyMap.marks.#.description", false },
    { BodyMarkSeenOn, 8, K::Date, S::Row, BodyMarks, "bodyMap.marks.#.seenOn", false },
    { BodyMarkInjuredOn, 8, K::Date, S::Row, BodyMarks, "bodyMap.marks.#.injuredOn", false },
    { PhotoCaption, 8, K::Text, S::Row, Photos, "photos.#.caption", false },
    { PhotoMark, 8, K::Number, S::Row, Photos, "photos.#.mark", false },
    { WhatItMeans, 9, K::Text, S::Visit, None, "review.whatItMeans", false },
    { NewPeople, 2, K::Choice, S::Visit, None, "who.newPeople", false },
} };

constexpr bool inOrder()
{
    for (size_t i = 0; i < Catalogue.size(); ++i)
        if (size_t(Catalogue[i].id) != i)
            return false;
    return true;
}
static_assert(inOrder(), "the catalogue lists every field once, in the enum's order");

constexpr std::array<const char *, ListCount> ListPaths { "who.adultsPresent", "who.adultsNotSeen",
    "who.childrenPresent", "missedAppointments", "concerns.concerns", "concerns.differences",
    "concerns.nextSteps", "bodyMap.marks", "photos" };
} // namespace

const Spec &spec(Id id)
{
    return Catalogue.at(size_t(id));
}

bool isValid(int id)
{
    return id >= 0 && id < Count;
}

bool isValidList(int list)
{
    return list >= 0 && list < ListCount;
}

QStringList segments(const Spec &spec, const QString &item, int row)
{
    QStringList out = QString::fromLatin1(spec.path).split(u'.');
    for (QString &segment : out) {
        if (segment == u"*")
            segment = item;
        else if (segment == u"#")
            segment = QString::number(row);
    }
    return out;
}

QStringList listSegments(List list)
{
    return QString::fromLatin1(ListPaths.at(size_t(list))).split(u'.');
}

QString name(Id id)
{
    return QString::fromLatin1(spec(id).path);
}

const QStringList &systemPaths()
{
    static const QStringList paths {
        // The draft's identity and the pack it was recorded with: set when it is created.
        QStringLiteral("format"),
        QStringLiteral("id"),
        QStringLiteral("packId"),
        QStringLiteral("packVersion"),
        QStringLiteral("createdUtc"),
        QStringLiteral("start.childId"),
        // Set by "arrived now" and by positioning or the typed description of the place.
        QStringLiteral("start.arrivalUtc"),
        QStringLiteral("start.location.source"),
        QStringLiteral("start.location.latMicroDeg"),
        QStringLiteral("start.location.lonMicroDeg"),
        QStringLiteral("start.location.accuracyM"),
        QStringLiteral("start.location.note"),
        // Who a row is about: set when the practitioner marks a known adult present or not
        // seen, or creates a new adult; never typed over.
        QStringLiteral("who.adultsPresent.#.id"),
        QStringLiteral("who.adultsPresent.#.name"),
        QStringLiteral("who.adultsNotSeen.#.id"),
        QStringLiteral("who.adultsNotSeen.#.name"),
        QStringLiteral("who.childrenPresent.#.id"),
        QStringLiteral("who.newAdultIds"),
        // A note about another child present: the visit can hold one, the wizard does not ask
        // for it (it asks for their name).
        QStringLiteral("who.childrenPresent.#.note"),
        // Derived from the interpreter's relation so a reader of the record sees it.
        QStringLiteral("seeing.interpreterConcern"),
        // Chosen from the pack's categories when the concern row is added.
        QStringLiteral("concerns.concerns.#.category"),
        // Where a mark is: set by tapping the outline (placing or moving the mark), and the
        // region computed from that position, never typed.
        QStringLiteral("bodyMap.marks.#.side"),
        QStringLiteral("bodyMap.marks.#.x"),
        QStringLiteral("bodyMap.marks.#.y"),
        QStringLiteral("bodyMap.marks.#.region"),
        // What a photograph is: set from the JPEG bytes the vault stored (hash, length, pixel
        // size) and the clock when it was added, never typed.
        QStringLiteral("photos.#.hash"),
        QStringLiteral("photos.#.bytes"),
        QStringLiteral("photos.#.mediaType"),
        QStringLiteral("photos.#.width"),
        QStringLiteral("photos.#.height"),
        QStringLiteral("photos.#.takenUtc"),
        // Set by signing.
        QStringLiteral("review.status"),
        QStringLiteral("review.completedUtc"),
    };
    return paths;
}

} // namespace hearth::VisitField
