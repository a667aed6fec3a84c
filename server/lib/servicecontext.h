#pragma once

#include "common/clock.h"
#include "database.h"
#include "metrics.h"
#include "record/devicekeypair.h"

namespace hearth::server {

class SupervisionFlags;

// When a child needs a supervisor's eyes without anyone asking (server/README.md, "Supervision"):
// the agency sets the interval between reviews and what counts as persistent concern.
struct QueuePolicy
{
    qint64 reviewIntervalDays = 90; // --review-interval-days
    qint64 concernCount = 3;        // --concern-count: records with concern ...
    qint64 concernMonths = 6;       // --concern-months: ... within this many months, unreviewed
};

// Limits and windows the operator can tune on the command line.
struct ServiceLimits
{
    qsizetype maxBodyBytes = 8 * 1024 * 1024;
    qsizetype maxBatchRecords = 500;
    qint64 skewSeconds = 300;
    int pageLimit = 1000; // caseload entries per page unless the device asks for fewer
    // The console's sessions (server/README.md, "The console").
    qint64 consoleIdleSeconds = 15 * 60;
    qint64 consoleAbsoluteSeconds = 8 * 60 * 60;
    bool consoleBehindTls = false; // browsers reach it over HTTPS: cookies take __Host-
    QueuePolicy queue;
    QString agencyName; // heads a printed chronology; empty: the console's own name
};

// What every handler shares: the database, the clock (moved only by tests), the server key,
// the limits, the metrics and the pattern rules the console judges flags with (the built-in
// England pack, or the agency's own given with --pack). Read-only once the service has started
// (Metrics locks for itself), so worker threads use it without locks.
struct ServiceContext
{
    const Database &database;
    const Clock &clock;
    const DeviceKeyPair &serverKey;
    ServiceLimits limits;
    Metrics &metrics;
    const SupervisionFlags &flags;
};

} // namespace hearth::server
