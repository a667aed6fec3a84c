#pragma once

// The Workspace's handling of every quick record (a concern, a child-voice session, a
// going-missing episode, a return home interview), once for all of them: counted, opened,
// resumed, signed and let go the same way. Included by the Workspace's sources only.
#include "draft/quickdraftstore.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include <utility>

namespace hearth {

template<typename Draft> int Workspace::unsignedCount() const
{
    if (!m_services)
        return 0;
    auto open = QuickDraftStore<Draft>(m_services->database(), m_clock).open();
    return open ? int(open->size()) : 0;
}

template<typename Controller>
bool Workspace::openQuick(std::type_identity_t<Controller> *current,
    void (Workspace::*set)(Controller *), const QString &draftId, const QString &couldNotOpen)
{
    using Draft = std::decay_t<decltype(std::declval<Controller &>().draft())>;
    auto draft = QuickDraftStore<Draft>(m_services->database(), m_clock).load(draftId);
    if (!draft) {
        setErrorText(couldNotOpen.arg(draft.error().message));
        return false;
    }
    retire<Controller>(current, set, &Controller::flush);
    setErrorText({});
    m_caseload->setQuery({});
    (this->*set)(new Controller(*m_services, std::move(draft.value()), this));
    return true;
}

template<typename Draft, typename Start>
bool Workspace::resumeQuick(Start start, bool (Workspace::*reopen)(const QString &))
{
    if (!m_services)
        return false;
    auto drafts = QuickDraftStore<Draft>(m_services->database(), m_clock).open();
    if (!drafts || drafts->isEmpty())
        return start();
    return (this->*reopen)(drafts->constFirst());
}

template<typename Controller, typename Result>
void Workspace::retire(std::type_identity_t<Controller> *controller,
    void (Workspace::*set)(Controller *), Result (Controller::*leave)())
{
    if (!controller)
        return;
    (controller->*leave)();
    (this->*set)(nullptr);
    controller->deleteLater();
}

template<typename Controller>
void Workspace::signDraft(std::type_identity_t<Controller> *controller, const QString &passcode,
    void (Workspace::*finish)(const QString &))
{
    if (!controller || !m_services || m_signing)
        return;
    if (const QString missing = controller->missing(); !missing.isEmpty()) {
        m_signError = missing;
        Q_EMIT signingChanged();
        return;
    }
    controller->flush();
    confirmPasscodeThen(passcode, finish);
}

template<typename Controller>
std::optional<QString> Workspace::finishDraftSigning(std::type_identity_t<Controller> *controller,
    void (Workspace::*set)(Controller *), const QString &passcodeError, const QString &closed,
    const Envelope::PackRef &pack)
{
    m_signing = false;
    m_signError = passcodeError;
    if (m_signError.isEmpty() && (!m_services || !controller))
        m_signError = closed;
    if (m_signError.isEmpty()) {
        auto signedId
            = controller->store().sign(m_services->records(), controller->draft(), m_author, pack);
        if (signedId) {
            retire<Controller>(controller, set, &Controller::forgetSigned);
            Q_EMIT signingChanged();
            return signedId.value();
        }
        m_signError = signedId.error();
    }
    Q_EMIT signingChanged();
    return std::nullopt;
}

} // namespace hearth
