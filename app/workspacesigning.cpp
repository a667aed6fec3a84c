// Signing from the Workspace: the passcode check every signing starts with, and the visit's
// own signing (the quick records share theirs through signDraft and finishDraftSigning).
#include "content/contentlibrary.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "visit/visitsigning.h"
#include "workspace.h"

namespace hearth {

void Workspace::sign(const QString &passcode)
{
    if (!m_visit || !m_services || m_signing)
        return;
    if (!m_visit->canFinish()) {
        m_signError = tr("Some things still need to be recorded before this visit can be "
                         "signed. They are listed on this page.");
        Q_EMIT signingChanged();
        return;
    }
    m_visit->flush();
    confirmPasscodeThen(passcode, &Workspace::finishSigning);
}

void Workspace::confirmPasscodeThen(
    const QString &passcode, void (Workspace::*finish)(const QString &))
{
    m_signing = true;
    m_signError.clear();
    Q_EMIT signingChanged();
    QPointer<Workspace> self(this);
    const bool started = m_session.confirmPasscode(passcode, [self, finish](const QString &error) {
        if (self)
            (self.data()->*finish)(error);
    });
    if (!started)
        (this->*finish)(tr("Hearth is busy. Please try again in a moment."));
}

void Workspace::finishSigning(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    if (m_signError.isEmpty() && (!m_services || !m_visit))
        m_signError = tr("The visit was closed before it could be signed.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    auto signedId = VisitSigning::signAndFinish(*m_services, m_visit->visit(), m_author);
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    const QString recordId = signedId.value();
    VisitController *finished = m_visit;
    setVisit(nullptr);
    finished->deleteLater();
    refreshLists();
    openSigned(recordId);
    Q_EMIT signingChanged();
    Q_EMIT visitSigned(recordId);
}

Envelope::PackRef Workspace::currentPack() const
{
    if (m_services)
        if (const ContentPack *current = m_services->content().current())
            return { current->id, current->version };
    return {};
}

} // namespace hearth
