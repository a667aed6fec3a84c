#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

namespace hearth::server {

// One database transaction on this thread's connection, rolled back unless commit() succeeds,
// so an early return on bad input can never leave half a batch behind. On SQLite a writing
// transaction starts with BEGIN IMMEDIATE: taking the write lock up front means two writers
// queue on the busy timeout instead of deadlocking when both try to upgrade a read lock.
class Transaction
{
public:
    enum class Mode
    {
        Read,
        Write
    };

    [[nodiscard]] static Expected<Transaction, StoreError> begin(
        const Database &database, Mode mode = Mode::Write);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Expected<void, StoreError> commit();

private:
    explicit Transaction(const Database &database);
    const Database *m_database;
    bool m_open = true;
};

} // namespace hearth::server
