#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QString>

namespace hearth::server {

// Remembers request nonces until their timestamp leaves the skew window, so a captured signed
// request cannot be played again. Kept in the database, not in memory, because a replay may
// be sent to a different server instance behind the load balancer.
class NonceStore
{
public:
    explicit NonceStore(const Database &database)
        : m_database(database)
    { }

    // True when the nonce is new (and is now remembered until expiresAtUnix); false on a replay.
    [[nodiscard]] Expected<bool, StoreError> remember(
        const QString &device, const QByteArray &nonce, qint64 expiresAtUnix) const;
    // Forgets nonces whose requests would be refused for their timestamp anyway.
    [[nodiscard]] Expected<void, StoreError> purge(qint64 nowUnix) const;

private:
    const Database &m_database;
};

} // namespace hearth::server
