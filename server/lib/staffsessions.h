#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth::server {

// How long a console session lasts: idle (since the last page) and absolute (since sign-in).
struct SessionPolicy
{
    qint64 idleSeconds = 15 * 60;
    qint64 absoluteSeconds = 8 * 60 * 60;
};

struct StaffSession
{
    QString userName;
    QString role;
    QByteArray csrfToken; // what every form of this session must send back
};

// Console sessions. The cookie carries a random 256-bit id; the database holds only its
// BLAKE2b hash, so a copy of the database cannot be replayed as a cookie. The CSRF token is
// a keyed hash of the id (a synchronizer token that needs no storage, is different for every
// session, and cannot be computed without the cookie). Times are whole seconds from the
// injected clock, so expiry is tested without waiting.
class StaffSessions
{
public:
    StaffSessions(const Database &database, SessionPolicy policy)
        : m_database(database)
        , m_policy(policy)
    { }

    struct Created
    {
        QByteArray cookieValue;
        QByteArray csrfToken;
    };
    [[nodiscard]] Expected<Created, StoreError> create(const QString &userName, qint64 now) const;
    // The session if the cookie names a live one of an enabled account; touches it. A session
    // past either limit is deleted.
    [[nodiscard]] Expected<std::optional<StaffSession>, StoreError> resolve(
        const QByteArray &cookieValue, qint64 now) const;
    [[nodiscard]] Expected<void, StoreError> destroy(const QByteArray &cookieValue) const;

    static QByteArray csrfFor(const QByteArray &cookieValue);
    // Constant-time comparison of a submitted token with the session's.
    static bool csrfMatches(const StaffSession &session, const QByteArray &submitted);

private:
    const Database &m_database;
    SessionPolicy m_policy;
};

} // namespace hearth::server
