#pragma once

#include "consolepages.h"
#include "servicecontext.h"
#include "supervisionflags.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::server {

// One child's line in the review queue and every reason it is there.
struct QueueRow
{
    ChildSummary child;
    QList<PatternFlag> openFlags;          // neither acknowledged nor reviewed
    std::optional<qint64> daysSinceReview; // none: never reviewed
    qint64 daysUnreviewed = 0;             // since the last review, else since the first record
    bool reviewDue = false;
    qsizetype recentConcerns = 0; // records with concern in the window, after the last review
    bool persistentConcern = false;

    bool inQueue() const { return !openFlags.isEmpty() || reviewDue || persistentConcern; }
};

namespace ConsoleQueue {

// Judges one child at `now` from its flags and chronology and its last review's time ("created"
// of the newest supervisor-review; empty when there is none).
QueueRow judge(const ChildSummary &child, const ChildFlags &judged, const QString &lastReview,
    const QDateTime &now, const QueuePolicy &policy);

// Most open flags first, then longest overdue for review, then most unreviewed concern, then by
// name, so the same store always lists in the same order.
void order(QList<QueueRow> &rows);

} // namespace ConsoleQueue
} // namespace hearth::server
