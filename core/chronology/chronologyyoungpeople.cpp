#include "chronology/chronologyparts.h"

namespace hearth::ChronologyParts {

// A child-voice session: where and whether alone on the day it was signed, then each of the
// child's words as its own quote on the day the child said it, so they read as the child's and
// filter with every other quote.
void childVoiceEntries(const Context &c)
{
    ChronologyEntry e = c.entry(Kind::ChildVoiceSession, QDate());
    const JsonValue &where = c.body[u"where"];
    e.category = where[u"place"].toString();
    e.text = where[u"detail"].toString();
    e.detail = c.body[u"practitionerWillDo"].toString();
    e.seen = true;
    e.seenAlone = optionalBool(c.body[u"seenAlone"]);
    e.childMade = c.body[u"childContribution"];
    c.add(e);
    for (const JsonValue &quote : c.body[u"childsWords"].items()) {
        const QDateTime said = QDateTime::fromString(quote[u"at"].toString(), Qt::ISODateWithMs);
        ChronologyEntry words
            = c.entry(Kind::ChildsWords, said.isValid() ? said.toUTC().date() : QDate());
        words.category = quote[u"context"].toString();
        words.text = quote[u"quote"].toString();
        c.add(words);
    }
}

namespace {
// An exploitation indicator is shown as what an adult observed and its source, one line each,
// so "filter by kind" can gather them across episodes and interviews.
void contextEntries(const Context &c, QDate date)
{
    for (const JsonValue &item : c.body[u"exploitationContext"].items()) {
        ChronologyEntry e = c.entry(Kind::ExploitationContext, date);
        e.category = item[u"indicator"].toString();
        e.text = item[u"observed"].toString();
        e.detail = item[u"source"].toString();
        c.add(e);
    }
}

} // namespace

// A going-missing episode is dated the day the young person came back: that is when the
// return home interview falls due.
void goingMissingEntries(const Context &c)
{
    const QDateTime returned
        = QDateTime::fromString(c.body[u"returned"].toString(), Qt::ISODateWithMs).toUTC();
    ChronologyEntry e = c.entry(Kind::GoingMissing, returned.date());
    e.at = returned;
    e.category
        = c.body[u"reportedToPolice"].toBool() ? c.body[u"policeReference"].toString() : QString();
    e.text = c.body[u"whereFound"].toString();
    e.detail = c.body[u"howReturned"].toString();
    const QDate date = e.date;
    c.add(e);
    quoteEntries(c, date);
    contextEntries(c, date);
}

void returnHomeInterviewEntries(const Context &c)
{
    const QString offered = c.body[u"offeredAt"].toString();
    const QDateTime at = QDateTime::fromString(offered, Qt::ISODateWithMs).toUTC();
    ChronologyEntry e = c.entry(Kind::ReturnHomeInterview, at.date());
    e.at = at;
    e.category = c.body[u"status"].toString();
    e.text = c.body[u"actions"].toString();
    e.detail = c.body[u"reason"].toString();
    e.evidence.append(c.body[u"episode"].toString());
    const QDate date = e.date;
    c.add(e);
    quoteEntries(c, date);
    contextEntries(c, date);
}

} // namespace hearth::ChronologyParts
