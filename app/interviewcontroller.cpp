#include "interviewcontroller.h"

#include "record/missingbody.h"
#include "visit/visitservices.h"

#include <QLocale>

namespace hearth {

namespace {
QString dayAndTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return InterviewController::tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM")),
            local.time().toString(QStringLiteral("HH:mm")));
}
} // namespace

InterviewController::InterviewController(
    VisitServices &services, InterviewDraft draft, QObject *parent)
    : YoungPersonRecord(services, parent)
    , m_draft(std::move(draft))
    , m_autosave(this, services, m_draft, tr("This interview could not be saved: %1"),
          [this] { Q_EMIT errorTextChanged(); })
{
    if (!m_draft.childId.isEmpty())
        if (auto child = services.caseload().child(m_draft.childId))
            m_childName = child->displayName();
    loadEpisodes();
}

void InterviewController::loadEpisodes()
{
    m_episodes.clear();
    if (!m_services || m_draft.childId.isEmpty())
        return;
    auto episodes = EpisodeList::of(m_services->records(), m_draft.childId);
    if (!episodes) {
        setErrorText(
            tr("This young person's episodes could not be read: %1").arg(episodes.error()));
        return;
    }
    m_episodes = std::move(episodes.value());
}

QVariantList InterviewController::episodes() const
{
    QVariantList out;
    const QString format = QStringLiteral("ddd d MMM yyyy, HH:mm");
    for (const EpisodeSummary &episode : m_episodes)
        out.append(QVariantMap { { QStringLiteral("id"), episode.recordId },
            { QStringLiteral("label"),
                tr("Back %1 (missing from %2)")
                    .arg(QLocale().toString(episode.returned.toLocalTime(), format),
                        QLocale().toString(episode.missingFrom.toLocalTime(), format)) },
            { QStringLiteral("detail"),
                episode.interviewed ? tr("Found: %1. An interview is already recorded for it.")
                                          .arg(episode.whereFound)
                                    : tr("Found: %1").arg(episode.whereFound) },
            { QStringLiteral("interviewed"), episode.interviewed } });
    return out;
}

const EpisodeSummary *InterviewController::chosenEpisode() const
{
    for (const EpisodeSummary &episode : m_episodes)
        if (episode.recordId == m_draft.episodeId)
            return &episode;
    return nullptr;
}

bool InterviewController::late() const
{
    const EpisodeSummary *episode = chosenEpisode();
    if (!episode || !m_services)
        return false;
    const QDateTime offered = QDateTime::fromString(m_draft.offeredAt, Qt::ISODateWithMs);
    const QDateTime when = offered.isValid() ? offered : m_services->clock().nowUtc();
    return m_draft.status == u"not-offered" || when > EpisodeList::interviewDue(*episode);
}

QString InterviewController::deadline() const
{
    const EpisodeSummary *episode = chosenEpisode();
    if (!episode || !m_services)
        return {};
    const QDateTime due = EpisodeList::interviewDue(*episode);
    const QString when = dayAndTime(due);
    if (m_draft.status == u"not-offered")
        return tr("It was due to be offered by %1, 72 hours after they came back. The chronology "
                  "will show it as not offered.")
            .arg(when);
    const QDateTime offered = QDateTime::fromString(m_draft.offeredAt, Qt::ISODateWithMs);
    if (offered.isValid())
        return offered <= due
            ? tr("Offered in time: within 72 hours of their coming back, which ran until %1.")
                  .arg(when)
            : tr("Offered late: the 72 hours after they came back ended %1. The chronology will "
                 "show it as late.")
                  .arg(when);
    const qint64 hoursLeft = m_services->clock().nowUtc().secsTo(due) / 3600;
    if (hoursLeft >= 0)
        return tr("Offer it by %1: within 72 hours of their coming back (%n hour(s) left).", "",
            int(hoursLeft))
            .arg(when);
    return tr("The 72 hours after they came back ended %1. Offer it now; the chronology will "
              "show it as late.")
        .arg(when);
}

int InterviewController::independent() const
{
    return m_draft.independent ? int(*m_draft.independent) : -1;
}

std::optional<YoungPersonRefusal> InterviewController::refusal() const
{
    auto body = m_draft.toBody();
    return body ? std::nullopt : std::optional(body.error());
}

void InterviewController::setStatus(const QString &status)
{
    if (status == m_draft.status || !MissingBody::interviewStatuses().contains(status))
        return;
    m_draft.status = status;
    changed();
}

void InterviewController::setIndependent(int answer)
{
    if (answer < -1 || answer > 1 || answer == independent())
        return;
    m_draft.independent = answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
    changed();
}

bool InterviewController::chooseEpisode(const QString &episodeId)
{
    const QString previous = std::exchange(m_draft.episodeId, episodeId);
    if (chosenEpisode())
        changed();
    else
        m_draft.episodeId = previous;
    return m_draft.episodeId == episodeId;
}

void InterviewController::adoptChild(const QString &childId)
{
    if (childId != m_draft.childId)
        m_draft.episodeId.clear();
    m_draft.childId = childId;
    loadEpisodes();
}

void InterviewController::changed()
{
    Q_EMIT contentChanged();
    m_autosave.changed();
}

void InterviewController::detach()
{
    flush();
    forgetSigned();
}

void InterviewController::forgetSigned()
{
    m_autosave.forget();
    forgetYoungPerson();
    m_draft = {};
    m_episodes.clear();
    m_offered = {};
    m_held = {};
}

} // namespace hearth
