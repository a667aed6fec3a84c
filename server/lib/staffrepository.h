#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth::server {

// One agency staff account of the console. Roles: a supervisor and a manager read the
// caseloads granted to them; an auditor also reads the audit log. Nobody sees a child whose
// practitioner they were not granted.
struct StaffUser
{
    QString name;
    QString role;
    QString passwordHash;
    QString createdAt;
    QString disabledAt;        // empty while the account may sign in
    QStringList practitioners; // granted caseloads; filled by find() and list()

    bool isDisabled() const { return !disabledAt.isEmpty(); }
    bool mayReadAudit() const { return role == u"auditor"; }
};

// SQL for staff accounts and their grants.
class StaffRepository
{
public:
    explicit StaffRepository(const Database &database)
        : m_database(database)
    { }

    static bool isRole(const QString &role);
    // Names are what staff type to sign in: letters, digits, '.', '-', '_', 1 to 64.
    static bool isValidName(const QString &name);

    // False when the name is taken.
    [[nodiscard]] Expected<bool, StoreError> add(const StaffUser &user) const;
    [[nodiscard]] Expected<std::optional<StaffUser>, StoreError> find(const QString &name) const;
    [[nodiscard]] Expected<QList<StaffUser>, StoreError> list() const;
    // Also ends the account's sessions. False when there is no such account.
    [[nodiscard]] Expected<bool, StoreError> disable(const QString &name, const QString &now) const;
    // Sets a new password, enables the account again and ends its sessions.
    [[nodiscard]] Expected<bool, StoreError> resetPassword(
        const QString &name, const QString &passwordHash) const;
    [[nodiscard]] Expected<void, StoreError> grant(
        const QString &name, const QString &practitionerId) const;
    [[nodiscard]] Expected<bool, StoreError> mayRead(
        const QString &name, const QString &practitionerId) const;

private:
    Expected<QStringList, StoreError> grants(const QString &name) const;
    const Database &m_database;
};

} // namespace hearth::server
