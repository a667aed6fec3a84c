// Child-voice sessions' part of the Workspace: one session open at a time, autosaved like a
// visit draft and signed through the same passcode check and record store.
#include "childvoice/childvoicestore.h"
#include "content/contentlibrary.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

int Workspace::openChildVoiceSessions() const
{
    if (!m_services)
        return 0;
    auto open = ChildVoiceStore(m_services->database(), m_clock).open();
    return open ? int(open->size()) : 0;
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
    auto draft = ChildVoiceStore(m_services->database(), m_clock).create(pack->id, pack->version);
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    return openChildVoice(draft->id);
}

bool Workspace::resumeChildVoice()
{
    if (!m_services)
        return false;
    auto open = ChildVoiceStore(m_services->database(), m_clock).open();
    if (!open || open->isEmpty())
        return startChildVoice();
    return openChildVoice(open->constFirst());
}

bool Workspace::openChildVoice(const QString &sessionId)
{
    auto draft = ChildVoiceStore(m_services->database(), m_clock).load(sessionId);
    if (!draft) {
        setErrorText(tr("This session could not be opened: %1").arg(draft.error().message));
        return false;
    }
    closeChildVoice();
    setErrorText({});
    m_caseload->setQuery({});
    setChildVoice(new ChildVoiceController(*m_services, std::move(draft.value()), this));
    return true;
}

void Workspace::closeChildVoice()
{
    if (!m_childVoice)
        return;
    ChildVoiceController *session = m_childVoice;
    session->flush();
    setChildVoice(nullptr);
    session->deleteLater();
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
    if (!m_childVoice || !m_services || m_signing)
        return;
    if (const QString missing = m_childVoice->missing(); !missing.isEmpty()) {
        m_signError = missing;
        Q_EMIT signingChanged();
        return;
    }
    m_childVoice->flush();
    confirmPasscodeThen(passcode, &Workspace::finishChildVoiceSigning);
}

void Workspace::finishChildVoiceSigning(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    if (m_signError.isEmpty() && (!m_services || !m_childVoice))
        m_signError = tr("The session was closed before it could be signed.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    auto signedId
        = m_childVoice->store().sign(m_services->records(), m_childVoice->draft(), m_author);
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    ChildVoiceController *finished = m_childVoice;
    finished->forgetSigned();
    setChildVoice(nullptr);
    finished->deleteLater();
    Q_EMIT signingChanged();
    Q_EMIT childVoiceSigned(signedId.value());
}

} // namespace hearth
