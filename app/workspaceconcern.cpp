// The quick concern log's part of the Workspace: one concern open at a time, autosaved like a
// visit draft and signed through the same passcode check and record store.
#include "concern/concernsigning.h"
#include "concern/concernstore.h"
#include "content/contentlibrary.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

int Workspace::openConcerns() const
{
    if (!m_services)
        return 0;
    auto open = ConcernStore(m_services->database(), m_clock).open();
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
    auto draft = ConcernStore(m_services->database(), m_clock).create(pack->id, pack->version);
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
    auto open = ConcernStore(m_services->database(), m_clock).open();
    if (!open || open->isEmpty())
        return startConcern();
    return openConcern(open->constFirst());
}

bool Workspace::openConcern(const QString &concernId)
{
    auto draft = ConcernStore(m_services->database(), m_clock).load(concernId);
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
    if (!m_concern)
        return;
    ConcernController *concern = m_concern;
    concern->flush();
    setConcern(nullptr);
    concern->deleteLater();
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
    if (!m_concern || !m_services || m_signing)
        return;
    if (const QString missing = m_concern->missing(); !missing.isEmpty()) {
        m_signError = missing;
        Q_EMIT signingChanged();
        return;
    }
    m_concern->flush();
    confirmPasscodeThen(passcode, &Workspace::finishConcernSigning);
}

void Workspace::finishConcernSigning(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    if (m_signError.isEmpty() && (!m_services || !m_concern))
        m_signError = tr("The concern was closed before it could be signed.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    auto signedId = ConcernSigning::sign(
        m_services->records(), m_concern->store(), m_concern->draft(), m_author);
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    ConcernController *finished = m_concern;
    finished->forgetSigned();
    setConcern(nullptr);
    finished->deleteLater();
    Q_EMIT signingChanged();
    Q_EMIT concernSigned(signedId.value());
}

} // namespace hearth
