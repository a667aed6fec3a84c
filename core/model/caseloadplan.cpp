#include "caseloadplan.h"

#include <QRegularExpression>

#include <algorithm>

namespace hearth {

std::optional<AgeOffset> AgeOffset::parse(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral("^P(?:(\\d{1,3})Y)?(?:(\\d{1,4})M)?(?:(\\d{1,4})W)?(?:(\\d{1,5})D)?$"));
    const auto match = shape.match(text.toString());
    if (!match.hasMatch() || text.size() < 3)
        return std::nullopt;
    const auto part = [&](int group) { return match.capturedView(group).toLongLong(); };
    return AgeOffset { part(1) * 12 + part(2), part(3) * 7 + part(4) };
}

namespace {
// One contact of the schedule placed on the calendar for one child.
struct Window
{
    const ScheduledContact *contact = nullptr;
    QDate from;
    QDate until;
    QDate madeUntil;  // a contact up to this day still counts as this one made
    QDate supersedes; // from this day the next contact (or the end of the schedule) takes over
};

QList<Window> windowsFor(const Child &child, const ContactSchedule &schedule)
{
    QList<Window> windows;
    if (child.isUnborn()) {
        // Before the birth only the antenatal contact can be made; it lasts until the birth.
        if (!child.expectedDate)
            return windows;
        for (const ScheduledContact &contact : schedule.contacts) {
            if (!contact.pregnancyWeek)
                continue;
            const QDate from = child.expectedDate->addDays(-(40 - *contact.pregnancyWeek) * 7);
            windows.append(
                { &contact, from, *child.expectedDate, QDate(9999, 12, 31), QDate(9999, 12, 31) });
        }
        return windows;
    }
    const QDate birth = *child.dateOfBirth;
    for (const ScheduledContact &contact : schedule.contacts) {
        if (contact.pregnancyWeek)
            continue; // born: the antenatal contact can no longer be made
        windows.append({ &contact, contact.from.after(birth), contact.until.after(birth), {}, {} });
    }
    for (qsizetype i = 0; i < windows.size(); ++i) {
        Window &window = windows[i];
        const bool last = i + 1 == windows.size();
        window.supersedes = last ? schedule.endsAt.after(birth) : windows[i + 1].from;
        window.madeUntil
            = last ? QDate(9999, 12, 31) : std::max(window.until, windows[i + 1].from.addDays(-1));
    }
    return windows;
}

std::optional<NextContact> nextFromSchedule(const Child &child, const QList<ChildContact> &contacts,
    const ContactSchedule &schedule, const QDate &today)
{
    for (const Window &window : windowsFor(child, schedule)) {
        const bool made = std::any_of(contacts.cbegin(), contacts.cend(),
            [&](const auto &c) { return c.date >= window.from && c.date <= window.madeUntil; });
        if (made || today >= window.supersedes)
            continue;
        return NextContact { NextContact::Basis::Schedule, window.contact->id,
            window.contact->label, window.from, window.until };
    }
    return std::nullopt;
}
} // namespace

ChildPlan CaseloadPlan::plan(const Child &child, const QList<ChildContact> &contacts,
    const ContactSchedule &schedule, const QDate &today)
{
    ChildPlan plan;
    for (const ChildContact &contact : contacts) {
        if (!plan.last || contact.date > plan.last->date
            || (contact.date == plan.last->date && contact.byYou && !plan.last->byYou))
            plan.last = contact;
        if (contact.seen != false && (!plan.lastSeen || contact.date > *plan.lastSeen))
            plan.lastSeen = contact.date;
    }
    if (child.isRemovedFromCaseload())
        return plan;
    if (child.nextContactDate) {
        const QDate planned = *child.nextContactDate;
        const bool made = std::any_of(contacts.cbegin(), contacts.cend(),
            [&](const ChildContact &c) { return c.date >= planned; });
        if (!made) {
            plan.next = NextContact { NextContact::Basis::Planned, {}, {}, planned, planned };
            return plan;
        }
    }
    plan.next = nextFromSchedule(child, contacts, schedule, today);
    return plan;
}

} // namespace hearth
