#include "chronology/chronologyparts.h"

namespace hearth::ChronologyParts {

// A quick concern (a school nurse's, or anyone's between visits): dated when it was signed,
// with the child's own words as a quote like a visit's.
void concernEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::Concern, QDate());
    e.category = c.body[u"category"].toString();
    e.text = c.body[u"seen"].toString();
    const QString next = c.body[u"nextStep"].toString();
    e.detail = next.isEmpty() ? c.body[u"action"].toString()
                              : c.body[u"action"].toString() + QStringLiteral(": ") + next;
    const QDate date = e.date;
    c.add(e);
    quoteEntries(c, date);
}

// A life event is dated the day it happened, which may be long before it was recorded: the
// escalation pattern reads concerns before it by that date, not by the day someone heard of it.
// Its type stays the closed word as signed, so every reader words it in its own language.
void lifeEventEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::LifeEvent, dateOf(c.body[u"happenedOn"]));
    e.category = c.body[u"type"].toString();
    e.text = c.body[u"note"].toString();
    e.detail = c.body[u"source"].toString();
    e.subject = c.body[u"adult"].toString();
    c.add(e);
}

} // namespace hearth::ChronologyParts
