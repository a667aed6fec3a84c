// The quick concern log's part of the Workspace: one concern open at a time, autosaved like a
// visit draft and signed through the same passcode check and record store.
#include "concern/concerndraft.h"
#include "content/contentlibrary.h"
#include "draft/quickdraftstore.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspacequick.h"

namespace hearth {

int Workspace::openConcerns() const
{
    return unsignedCount<ConcernDraft>();
}

bool Workspace::startConcern()
{
    if (!m_services)
        return false;
    const ContentPack *pack = m_services->content().current();
    if (!pack) {
        setErrorText(tr("The concern categories could not be loaded."));
        return false;
    }
    auto draft = QuickDraftStore<ConcernDraft>(m_services->database(), m_clock)
                     .create(pack->id, pack->version);
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    return openConcern(draft->id);
}

bool Workspace::resumeConcern()
{
    return resumeQuick<ConcernDraft>([this] { return startConcern(); }, &Workspace::openConcern);
}

bool Workspace::openConcern(const QString &concernId)
{
    return openQuick<ConcernController>(
        m_concern, &Workspace::setConcern, concernId, tr("This concern could not be opened: %1"));
}

void Workspace::closeConcern()
{
    retire<ConcernController>(m_concern, &Workspace::setConcern, &ConcernController::flush);
}

void Workspace::setConcern(ConcernController *concern)
{
    if (concern == m_concern)
        return;
    m_concern = concern;
    Q_EMIT concernChanged();
}

void Workspace::signConcern(const QString &passcode)
{
    signDraft<ConcernController>(m_concern, passcode, &Workspace::finishConcernSigning);
}

void Workspace::finishConcernSigning(const QString &passcodeError)
{
    const auto signedId = finishDraftSigning<ConcernController>(m_concern, &Workspace::setConcern,
        passcodeError, tr("The concern was closed before it could be signed."));
    if (signedId)
        Q_EMIT concernSigned(*signedId);
}

} // namespace hearth
