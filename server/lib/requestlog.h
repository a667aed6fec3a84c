#pragma once

#include <QByteArray>
#include <QString>

namespace hearth::server {

// The one log line per request: time, device (or "-"), method and route, status and duration.
// Deliberately nothing else: no bodies, no query values, no names, so logs can be kept and
// shipped without becoming a second store of personal data.
class RequestLog
{
public:
    static void write(const QString &device, const QByteArray &method, const QString &route,
        int status, double milliseconds);
};

} // namespace hearth::server
