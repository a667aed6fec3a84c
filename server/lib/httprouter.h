#pragma once

#include "consolehandler.h"
#include "httpreply.h"
#include "incomingrequest.h"
#include "problem.h"
#include "servicecontext.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QThreadPool>

#include <functional>

namespace hearth::server {

// Who may read /metrics: addresses or subnets ("127.0.0.1", "10.1.0.0/16"). Everyone else gets
// the same 404 as an unknown path, so the endpoint is not advertised to devices.
using AddressAllowList = QList<QPair<QHostAddress, int>>;

// The HTTP service's routes, independent of the transport: method checks, /metrics, the request
// log and request metrics, and moving every handler onto a worker pool. Handlers use QtSql and a
// QSqlDatabase connection belongs to one thread, so the pool's threads live as long as the
// service and each keeps its own connection (Database hands them out per thread).
class HttpRouter
{
public:
    using Done = std::function<void(HttpReply)>;

    HttpRouter(ServiceContext context, AddressAllowList metricsReaders, int workerThreads);
    ~HttpRouter();
    HttpRouter(const HttpRouter &) = delete;
    HttpRouter &operator=(const HttpRouter &) = delete;

    // Calls done exactly once with the answer: at once for what needs no handler (unknown
    // routes, wrong methods, /metrics), else later from a worker thread.
    void dispatch(IncomingRequest request, const QHostAddress &client, Done done);
    // The answer to a request refused while it was read (framing, limits), logged and counted.
    HttpReply refuse(const Problem &problem);
    // Waits for the handlers in flight.
    void finish();

private:
    using Handler = std::function<HttpReply(const IncomingRequest &)>;
    struct Route
    {
        QByteArray method;
        Handler handler;
    };

    void record(const QString &device, const QByteArray &method, const QString &route, int status,
        double seconds);
    bool mayReadMetrics(const QHostAddress &client) const;

    ServiceContext m_context;
    ConsoleHandler m_console; // everything under /console/, routed by the handler itself
    AddressAllowList m_metricsReaders;
    QHash<QString, Route> m_routes;
    QThreadPool m_pool;
};

} // namespace hearth::server
