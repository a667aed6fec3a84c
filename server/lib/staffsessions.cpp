#include "staffsessions.h"

#include <sodium.h>

namespace hearth::server {

namespace {
constexpr int idBytes = 32;
constexpr auto base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// The id's bytes, or empty when the cookie is not one Hearth could have made.
QByteArray decodeId(const QByteArray &cookieValue)
{
    auto decoded = QByteArray::fromBase64Encoding(
        cookieValue, base64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != idBytes)
        return {};
    return decoded.decoded;
}

QString idHash(const QByteArray &id)
{
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(id.constData()),
        std::size_t(id.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}
} // namespace

QByteArray StaffSessions::csrfFor(const QByteArray &cookieValue)
{
    const QByteArray id = decodeId(cookieValue);
    if (id.isEmpty())
        return {};
    static constexpr char context[] = "hearth-console-csrf-v1";
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(context),
        sizeof context - 1, reinterpret_cast<const unsigned char *>(id.constData()),
        std::size_t(id.size()));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toBase64(base64);
}

bool StaffSessions::csrfMatches(const StaffSession &session, const QByteArray &submitted)
{
    return !session.csrfToken.isEmpty() && submitted.size() == session.csrfToken.size()
        && sodium_memcmp(
               submitted.constData(), session.csrfToken.constData(), std::size_t(submitted.size()))
        == 0;
}

Expected<StaffSessions::Created, StoreError> StaffSessions::create(
    const QString &userName, qint64 now) const
{
    if (sodium_init() < 0)
        return unexpected(StoreError {
            StoreError::Kind::Unavailable, QStringLiteral("libsodium could not start") });
    QByteArray id(idBytes, '\0');
    randombytes_buf(id.data(), std::size_t(id.size()));
    const QByteArray cookie = id.toBase64(base64);
    // Expired sessions are swept here, where a new row is written anyway.
    if (auto swept = m_database.exec(
            QStringLiteral("DELETE FROM staff_sessions WHERE last_seen < ? OR created_at < ?"),
            { now - m_policy.idleSeconds, now - m_policy.absoluteSeconds });
        !swept)
        return unexpected(swept.error());
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO staff_sessions (id_hash, user_name, created_at, last_seen)"
                       " VALUES (?, ?, ?, ?)"),
        { idHash(id), userName, now, now });
    if (!inserted)
        return unexpected(inserted.error());
    return Created { cookie, csrfFor(cookie) };
}

Expected<std::optional<StaffSession>, StoreError> StaffSessions::resolve(
    const QByteArray &cookieValue, qint64 now) const
{
    const QByteArray id = decodeId(cookieValue);
    if (id.isEmpty())
        return std::optional<StaffSession>();
    const QString hash = idHash(id);
    auto query = m_database.exec(
        QStringLiteral("SELECT s.user_name, u.role, s.created_at, s.last_seen"
                       " FROM staff_sessions s JOIN staff_users u ON u.name = s.user_name"
                       " WHERE s.id_hash = ? AND u.disabled_at IS NULL"),
        { hash });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<StaffSession>();
    StaffSession session { query->value(0).toString(), query->value(1).toString(),
        csrfFor(cookieValue) };
    const qint64 created = query->value(2).toLongLong();
    const qint64 lastSeen = query->value(3).toLongLong();
    query->finish();
    if (now - lastSeen > m_policy.idleSeconds || now - created > m_policy.absoluteSeconds) {
        if (auto gone = destroy(cookieValue); !gone)
            return unexpected(gone.error());
        return std::optional<StaffSession>();
    }
    if (auto touched = m_database.exec(
            QStringLiteral("UPDATE staff_sessions SET last_seen = ? WHERE id_hash = ?"),
            { now, hash });
        !touched)
        return unexpected(touched.error());
    return std::optional<StaffSession>(session);
}

Expected<void, StoreError> StaffSessions::destroy(const QByteArray &cookieValue) const
{
    const QByteArray id = decodeId(cookieValue);
    if (id.isEmpty())
        return {};
    auto deleted = m_database.exec(
        QStringLiteral("DELETE FROM staff_sessions WHERE id_hash = ?"), { idHash(id) });
    if (!deleted)
        return unexpected(deleted.error());
    return {};
}

} // namespace hearth::server
