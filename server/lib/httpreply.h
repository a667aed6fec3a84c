#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace hearth::server {

// A finished answer as plain data: handlers build these on worker threads and the HTTP layer
// turns them into a response. "device" is for the request log only.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString device; // authenticated device, if any, for the log line

    static HttpReply json(int status, QByteArray body)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
};

} // namespace hearth::server
