#pragma once

#include "common/expected.h"
#include "database.h"

#include <QString>

namespace hearth::server {

// Re-verifies everything stored, the way an auditor would: for every device, every record's
// signature and the whole chain from genesis with the shared RecordVerifier, that the stored
// id, sequence number and chain hash columns match the bytes, and that the device's recorded
// head matches its last record. Reports the first problem found.
class StoreVerifier
{
public:
    struct Summary
    {
        int devices = 0;
        qint64 records = 0;
    };

    [[nodiscard]] static Expected<Summary, QString> verify(const Database &database);
};

} // namespace hearth::server
