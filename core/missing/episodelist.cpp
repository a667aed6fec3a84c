#include "episodelist.h"

#include "record/envelope.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

#include <algorithm>

namespace hearth::EpisodeList {

namespace {
constexpr qsizetype PageSize = 200;

// One young person's records of `kind`, newest first.
Expected<QList<Envelope>, QString> envelopesOf(
    const RecordStore &records, RecordKind kind, const QString &childId)
{
    QList<Envelope> out;
    for (qsizetype offset = 0;; offset += PageSize) {
        auto page = records.summaries(kind, offset, PageSize);
        if (!page)
            return unexpected(page.error().message);
        for (const RecordSummary &summary : page.value()) {
            if (summary.childId != childId)
                continue;
            auto bytes = records.envelope(summary.recordId);
            if (!bytes || !bytes->has_value())
                return unexpected(
                    QStringLiteral("record %1 could not be read").arg(summary.recordId));
            auto json = JsonParser::parse(**bytes);
            if (!json)
                return unexpected(QStringLiteral("record %1 is damaged").arg(summary.recordId));
            auto envelope = Envelope::fromJson(*json);
            if (!envelope)
                return unexpected(QStringLiteral("record %1 is damaged").arg(summary.recordId));
            out.append(std::move(envelope.value()));
        }
        if (page->size() < PageSize)
            return out;
    }
}

QDateTime utc(const JsonValue &body, QStringView key)
{
    return QDateTime::fromString(body[key].toString(), Qt::ISODateWithMs).toUTC();
}
} // namespace

Expected<QList<EpisodeSummary>, QString> of(const RecordStore &records, const QString &childId)
{
    auto episodes = envelopesOf(records, RecordKind::GoingMissing, childId);
    if (!episodes)
        return unexpected(episodes.error());
    auto interviews = envelopesOf(records, RecordKind::ReturnHomeInterview, childId);
    if (!interviews)
        return unexpected(interviews.error());
    QStringList interviewed;
    for (const Envelope &interview : interviews.value())
        interviewed.append(interview.body[u"episode"].toString());
    QList<EpisodeSummary> out;
    for (const Envelope &episode : episodes.value())
        out.append({ episode.id, utc(episode.body, u"missingFrom"), utc(episode.body, u"returned"),
            episode.body[u"whereFound"].toString(), interviewed.contains(episode.id) });
    std::stable_sort(out.begin(), out.end(),
        [](const EpisodeSummary &a, const EpisodeSummary &b) { return a.returned > b.returned; });
    return out;
}

} // namespace hearth::EpisodeList
