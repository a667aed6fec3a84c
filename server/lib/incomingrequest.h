#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace hearth::server {

// What a handler needs from an HTTP request, as plain data that owns its bytes (RequestReader
// builds it), so the work can move to a worker thread without touching the connection.
struct IncomingRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded path, for routing
    QByteArray target; // path and query as encoded on the wire: what request signatures cover
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace hearth::server
