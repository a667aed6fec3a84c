#pragma once

#include "content/localtext.h"
#include "model/child.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace hearth {

// An age as the child health programmes state them ("10-14 days", "9-12 months", "2½ years"),
// written in a content pack as an ISO 8601 period (P10D, P9M, P2Y6M). Months are calendar
// months, so "9 months" is the same day of the month nine months on.
struct AgeOffset
{
    qint64 months = 0;
    qint64 days = 0;

    // P[nY][nM][nW][nD], at least one part; none for anything else.
    static std::optional<AgeOffset> parse(QStringView text);
    QDate after(const QDate &birth) const { return birth.addMonths(int(months)).addDays(days); }
};

// One contact of the child health programme the agency follows, as its content pack declares
// it. An antenatal contact opens at a week of pregnancy and lasts until the birth; the others
// open and close at ages (both days included).
struct ScheduledContact
{
    QString id;
    LocalText label;
    std::optional<qint64> pregnancyWeek; // antenatal: opens at this week of pregnancy
    AgeOffset from;
    AgeOffset until;
};

// The programme's contacts in the order a child meets them, and the age at which the schedule
// stops proposing contacts (a missed last contact is not shown as due for ever).
struct ContactSchedule
{
    LocalText source; // what the schedule follows, for the agency choosing a pack
    QList<ScheduledContact> contacts;
    AgeOffset endsAt;

    bool isEmpty() const { return contacts.isEmpty(); }
};

// A contact the child had: a visit signed on this tablet, or an agency record of another
// practitioner's contact. `seen` is none when the record does not say (agency summaries).
struct ChildContact
{
    QDate date;
    bool byYou = false;
    std::optional<bool> seen;
};

// When the child's next contact is due: the agency's planned date (from == until), or the
// window of the next contact of the schedule not yet made.
struct NextContact
{
    enum class Basis
    {
        Planned,
        Schedule
    };
    Basis basis = Basis::Schedule;
    QString contactId; // the schedule's contact id; empty when planned by the agency
    LocalText label;
    QDate from;
    QDate until;

    bool isOverdue(const QDate &today) const { return until < today; }
    // Due on some day from today to the end of this week (Monday to Sunday), and not overdue.
    bool isDueThisWeek(const QDate &today) const
    {
        return !isOverdue(today) && from <= today.addDays(7 - today.dayOfWeek());
    }
};

// What the caseload shows and filters on for one child.
struct ChildPlan
{
    std::optional<ChildContact> last;
    std::optional<QDate> lastSeen; // the latest contact not recorded as "child not seen"
    std::optional<NextContact> next;
};

// The rules, stated in the README ("Planning the day"): the last contact is the latest of the
// child's contacts (this tablet's visit preferred on the same day, as it says whether the child
// was seen). The next contact is the agency's planned date until a contact is made on or after
// it; otherwise the first contact of the schedule not yet made whose time has not passed. A
// contact of the schedule is made when the child had any contact from the day its window opens
// until the day before the next one opens (a late contact still counts; an antenatal one only
// until the birth). A missed contact is overdue until the next one opens, the last one until
// the schedule ends. A child taken off the caseload has nothing due.
namespace CaseloadPlan {
ChildPlan plan(const Child &child, const QList<ChildContact> &contacts,
    const ContactSchedule &schedule, const QDate &today);
} // namespace CaseloadPlan

} // namespace hearth
