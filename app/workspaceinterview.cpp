// The return home interview's part of the Workspace: one interview open at a time, autosaved
// and signed like a going-missing episode.
#include "draft/quickdraftstore.h"
#include "missing/interviewdraft.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspacequick.h"

namespace hearth {

int Workspace::openInterviews() const
{
    return unsignedCount<InterviewDraft>();
}

bool Workspace::startInterview(const QString &childId, const QString &episodeId)
{
    if (!m_services)
        return false;
    QuickDraftStore<InterviewDraft> store(m_services->database(), m_clock);
    auto draft = store.create();
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    if (!openInterview(draft->id))
        return false;
    // Through the page's own choices, so an unknown young person or episode is refused there.
    if (!childId.isEmpty() && m_interview->chooseChild(childId) && !episodeId.isEmpty())
        m_interview->chooseEpisode(episodeId);
    return true;
}

bool Workspace::resumeInterview()
{
    return resumeQuick<InterviewDraft>(
        [this] { return startInterview(); }, &Workspace::openInterview);
}

bool Workspace::openInterview(const QString &interviewId)
{
    return openQuick<InterviewController>(m_interview, &Workspace::setInterview, interviewId,
        tr("This interview could not be opened: %1"));
}

void Workspace::closeInterview()
{
    retire<InterviewController>(m_interview, &Workspace::setInterview, &InterviewController::flush);
}

void Workspace::setInterview(InterviewController *interview)
{
    if (interview == m_interview)
        return;
    m_interview = interview;
    Q_EMIT interviewChanged();
}

void Workspace::signInterview(const QString &passcode)
{
    signDraft<InterviewController>(m_interview, passcode, &Workspace::finishInterviewSigning);
}

void Workspace::finishInterviewSigning(const QString &passcodeError)
{
    const auto signedId = finishDraftSigning<InterviewController>(m_interview,
        &Workspace::setInterview, passcodeError,
        tr("The interview was closed before it could be signed."), currentPack());
    if (!signedId)
        return;
    // An interview offered in time answers the flag "return home interview not recorded
    // within 72 hours", so the caseload's flags are judged again.
    refreshLists();
    Q_EMIT interviewSigned(*signedId);
}

} // namespace hearth
