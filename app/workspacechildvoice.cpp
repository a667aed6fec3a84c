// Child-voice sessions' part of the Workspace: one session open at a time, autosaved like a
// visit draft and signed through the same passcode check and record store.
#include "childvoice/childvoicedraft.h"
#include "content/contentlibrary.h"
#include "draft/quickdraftstore.h"
#include "visit/visitservices.h"
#include "workspacequick.h"

namespace hearth {

int Workspace::openChildVoiceSessions() const
{
    return unsignedCount<ChildVoiceDraft>();
}

bool Workspace::startChildVoice()
{
    if (!m_services)
        return false;
    const ContentPack *pack = m_services->content().current();
    if (!pack) {
        setErrorText(tr("The content pack could not be loaded, so no session can be started."));
        return false;
    }
    auto draft = QuickDraftStore<ChildVoiceDraft>(m_services->database(), m_clock)
                     .create(pack->id, pack->version);
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    return openChildVoice(draft->id);
}

bool Workspace::resumeChildVoice()
{
    return resumeQuick<ChildVoiceDraft>(
        [this] { return startChildVoice(); }, &Workspace::openChildVoice);
}

bool Workspace::openChildVoice(const QString &sessionId)
{
    return openQuick<ChildVoiceController>(m_childVoice, &Workspace::setChildVoice, sessionId,
        tr("This session could not be opened: %1"));
}

void Workspace::closeChildVoice()
{
    retire<ChildVoiceController>(
        m_childVoice, &Workspace::setChildVoice, &ChildVoiceController::flush);
}

void Workspace::setChildVoice(ChildVoiceController *session)
{
    if (session == m_childVoice)
        return;
    m_childVoice = session;
    Q_EMIT childVoiceChanged();
}

bool Workspace::handChildVoiceToChild()
{
    if (!m_childVoice)
        return false;
    // Child mode greets the child by name from the caseload; a child not yet on the tablet
    // has no record to greet them from.
    if (m_childVoice->childId().isEmpty()) {
        setErrorText(tr("Choose a child on your caseload before handing them the tablet."));
        return false;
    }
    QPointer<ChildVoiceController> session = m_childVoice;
    return openChildMode(
        session->childId(), session->draft().childContribution, [session](const JsonValue &made) {
            if (session)
                session->keepChildContribution(made);
        });
}

void Workspace::signChildVoice(const QString &passcode)
{
    signDraft<ChildVoiceController>(m_childVoice, passcode, &Workspace::finishChildVoiceSigning);
}

void Workspace::finishChildVoiceSigning(const QString &passcodeError)
{
    const auto signedId
        = finishDraftSigning<ChildVoiceController>(m_childVoice, &Workspace::setChildVoice,
            passcodeError, tr("The session was closed before it could be signed."));
    if (signedId)
        Q_EMIT childVoiceSigned(*signedId);
}

} // namespace hearth
