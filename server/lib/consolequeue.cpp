#include "consolequeue.h"

#include <QSet>

#include <algorithm>

namespace hearth::server {

QueueRow ConsoleQueue::judge(const ChildSummary &child, const ChildFlags &judged,
    const QString &lastReview, const QDateTime &now, const QueuePolicy &policy)
{
    QueueRow row;
    row.child = child;
    for (const PatternFlag &flag : judged.flags)
        if (!flag.acknowledged && !flag.reviewed)
            row.openFlags.append(flag);

    const QDateTime reviewed = QDateTime::fromString(lastReview, Qt::ISODateWithMs);
    const QList<ChronologyEntry> &entries = judged.chronology.entries; // newest first
    if (reviewed.isValid()) {
        row.daysSinceReview = reviewed.daysTo(now);
        row.daysUnreviewed = *row.daysSinceReview;
        row.reviewDue = row.daysUnreviewed >= policy.reviewIntervalDays;
    } else if (!entries.isEmpty()) {
        // Never reviewed: the clock starts at the first thing the agency knew of the child, so a
        // new case is not overdue on its first day.
        QDateTime first = entries.constFirst().recordedAt;
        for (const ChronologyEntry &e : entries)
            first = std::min(first, e.recordedAt);
        row.daysUnreviewed = first.daysTo(now);
        row.reviewDue = row.daysUnreviewed >= policy.reviewIntervalDays;
    }

    // Below-threshold concern that keeps coming: records carrying a concern (a quick concern, or
    // a visit with concern items, any category; a record counts once) signed in the window and
    // after the last review.
    const QDateTime windowStart = now.addMonths(-int(policy.concernMonths));
    QSet<QString> concernRecords;
    for (const ChronologyEntry &e : entries) {
        if (e.kind != ChronologyEntry::Kind::Concern || e.recordedAt > now
            || e.recordedAt < windowStart || (reviewed.isValid() && e.recordedAt <= reviewed))
            continue;
        concernRecords.insert(e.recordId);
    }
    row.recentConcerns = concernRecords.size();
    row.persistentConcern = row.recentConcerns >= policy.concernCount;
    return row;
}

void ConsoleQueue::order(QList<QueueRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const QueueRow &a, const QueueRow &b) {
        if (a.openFlags.size() != b.openFlags.size())
            return a.openFlags.size() > b.openFlags.size();
        const qint64 aDue = a.reviewDue ? a.daysUnreviewed : -1;
        const qint64 bDue = b.reviewDue ? b.daysUnreviewed : -1;
        if (aDue != bDue)
            return aDue > bDue;
        if (a.recentConcerns != b.recentConcerns)
            return a.recentConcerns > b.recentConcerns;
        const int byName = a.child.displayName().localeAwareCompare(b.child.displayName());
        return byName != 0 ? byName < 0 : a.child.id < b.child.id;
    });
}

} // namespace hearth::server
