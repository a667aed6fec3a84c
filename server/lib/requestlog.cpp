#include "requestlog.h"

#include <QDateTime>

#include <cstdio>

namespace hearth::server {

void RequestLog::write(const QString &device, const QByteArray &method, const QString &route,
    int status, double milliseconds)
{
    const QByteArray line = QStringLiteral("%1 request device=%2 route=\"%3 %4\" status=%5 ms=%6\n")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                    device.isEmpty() ? QStringLiteral("-") : device,
                                    QString::fromLatin1(method), route)
                                .arg(status)
                                .arg(milliseconds, 0, 'f', 1)
                                .toUtf8();
    // One fwrite per line: stdio locks the stream, so lines from worker threads never interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace hearth::server
