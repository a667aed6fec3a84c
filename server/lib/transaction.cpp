#include "transaction.h"

namespace hearth::server {

Transaction::Transaction(const Database &database)
    : m_database(&database)
{ }

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(other.m_database)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Expected<Transaction, StoreError> Transaction::begin(const Database &database, Mode mode)
{
    const QString statement = (!database.isPostgres() && mode == Mode::Write)
        ? QStringLiteral("BEGIN IMMEDIATE")
        : QStringLiteral("BEGIN");
    auto begun = database.exec(statement);
    if (!begun)
        return unexpected(begun.error());
    return Transaction(database);
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_database->exec(QStringLiteral("ROLLBACK"));
}

Expected<void, StoreError> Transaction::commit()
{
    m_open = false;
    auto committed = m_database->exec(QStringLiteral("COMMIT"));
    if (!committed) {
        (void)m_database->exec(QStringLiteral("ROLLBACK"));
        return unexpected(committed.error());
    }
    return {};
}

} // namespace hearth::server
