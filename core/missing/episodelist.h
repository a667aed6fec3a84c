#pragma once

#include "common/expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hearth {

class RecordStore;

// A young person's signed going-missing episode, as the return home interview picks it.
struct EpisodeSummary
{
    QString recordId;
    QDateTime missingFrom; // UTC
    QDateTime returned;    // UTC
    QString whereFound;
    bool interviewed = false; // a return home interview is signed for it
};

namespace EpisodeList {

// The interview is to be offered within 72 hours of the young person coming back (statutory
// guidance; the pattern rule return-interview-late flags it when not).
inline constexpr qint64 InterviewDueHours = 72;

inline QDateTime interviewDue(const EpisodeSummary &episode)
{
    return episode.returned.addSecs(InterviewDueHours * 3600);
}

// The young person's signed episodes, the most recent return first, each saying whether an
// interview is already signed for it. Read from the record summaries and only this young
// person's envelopes, so a year of other children's records is not parsed. A stored record
// that no longer reads is said in words.
[[nodiscard]] Expected<QList<EpisodeSummary>, QString> of(
    const RecordStore &records, const QString &childId);

} // namespace EpisodeList
} // namespace hearth
