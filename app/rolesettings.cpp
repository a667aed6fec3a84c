#include "rolesettings.h"

#include "sessioncontroller.h"
#include "vault/rolestore.h"
#include "vault/vault.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

RoleSettings::RoleSettings(
    SessionController &session, Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_workspace(workspace)
    , m_clock(clock)
{
    // The workspace opens its services (the content pack, the language) on unlocking and
    // drops them before the vault closes; the role follows it.
    connect(&m_workspace, &Workspace::readyChanged, this, &RoleSettings::refresh);
    connect(&m_session, &SessionController::locked, this, &RoleSettings::clear);
    refresh();
}

void RoleSettings::refresh()
{
    Vault *vault = m_session.unlockedVault();
    if (!vault) {
        clear();
        return;
    }
    auto read = RoleStore(vault->database(), m_clock).read();
    m_open = true;
    m_errorText = read ? QString() : read.error().message;
    const auto role = read ? read->effective() : std::nullopt;
    m_role = role ? PractitionerRoles::slug(*role) : QString();
    m_setByAgency = read && read->agency.has_value();
    m_homePrompts.clear();
    m_visitStartPrompts.clear();
    const VisitServices *services = m_workspace.services();
    const ContentPack *pack = services ? services->content().current() : nullptr;
    if (role && pack) {
        m_homePrompts = pack->rolePromptsFor(*role, QStringLiteral("home"), services->language());
        m_visitStartPrompts
            = pack->rolePromptsFor(*role, QStringLiteral("visit-start"), services->language());
    }
    Q_EMIT changed();
}

bool RoleSettings::choose(const QString &role)
{
    Vault *vault = m_session.unlockedVault();
    const auto known = PractitionerRoles::fromSlug(role);
    if (!vault || !known) {
        m_errorText = !vault ? tr("Hearth is locked, so the role was not changed.")
                             : tr("That is not a role Hearth knows, so nothing was changed.");
        Q_EMIT changed();
        return false;
    }
    if (auto kept = RoleStore(vault->database(), m_clock).chooseLocally(*known); !kept) {
        m_errorText = tr("The role could not be kept on this tablet: %1").arg(kept.error().message);
        Q_EMIT changed();
        return false;
    }
    refresh();
    return true;
}

void RoleSettings::clear()
{
    m_open = false;
    m_role.clear();
    m_setByAgency = false;
    m_homePrompts.clear();
    m_visitStartPrompts.clear();
    m_errorText.clear();
    Q_EMIT changed();
}

} // namespace hearth
