// The quick concern log's part of the Workspace: one concern open at a time, autosaved like a
// visit draft and signed through the same passcode check and record store.
#include "concern/concerndraft.h"
#include "content/contentlibrary.h"
#include "draft/quickdraftstore.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

int Workspace::openConcerns() const
{
    if (!m_services)
        return 0;
    auto open = QuickDraftStore<ConcernDraft>(m_services->database(), m_clock).open();
    return open ? int(open->size()) : 0;
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
    if (!m_services)
        return false;
    auto open = QuickDraftStore<ConcernDraft>(m_services->database(), m_clock).open();
    if (!open || open->isEmpty())
        return startConcern();
    return openConcern(open->constFirst());
}

bool Workspace::openConcern(const QString &concernId)
{
    auto draft = QuickDraftStore<ConcernDraft>(m_services->database(), m_clock).load(concernId);
    if (!draft) {
        setErrorText(tr("This concern could not be opened: %1").arg(draft.error().message));
        return false;
    }
    closeConcern();
    setErrorText({});
    m_caseload->setQuery({});
    setConcern(new ConcernController(*m_services, std::move(draft.value()), this));
    return true;
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
