#include "enrolmentcodes.h"

#include "enrolrequest.h"

#include <sodium.h>

namespace hearth::server {

QString EnrolmentCodes::hash(const QString &normalisedCode)
{
    const QByteArray text = normalisedCode.toUtf8();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(text.data()), quint64(text.size()));
    return QString::fromLatin1(digest.toHex());
}

Expected<QString, StoreError> EnrolmentCodes::create(
    const QString &practitionerId, qint64 expiresAtUnix, const QString &now) const
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString display;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            display += u'-';
        display += QChar::fromLatin1(alphabet[randombytes_uniform(32)]);
    }
    auto inserted = m_database.exec(
        QStringLiteral(
            "INSERT INTO enrolment_codes (code_hash, practitioner_id, created_at, expires_at)"
            " VALUES (?, ?, ?, ?)"),
        { hash(EnrolRequest::normaliseCode(display)), practitionerId, now, expiresAtUnix });
    if (!inserted)
        return unexpected(inserted.error());
    return display;
}

Expected<QString, EnrolmentCodes::ConsumeError> EnrolmentCodes::consume(
    const QString &normalisedCode, qint64 nowUnix, const QString &now,
    const QString &deviceId) const
{
    const QString codeHash = hash(normalisedCode);
    auto storeFailed = [](const StoreError &error) {
        return unexpected(ConsumeError { std::nullopt, error });
    };
    auto updated = m_database.exec(
        QStringLiteral("UPDATE enrolment_codes SET used_at = ?, device_id = ?"
                       " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
        { now, deviceId, codeHash, nowUnix });
    if (!updated)
        return storeFailed(updated.error());
    auto row = m_database.exec(QStringLiteral("SELECT practitioner_id, device_id, expires_at FROM "
                                              "enrolment_codes WHERE code_hash = ?"),
        { codeHash });
    if (!row)
        return storeFailed(row.error());
    if (!row->next())
        return unexpected(ConsumeError { Refusal::Unknown, {} });
    if (updated->numRowsAffected() == 1)
        return row->value(0).toString();
    if (!row->value(1).isNull() && !row->value(1).toString().isEmpty())
        return unexpected(ConsumeError { Refusal::Used, {} });
    return unexpected(ConsumeError { Refusal::Expired, {} });
}

} // namespace hearth::server
