#include "visitvalidator.h"

#include "model/visitsafety.h"

#include <QCoreApplication>
#include <QDate>

namespace hearth {

namespace {

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Collects missing items for one step at a time.
class Missing
{
public:
    void need(bool ok, int step, const char *field, const QString &text)
    {
        if (!ok)
            m_items.append({ step, QLatin1String(field), text });
    }
    void need(bool ok, int step, const QString &field, const QString &text)
    {
        if (!ok)
            m_items.append({ step, field, text });
    }
    QList<MissingItem> take() { return std::move(m_items); }

private:
    QList<MissingItem> m_items;
};

void checkStart(const VisitStart &s, Missing &m)
{
    m.need(!blank(s.childId), 1, "start.childId",
        VisitValidator::tr("Choose the child this visit is for."));
    m.need(s.notice != VisitNotice::NotRecorded, 1, "start.notice",
        VisitValidator::tr("Say whether the visit was announced or unannounced."));
    m.need(s.place != VisitPlace::NotRecorded, 1, "start.place",
        VisitValidator::tr("Say where the visit took place."));
    m.need(s.place != VisitPlace::Other || !blank(s.placeOther), 1, "start.placeOther",
        VisitValidator::tr("Describe the place of the visit."));
    m.need(!blank(s.purpose), 1, "start.purpose",
        VisitValidator::tr("Write the purpose of the visit."));
    m.need(!blank(s.arrivalUtc), 1, "start.arrivalUtc",
        VisitValidator::tr("Record the arrival time."));
    // An unavailable position is an answer: positioning must never block a visit.
    const VisitLocation &l = s.location;
    m.need(l.source != LocationSource::NotRecorded, 1, "start.location",
        VisitValidator::tr("Record the location, or that it was not available."));
    m.need(l.source != LocationSource::Gps || (l.latMicroDeg && l.lonMicroDeg && l.accuracyM), 1,
        "start.location",
        VisitValidator::tr("The position from the device is incomplete; try again or enter "
                           "it by hand."));
    m.need(l.source != LocationSource::Manual || (l.latMicroDeg && l.lonMicroDeg) || !blank(l.note),
        1, "start.location",
        VisitValidator::tr("Enter the location by hand or describe where you were."));
}

void checkWho(const WhoIsHere &w, const VisitRequirements &r, Missing &m)
{
    // Asked at every visit, "no" included: a new partner or visitor nobody asked about is how
    // adults stayed invisible in the reviews.
    m.need(!w.newPeople.isEmpty(), 2, "who.newPeople",
        VisitValidator::tr("Say whether anyone new lives in or regularly visits the home since "
                           "the last visit."));
    for (const VisitRequirements::Item &prompt : r.menPrompts) {
        const PromptAnswer answer = w.menPrompts.value(prompt.id);
        m.need(!answer.answer.isEmpty(), 2, QStringLiteral("who.menPrompts.") + prompt.id,
            VisitValidator::tr("Answer: %1").arg(prompt.label));
    }
    for (const PersonSeen &p : w.adultsNotSeen)
        m.need(!blank(p.note), 2, "who.adultsNotSeen",
            VisitValidator::tr("Say why %1 was not seen.").arg(p.name.isEmpty() ? p.id : p.name));
}

void checkSeeing(const SeeingTheChild &s, VisitPlace place, Missing &m)
{
    m.need(s.seen.has_value(), 3, "seeing.seen",
        VisitValidator::tr("Say whether the child was seen."));
    if (s.seen == false)
        m.need(!blank(s.notSeenReason), 3, "seeing.notSeenReason",
            VisitValidator::tr("Say why the child was not seen."));
    if (s.seen == true) {
        m.need(s.seenAlone.has_value(), 3, "seeing.seenAlone",
            VisitValidator::tr("Say whether the child was seen alone."));
        if (s.seenAlone == false)
            m.need(!blank(s.notSeenAloneReason), 3, "seeing.notSeenAloneReason",
                VisitValidator::tr("Say why the child was not seen alone."));
    }
    if (place == VisitPlace::Home)
        m.need(!blank(s.sleepingPlace), 3, "seeing.sleepingPlace",
            VisitValidator::tr("Record where the child sleeps."));
    m.need(!blank(s.communication), 3, "seeing.communication",
        VisitValidator::tr("Record how the child communicates."));
    if (s.interpreter.used) {
        m.need(!blank(s.interpreter.who), 3, "seeing.interpreter.who",
            VisitValidator::tr("Record who interpreted."));
        m.need(s.interpreter.relation != InterpreterRelation::NotRecorded, 3,
            "seeing.interpreter.relation",
            VisitValidator::tr("Record who the interpreter is to the child."));
    }
}

void checkLived(const LivedExperience &l, Missing &m)
{
    m.need(!blank(l.dayInTheLife), 4, "lived.dayInTheLife",
        VisitValidator::tr("Describe what a day is like for this child."));
    m.need(!l.sexualisedBehaviour || !blank(l.sexualisedBehaviourDescription), 4,
        "lived.sexualisedBehaviourDescription",
        VisitValidator::tr("Describe the sexualised behaviour exactly as it was seen or heard."));
}

void checkNeglect(const NeglectChecklist &n, const VisitRequirements &r, Missing &m)
{
    for (const VisitRequirements::Item &item : r.neglectItems)
        m.need(n.ratings.contains(item.id), 5, QStringLiteral("neglect.") + item.id,
            VisitValidator::tr("Rate: %1").arg(item.label));
    for (auto it = n.ratings.cbegin(); it != n.ratings.cend(); ++it) {
        const bool concern = it->level == NeglectLevel::SomeConcern
            || it->level == NeglectLevel::SignificantConcern;
        QString label = it.key();
        for (const VisitRequirements::Item &item : r.neglectItems)
            if (item.id == it.key())
                label = item.label;
        m.need(!concern || !blank(it->description), 5, QStringLiteral("neglect.") + it.key(),
            VisitValidator::tr("Describe what you saw, heard or smelt: %1").arg(label));
    }
}

void checkCooperation(const Cooperation &c, Missing &m)
{
    m.need(c.level.has_value(), 6, "cooperation.level",
        VisitValidator::tr("Choose the level of co-operation."));
    m.need(!blank(c.evidence), 6, "cooperation.evidence",
        VisitValidator::tr("Write what the co-operation rating is based on."));
}

void checkMissed(const QList<MissedAppointment> &missed, Missing &m)
{
    for (qsizetype i = 0; i < missed.size(); ++i) {
        const MissedAppointment &a = missed[i];
        const QString field = QStringLiteral("missedAppointments[%1]").arg(i);
        m.need(!blank(a.what) && !blank(a.when), 7, field,
            VisitValidator::tr("Say which appointment the child was not brought to, and when."));
        m.need(!blank(a.followUp), 7, field,
            VisitValidator::tr(
                "Record the follow-up for each appointment the child was not brought to."));
    }
}

void checkConcerns(const ConcernsAndActions &c, Missing &m)
{
    const ImmediateSafety &i = c.immediate;
    m.need(i.present.has_value(), 8, "concerns.immediate",
        VisitValidator::tr("Say whether there is an immediate safety concern."));
    if (i.present == true) {
        m.need(!blank(i.what), 8, "concerns.immediate.what",
            VisitValidator::tr("Describe the immediate safety concern."));
        m.need(!blank(i.action), 8, "concerns.immediate.action",
            VisitValidator::tr("Record the action taken under local procedure."));
        m.need(!blank(i.whoTold) && !blank(i.toldAt), 8, "concerns.immediate.whoTold",
            VisitValidator::tr("Record who was told and when."));
    }
    for (const ProfessionalDifference &d : c.differences)
        m.need(!blank(d.outcome) && !blank(d.rationale), 8, "concerns.differences",
            VisitValidator::tr(
                "Record the outcome and rationale of each professional difference."));
    for (const NextStep &s : c.nextSteps)
        m.need(!blank(s.what) && !blank(s.who) && !blank(s.byWhen), 8, "concerns.nextSteps",
            VisitValidator::tr("Each next step needs what, who and by when."));
}
bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

// Each mark on the body map is signed as a complete observation (docs/record-format.md).
void checkBodyMap(const BodyMap &map, Missing &m)
{
    for (qsizetype i = 0; i < map.marks.size(); ++i) {
        const BodyMark &mark = map.marks.at(i);
        const QString number = QString::number(i + 1);
        m.need(mark.lengthMm && mark.widthMm && mark.colour != MarkColour::NotRecorded
                && !blank(mark.description),
            8, QStringLiteral("bodyMap.marks"),
            VisitValidator::tr("Mark %1 on the body map needs its size, colour and description.")
                .arg(number));
        m.need(isDate(mark.seenOn)
                && (mark.injuredOn.isEmpty()
                    || (isDate(mark.injuredOn) && mark.injuredOn <= mark.seenOn)),
            8, QStringLiteral("bodyMap.marks"),
            VisitValidator::tr(
                "Mark %1 on the body map needs the date it was seen (and any date of injury "
                "no later).")
                .arg(number));
    }
}

// A photo that names a body-map mark must name one that is there (a mark removed after).
void checkPhotos(const QList<VisitPhoto> &photos, qsizetype markCount, Missing &m)
{
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const std::optional<qint64> &mark = photos.at(i).mark;
        m.need(!mark || (*mark >= 1 && *mark <= markCount), 8, QStringLiteral("photos"),
            VisitValidator::tr("Photo %1 names a mark that is not on the body map.").arg(i + 1));
    }
}
} // namespace

