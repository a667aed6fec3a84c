#include "staffrepository.h"

#include "transaction.h"

#include <QRegularExpression>

namespace hearth::server {

namespace {
StaffUser fromRow(const QSqlQuery &query)
{
    StaffUser user;
    user.name = query.value(0).toString();
    user.role = query.value(1).toString();
    user.passwordHash = query.value(2).toString();
    user.createdAt = query.value(3).toString();
    user.disabledAt = query.value(4).toString();
    return user;
}

const QString selectUser
    = QStringLiteral("SELECT name, role, password_hash, created_at, disabled_at FROM staff_users");
} // namespace

bool StaffRepository::isRole(const QString &role)
{
    return role == u"supervisor" || role == u"manager" || role == u"auditor";
}

bool StaffRepository::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

Expected<bool, StoreError> StaffRepository::add(const StaffUser &user) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error());
    auto existing = find(user.name);
    if (!existing)
        return unexpected(existing.error());
    if (existing->has_value())
        return false;
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO staff_users (name, role, password_hash, created_at)"
                       " VALUES (?, ?, ?, ?)"),
        { user.name, user.role, user.passwordHash, user.createdAt });
    if (!inserted)
        return unexpected(inserted.error());
    if (auto committed = transaction->commit(); !committed)
        return unexpected(committed.error());
    return true;
}

Expected<QStringList, StoreError> StaffRepository::grants(const QString &name) const
{
    auto query = m_database.exec(QStringLiteral("SELECT practitioner_id FROM staff_grants"
                                                " WHERE user_name = ? ORDER BY practitioner_id"),
        { name });
    if (!query)
        return unexpected(query.error());
    QStringList practitioners;
    while (query->next())
        practitioners.append(query->value(0).toString());
    return practitioners;
}

Expected<std::optional<StaffUser>, StoreError> StaffRepository::find(const QString &name) const
{
    auto query = m_database.exec(selectUser + QStringLiteral(" WHERE name = ?"), { name });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<StaffUser>();
    StaffUser user = fromRow(*query);
    query->finish();
    auto granted = grants(user.name);
    if (!granted)
        return unexpected(granted.error());
    user.practitioners = *granted;
    return std::optional<StaffUser>(user);
}

Expected<QList<StaffUser>, StoreError> StaffRepository::list() const
{
    auto query = m_database.exec(selectUser + QStringLiteral(" ORDER BY name"));
    if (!query)
        return unexpected(query.error());
    QList<StaffUser> users;
    while (query->next())
        users.append(fromRow(*query));
    query->finish();
    for (StaffUser &user : users) {
        auto granted = grants(user.name);
        if (!granted)
            return unexpected(granted.error());
        user.practitioners = *granted;
    }
    return users;
}

Expected<bool, StoreError> StaffRepository::disable(const QString &name, const QString &now) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error());
    auto updated = m_database.exec(
        QStringLiteral("UPDATE staff_users SET disabled_at = ? WHERE name = ?"), { now, name });
    if (!updated)
        return unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return false;
    if (auto ended = m_database.exec(
            QStringLiteral("DELETE FROM staff_sessions WHERE user_name = ?"), { name });
        !ended)
        return unexpected(ended.error());
    if (auto committed = transaction->commit(); !committed)
        return unexpected(committed.error());
    return true;
}

Expected<bool, StoreError> StaffRepository::resetPassword(
    const QString &name, const QString &passwordHash) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error());
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE staff_users SET password_hash = ?, disabled_at = NULL WHERE name = ?"),
        { passwordHash, name });
    if (!updated)
        return unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return false;
    for (const QString &statement :
        { QStringLiteral("DELETE FROM staff_sessions WHERE user_name = ?"),
            QStringLiteral("DELETE FROM staff_signin_failures WHERE subject = 'user:' || ?") }) {
        if (auto done = m_database.exec(statement, { name }); !done)
            return unexpected(done.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return unexpected(committed.error());
    return true;
}

Expected<void, StoreError> StaffRepository::grant(
    const QString &name, const QString &practitionerId) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error());
    auto existing = m_database.exec(
        QStringLiteral("SELECT 1 FROM staff_grants WHERE user_name = ? AND practitioner_id = ?"),
        { name, practitionerId });
    if (!existing)
        return unexpected(existing.error());
    const bool has = existing->next();
    existing->finish();
    if (!has) {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO staff_grants (user_name, practitioner_id) VALUES (?, ?)"),
            { name, practitionerId });
        if (!inserted)
            return unexpected(inserted.error());
    }
    return transaction->commit();
}

Expected<bool, StoreError> StaffRepository::mayRead(
    const QString &name, const QString &practitionerId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT 1 FROM staff_grants WHERE user_name = ? AND practitioner_id = ?"),
        { name, practitionerId });
    if (!query)
        return unexpected(query.error());
    return query->next();
}

} // namespace hearth::server
