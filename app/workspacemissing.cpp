// The going-missing episode's part of the Workspace: one episode open at a time, autosaved
// like a concern and signed through the same passcode check and record store.
#include "content/contentlibrary.h"
#include "missing/missingstore.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

int Workspace::openEpisodes() const
{
    if (!m_services)
        return 0;
    auto open = MissingStore(m_services->database(), m_clock).open();
    return open ? int(open->size()) : 0;
}

bool Workspace::startMissing()
{
    if (!m_services)
        return false;
    auto draft = MissingStore(m_services->database(), m_clock).create();
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    return openMissing(draft->id);
}

bool Workspace::resumeMissing()
{
    if (!m_services)
        return false;
    auto open = MissingStore(m_services->database(), m_clock).open();
    if (!open || open->isEmpty())
        return startMissing();
    return openMissing(open->constFirst());
}

bool Workspace::openMissing(const QString &episodeId)
{
    auto draft = MissingStore(m_services->database(), m_clock).load(episodeId);
    if (!draft) {
        setErrorText(tr("This episode could not be opened: %1").arg(draft.error().message));
        return false;
    }
    closeMissing();
    setErrorText({});
    m_caseload->setQuery({});
    setMissing(new MissingController(*m_services, std::move(draft.value()), this));
    return true;
}

void Workspace::closeMissing()
{
    if (!m_missing)
        return;
    MissingController *missing = m_missing;
    missing->flush();
    setMissing(nullptr);
    missing->deleteLater();
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
    if (!m_missing || !m_services || m_signing)
        return;
    if (const QString missing = m_missing->missing(); !missing.isEmpty()) {
        m_signError = missing;
        Q_EMIT signingChanged();
        return;
    }
    m_missing->flush();
    confirmPasscodeThen(passcode, &Workspace::finishMissingSigning);
}

void Workspace::finishMissingSigning(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    if (m_signError.isEmpty() && (!m_services || !m_missing))
        m_signError = tr("The episode was closed before it could be signed.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    Envelope::PackRef pack;
    if (const ContentPack *current = m_services->content().current())
        pack = { current->id, current->version };
    auto signedId
        = m_missing->store().sign(m_services->records(), m_missing->draft(), m_author, pack);
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    MissingController *finished = m_missing;
    finished->forgetSigned();
    setMissing(nullptr);
    finished->deleteLater();
    Q_EMIT signingChanged();
    // An episode feeds the adolescent pattern rules (a repeat within 90 days, an interview not
    // offered), so the caseload's flags are judged again.
    refreshLists();
    Q_EMIT missingSigned(signedId.value());
}

} // namespace hearth