QList<MissingItem> VisitValidator::missing(const Visit &visit, const VisitRequirements &r)
{
    Missing m;
    checkStart(visit.start, m);
    checkWho(visit.who, r, m);
    checkSeeing(visit.seeing, visit.start.place, m);
    checkLived(visit.lived, m);
    checkNeglect(visit.neglect, r, m);
    checkCooperation(visit.cooperation, m);
    checkMissed(visit.missedAppointments, m);
    checkConcerns(visit.concerns, m);
    checkBodyMap(visit.bodyMap, m);
    checkPhotos(visit.photos, visit.bodyMap.marks.size(), m);
    m.need(!blank(visit.review.whatItMeans), 9, "review.whatItMeans",
        tr("Answer: what does this mean for the child?"));
    return m.take() + VisitSafety::missing(visit, r.safety);
}

QList<VisitFlag> VisitValidator::flags(const Visit &visit)
{
    QList<VisitFlag> out;
    auto flag = [&](bool on, const char *id, const QString &text) {
        if (on)
            out.append({ QLatin1String(id), text });
    };
    const InterpreterRelation who = visit.seeing.interpreter.relation;
    flag(visit.seeing.interpreterConcern() && who == InterpreterRelation::Child,
        "interpreter-child",
        tr("A child interpreted. A child must never interpret: arrange an independent "
           "interpreter and record this as a concern."));
    flag(visit.seeing.interpreterConcern() && who == InterpreterRelation::FamilyMember,
        "interpreter-family",
        tr("A family member interpreted, so the child could not speak freely. Arrange an "
           "independent interpreter and record this as a concern."));
    flag(visit.seeing.seen == false, "child-not-seen", tr("The child was not seen."));
    flag(visit.seeing.seen == true && visit.seeing.seenAlone == false, "child-not-seen-alone",
        tr("The child was not seen alone."));
    flag(visit.lived.sexualisedBehaviour, "sexualised-behaviour",
        tr("Sexualised behaviour was recorded. It is always a red flag: follow local "
           "safeguarding procedure."));
    flag(visit.missedAppointments.size() >= 2, "not-brought-pattern",
        tr("The child was not brought to %1 appointments. A pattern of these is a key sign of "
           "accumulating concern.")
            .arg(visit.missedAppointments.size()));
    flag(visit.cooperation.disguisedCompliance, "disguised-compliance",
        tr("Possible disguised compliance: check what has actually changed for the child."));
    flag(visit.cooperation.level == 5, "help-seeking",
        tr("Persistent, anxious help-seeking is itself a pattern of concern."));
    int significant = 0;
    for (const NeglectRating &rating : visit.neglect.ratings)
        significant += rating.level == NeglectLevel::SignificantConcern ? 1 : 0;
    flag(significant > 0, "neglect-significant",
        tr("%1 neglect item(s) rated significant concern.").arg(significant));
    return out;
}

} // namespace hearth
