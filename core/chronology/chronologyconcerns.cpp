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

} // namespace hearth::ChronologyParts
