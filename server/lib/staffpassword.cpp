#include "staffpassword.h"

#include <sodium.h>

namespace hearth::server {

QString StaffPassword::problem(const QByteArray &password)
{
    if (password.size() < minimumLength)
        return QStringLiteral("a password needs at least %1 characters").arg(minimumLength);
    if (password.size() > maximumLength)
        return QStringLiteral("a password may have at most %1 characters").arg(maximumLength);
    return {};
}

Expected<QString, QString> StaffPassword::hash(const QByteArray &password)
{
    if (const QString refused = problem(password); !refused.isEmpty())
        return unexpected(refused);
    if (sodium_init() < 0)
        return unexpected(QStringLiteral("libsodium could not start"));
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(),
            static_cast<unsigned long long>(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return unexpected(QStringLiteral("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool StaffPassword::verify(const QString &stored, const QByteArray &password)
{
    const QByteArray text = stored.toLatin1();
    if (sodium_init() < 0 || !text.startsWith("$argon2id$") || text.size() >= crypto_pwhash_STRBYTES
        || password.size() > maximumLength)
        return false;
    return crypto_pwhash_str_verify(text.constData(), password.constData(),
               static_cast<unsigned long long>(password.size()))
        == 0;
}

} // namespace hearth::server
