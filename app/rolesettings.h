#pragma once

#include "common/clock.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class SessionController;
class Workspace;

// The practitioner's role as the screens see it (docs/DESIGN "Roles"): which one, whether the
// agency set it (then it cannot be changed here, and the screen says so), whether the first-run
// question still has to be asked, and the content pack's prompts for the role. Read from the
// vault while Hearth is unlocked and emptied when it locks. QML reaches it as Workspace.roles.
class RoleSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")
    // "health-visitor", "social-worker", "school-nurse", or "" while none is known.
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(bool setByAgency READ setByAgency NOTIFY changed)
    // Unlocked, and neither the agency nor the practitioner has given a role yet.
    Q_PROPERTY(bool needsChoice READ needsChoice NOTIFY changed)
    // The pack's prompts for the role, in the app's language.
    Q_PROPERTY(QStringList homePrompts READ homePrompts NOTIFY changed)
    Q_PROPERTY(QStringList visitStartPrompts READ visitStartPrompts NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    RoleSettings(SessionController &session, Workspace &workspace, const Clock &clock,
        QObject *parent = nullptr);

    QString role() const { return m_role; }
    bool setByAgency() const { return m_setByAgency; }
    bool needsChoice() const { return m_open && m_role.isEmpty(); }
    QStringList homePrompts() const { return m_homePrompts; }
    QStringList visitStartPrompts() const { return m_visitStartPrompts; }
    QString errorText() const { return m_errorText; }

    // The practitioner's own choice; false (with errorText) for a role Hearth does not know or
    // when the vault cannot keep it. Kept even when the agency's role wins.
    Q_INVOKABLE bool choose(const QString &role);

public Q_SLOTS:
    // Reads the role again (after unlocking, enrolment or a caseload download).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void clear();

    SessionController &m_session;
    Workspace &m_workspace;
    const Clock &m_clock;
    bool m_open = false;
    QString m_role;
    bool m_setByAgency = false;
    QStringList m_homePrompts;
    QStringList m_visitStartPrompts;
    QString m_errorText;
};

} // namespace hearth
