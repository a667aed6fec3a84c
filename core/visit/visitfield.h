#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace hearth {

// Every value the visit wizard can write, as a typed id. The wizard once addressed the visit
// by dotted string paths built in QML ("lived.answers." + promptId + ".childsWords"); pack
// ids contain dots, so the child's words landed nowhere and nothing noticed. Now QML passes
// one of these ids, plus the pack item id or the row number as separate arguments, and the
// catalogue below says where the value lives, what type it has and what addresses it. A
// namespace with Q_NAMESPACE so the app can show the same ids to QML (VisitField.Purpose).
namespace VisitField {
Q_NAMESPACE

enum Id
{
    // Step 1: start
    Notice,
    Place,
    PlaceOther,
    Purpose,
    // Step 2: who is here (rows of adults and children, the pack's prompts about men)
    AdultSpokenTo,
    AdultStrengths,
    AdultRisks,
    AdultNotSeenNote,
    ChildPresentName,
    MenAnswer,
    MenNote,
    // Step 3: seeing the child
    Seen,
    NotSeenReason,
    SeenAlone,
    NotSeenAloneReason,
    Rooms,
    BedroomSeen,
    SleepingPlace,
    Communication,
    InterpreterUsed,
    InterpreterWho,
    InterpreterRelation,
    // Step 4: lived experience (by the pack's prompt id)
    LivedNote,
    ChildsWords,
    ObservedBehaviour,
    BehaviourChanges,
    ContextDifferences,
    DayInTheLife,
    SexualisedBehaviour,
    SexualisedBehaviourDescription,
    // Step 5: neglect (by the pack's item id)
    NeglectLevel,
    NeglectDescription,
    PovertyContext,
    // Step 6: co-operation
    CooperationLevel,
    CooperationEvidence,
    DisguisedCompliance,
    SelectiveHostility,
    AppointmentsOffered,
    AppointmentsKept,
    Reluctance,
    // Step 7: was not brought (rows)
    MissedWhat,
    MissedWhen,
    MissedArrangedBy,
    MissedFollowUp,
    // Step 8: concerns and actions
    ImmediatePresent,
    ImmediateWhat,
    ImmediateAction,
    ImmediateWhoTold,
    ImmediateToldAt,
    ConcernDetail,
    DifferenceWith,
    DifferenceAbout,
    DifferenceEscalated,
    DifferenceOutcome,
    DifferenceRationale,
    NextStepWhat,
    NextStepWho,
    NextStepByWhen,
    // Step 8: the body map (the outline, then each mark as a row)
    BodyOutline,
    BodyMarkLength,
    BodyMarkWidth,
    BodyMarkColour,
    BodyMarkDescription,
    BodyMarkSeenOn,
    BodyMarkInjuredOn,
    // Step 8: photographs (rows; the photo itself is added from the camera or a file)
    PhotoCaption,
    PhotoMark,
    // Step 9: review
    WhatItMeans,
    // Step 2 again, added later at the end so the ids above keep their numbers
    NewPeople,
    Count // not a field: the number of fields
};
Q_ENUM_NS(Id)

// The lists of rows a visit holds.
enum List
{
    AdultsPresent,
    AdultsNotSeen,
    ChildrenPresent,
    MissedAppointments,
    Concerns,
    Differences,
    NextSteps,
    BodyMarks,
    Photos,
    ListCount // not a list
};
Q_ENUM_NS(List)

// What addresses a value besides its id.
enum class Scope
{
    Visit,       // nothing: one value per visit
    LivedPrompt, // a lived-experience prompt id of the pack
    NeglectItem, // a neglect checklist item id of the pack
    MenPrompt,   // a prompt about the men in the child's life
    Row          // a row of `list`
};

enum class Kind
{
    Text,
    Flag,      // true or false
    MaybeFlag, // true, false or not answered (null)
    Number,    // a whole number or not answered (null)
    Choice,    // one of a fixed list of words
    TextList,  // a list of short texts
    Date       // a date as yyyy-mm-dd, or "" when it is not known
};

struct Spec
{
    Id id;
    int step; // 1-9, as the wizard numbers them
    Kind kind;
    Scope scope;
    List list; // for Scope::Row
    // Where the value lives in the visit's JSON: "*" stands for the pack item id and "#" for
    // the row, each always one whole segment (an id may contain dots).
    const char *path;
    bool childsWords; // the child's own words: a quote in the signed body, never nudged
};

const Spec &spec(Id id);
bool isValid(int id);
bool isValidList(int list);
// The JSON segments of a value: the path with the item id or row put in whole.
QStringList segments(const Spec &spec, const QString &item, int row);
// The JSON segments of a list of rows ("who", "adultsPresent").
QStringList listSegments(List list);
// The name tests and objectNames use ("lived.answers.*.childsWords").
QString name(Id id);
// Paths in a visit's JSON that no wizard field writes, with the reason in the .cpp: ids,
// times and positions set by the app, derived values, row identities. A test checks that
// these and the fields together cover every member VisitJson writes, so a member added to
// the visit without a field (or a reason) fails the build's tests.
const QStringList &systemPaths();

} // namespace VisitField
} // namespace hearth
