#pragma once

#include "common/clock.h"
#include "database.h"
#include "record/devicekeypair.h"

namespace hearth {

// Limits and windows the operator can tune on the command line.
struct ServiceLimits
{
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    qsizetype maxBatchRecords = 500;
    qint64 skewSeconds = 300;
    int pageLimit = 1000; // caseload entries per page unless the device asks for fewer
};

// What every handler shares: the database, the clock (moved only by tests), the server key and
// the limits. Read-only once the service has started, so worker threads use it without locks.
struct ServiceContext
{
    const Database &database;
    const Clock &clock;
    const DeviceKeyPair &serverKey;
    ServiceLimits limits;
};

} // namespace hearth
