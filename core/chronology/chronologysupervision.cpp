#include "chronology/chronologyparts.h"

namespace hearth::ChronologyParts {

void flagAcknowledgementEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::FlagAcknowledgement, QDate());
    e.category = c.body[u"rule"].toString();
    e.subject = c.body[u"subject"].toString();
    e.text = c.body[u"note"].toString();
    for (const JsonValue &id : c.body[u"evidence"].items())
        e.evidence.append(id.toString());
    c.add(e);
}

void amendmentEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::Amendment, QDate());
    e.category = c.body[u"amends"].toString();
    e.text = c.body[u"reason"].toString();
    // The app's correction after signing is written in words, not as changed values.
    e.detail = c.body[u"correction"].toString();
    c.add(e);
}

// A supervisor's review (signed by the agency server): the decision, why, and the flags it
// looked at, so the evaluator can mark those reviewed.
void supervisorReviewEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::SupervisorReview, QDate());
    e.author = c.body[u"supervisor"].toString();
    e.category = c.body[u"decision"].toString();
    e.text = c.body[u"discussion"].toString();
    e.detail = c.body[u"rationale"].toString();
    for (const JsonValue &action : c.body[u"actions"].items())
        e.actions.append({ action[u"action"].toString(), action[u"owner"].toString(),
            QDate::fromString(action[u"due"].toString(), Qt::ISODate) });
    for (const JsonValue &flag : c.body[u"flags"].items()) {
        e.rules.append(flag[u"rule"].toString());
        for (const JsonValue &id : flag[u"evidence"].items())
            e.evidence.append(id.toString());
    }
    c.add(e);
}

void countersignatureEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::Countersignature, QDate());
    e.author = c.body[u"supervisor"].toString();
    e.category = c.body[u"record"].toString();
    e.text = c.body[u"note"].toString();
    c.add(e);
}

// Opened: who disagrees with whom about what, at which step; closed: the outcome, naming the
// record that opened it.
void professionalDifferenceEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::ProfessionalDifference, QDate());
    e.author = c.body[u"supervisor"].toString();
    e.category = c.body[u"status"].toString();
    if (e.category == u"open") {
        e.text = c.body[u"about"].toString();
        e.raisedBy = c.body[u"raisedBy"].toString();
        e.disagreesWith = c.body[u"disagreesWith"].toString();
        e.step = c.body[u"escalationStep"].toString();
    } else {
        e.text = c.body[u"outcome"].toString();
        e.evidence.append(c.body[u"opened"].toString());
    }
    c.add(e);
}

} // namespace hearth::ChronologyParts
