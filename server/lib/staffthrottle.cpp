#include "staffthrottle.h"

#include "transaction.h"

#include <algorithm>

namespace hearth::server {

namespace {
QString accountSubject(const QString &account)
{
    return QStringLiteral("user:") + account;
}
QString addressSubject(const QString &address)
{
    return QStringLiteral("addr:") + address;
}
} // namespace

qint64 StaffThrottle::delayAfter(qint64 failures, qint64 free)
{
    if (failures < free)
        return 0;
    const qint64 doublings = std::min<qint64>(failures - free, 10);
    return std::min(firstDelaySeconds << doublings, longestDelaySeconds);
}

Expected<qint64, StoreError> StaffThrottle::waitFor(
    const QString &subject, qint64 free, qint64 now) const
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT failures, last_failure FROM staff_signin_failures WHERE subject = ?"),
        { subject });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return 0;
    const qint64 failures = query->value(0).toLongLong();
    const qint64 last = query->value(1).toLongLong();
    if (now - last >= forgetAfterSeconds)
        return 0;
    return std::max<qint64>(0, last + delayAfter(failures, free) - now);
}

Expected<qint64, StoreError> StaffThrottle::waitSeconds(
    const QString &account, const QString &address, qint64 now) const
{
    auto byAccount = waitFor(accountSubject(account), accountFreeFailures, now);
    if (!byAccount)
        return byAccount;
    auto byAddress = waitFor(addressSubject(address), addressFreeFailures, now);
    if (!byAddress)
        return byAddress;
    return std::max(*byAccount, *byAddress);
}

Expected<void, StoreError> StaffThrottle::count(const QString &subject, qint64 now) const
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT failures, last_failure FROM staff_signin_failures WHERE subject = ?"),
        { subject });
    if (!query)
        return unexpected(query.error());
    const bool known = query->next();
    const qint64 failures = known && now - query->value(1).toLongLong() < forgetAfterSeconds
        ? query->value(0).toLongLong()
        : 0;
    query->finish();
    auto written = known
        ? m_database.exec(QStringLiteral("UPDATE staff_signin_failures SET failures = ?,"
                                         " last_failure = ? WHERE subject = ?"),
            { failures + 1, now, subject })
        : m_database.exec(QStringLiteral("INSERT INTO staff_signin_failures (subject, failures,"
                                         " last_failure) VALUES (?, ?, ?)"),
            { subject, failures + 1, now });
    if (!written)
        return unexpected(written.error());
    return {};
}

Expected<void, StoreError> StaffThrottle::failed(
    const QString &account, const QString &address, qint64 now) const
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return unexpected(transaction.error());
    if (auto counted = count(accountSubject(account), now); !counted)
        return counted;
    if (auto counted = count(addressSubject(address), now); !counted)
        return counted;
    return transaction->commit();
}

Expected<void, StoreError> StaffThrottle::succeeded(const QString &account) const
{
    auto deleted
        = m_database.exec(QStringLiteral("DELETE FROM staff_signin_failures WHERE subject = ?"),
            { accountSubject(account) });
    if (!deleted)
        return unexpected(deleted.error());
    return {};
}

} // namespace hearth::server
