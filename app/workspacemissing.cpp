// The going-missing episode's part of the Workspace: one episode open at a time, autosaved
// like a concern and signed through the same passcode check and record store.
#include "draft/quickdraftstore.h"
#include "missing/missingdraft.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspacequick.h"

namespace hearth {

int Workspace::openEpisodes() const
{
    return unsignedCount<MissingDraft>();
}

bool Workspace::startMissing()
{
    if (!m_services)
        return false;
    auto draft = QuickDraftStore<MissingDraft>(m_services->database(), m_clock).create();
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    return openMissing(draft->id);
}

bool Workspace::resumeMissing()
{
    return resumeQuick<MissingDraft>([this] { return startMissing(); }, &Workspace::openMissing);
}

bool Workspace::openMissing(const QString &episodeId)
{
    return openQuick<MissingController>(
        m_missing, &Workspace::setMissing, episodeId, tr("This episode could not be opened: %1"));
}

void Workspace::closeMissing()
{
    retire<MissingController>(m_missing, &Workspace::setMissing, &MissingController::flush);
}

void Workspace::setMissing(MissingController *missing)
{
    if (missing == m_missing)
        return;
    m_missing = missing;
    Q_EMIT missingChanged();
}

void Workspace::signMissing(const QString &passcode)
{
    signDraft<MissingController>(m_missing, passcode, &Workspace::finishMissingSigning);
}

void Workspace::finishMissingSigning(const QString &passcodeError)
{
    const auto signedId = finishDraftSigning<MissingController>(m_missing, &Workspace::setMissing,
        passcodeError, tr("The episode was closed before it could be signed."), currentPack());
    if (!signedId)
        return;
    // An episode feeds the adolescent pattern rules (a repeat within 90 days, an interview not
    // offered), so the caseload's flags are judged again.
    refreshLists();
    Q_EMIT missingSigned(*signedId);
}

} // namespace hearth
