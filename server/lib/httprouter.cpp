#include "httprouter.h"

#include "attachmenthandler.h"
#include "caseloadhandler.h"
#include "enrolhandler.h"
#include "infohandler.h"
#include "recordshandler.h"
#include "requestlog.h"

#include <QElapsedTimer>

#include <algorithm>

namespace hearth::server {

namespace {
constexpr char requestsCounter[] = "hearth_http_requests_total";
constexpr char requestSeconds[] = "hearth_http_request_duration_seconds";
const QString metricsPath = QStringLiteral("/metrics");
// Route labels for what matched no route: fixed words, never the client's path.
const QString unknownRoute = QStringLiteral("unknown");
const QString unreadableRoute = QStringLiteral("unreadable");
const QString consoleRoute = QStringLiteral("/console");

HttpReply notFound()
{
    return Problem::make(ProblemType::NotFound, 404, QStringLiteral("no such endpoint")).toReply();
}
} // namespace

HttpRouter::HttpRouter(ServiceContext context, AddressAllowList metricsReaders, int workerThreads)
    : m_context(context)
    , m_console(context)
    , m_metricsReaders(std::move(metricsReaders))
{
    m_pool.setMaxThreadCount(workerThreads);
    // Threads keep their database connection for life; letting idle threads exit would strand
    // connections that belong to a thread that no longer exists.
    m_pool.setExpiryTimeout(-1);

    m_context.metrics.describe(requestsCounter, Metrics::Type::Counter,
        "HTTP requests answered, by route and status (route \"unknown\": no such path; "
        "\"unreadable\": refused while reading).");
    m_context.metrics.describe(requestSeconds, Metrics::Type::Summary,
        "Time from a complete request to its answer, by route.");

    const InfoHandler info(m_context);
    const EnrolHandler enrol(m_context);
    const RecordsHandler records(m_context);
    const CaseloadHandler caseload(m_context);
    m_routes.insert(QStringLiteral("/health"),
        { "GET", [info](const IncomingRequest &) { return info.health(); } });
    m_routes.insert(QStringLiteral("/v1/version"),
        { "GET", [info](const IncomingRequest &request) { return info.version(request); } });
    m_routes.insert(QStringLiteral("/v1/enrol"),
        { "POST", [enrol](const IncomingRequest &request) { return enrol.handle(request); } });
    m_routes.insert(QStringLiteral("/v1/records"),
        { "POST", [records](const IncomingRequest &request) { return records.handle(request); } });
    m_routes.insert(QStringLiteral("/v1/caseload"),
        { "GET", [caseload](const IncomingRequest &request) { return caseload.handle(request); } });
}

HttpRouter::~HttpRouter()
{
    finish();
}

void HttpRouter::finish()
{
    m_pool.waitForDone();
}

bool HttpRouter::mayReadMetrics(const QHostAddress &client) const
{
    return std::any_of(m_metricsReaders.cbegin(), m_metricsReaders.cend(),
        [&client](const QPair<QHostAddress, int> &subnet) { return client.isInSubnet(subnet); });
}

void HttpRouter::record(const QString &device, const QByteArray &method, const QString &route,
    int status, double seconds)
{
    RequestLog::write(device, method, route, status, seconds * 1000.0);
    const QByteArray label = route.toLatin1();
    m_context.metrics.add(
        requestsCounter, { { "route", label }, { "status", QByteArray::number(status) } });
    m_context.metrics.observe(requestSeconds, { { "route", label } }, seconds);
}

HttpReply HttpRouter::refuse(const Problem &problem)
{
    const HttpReply reply = problem.toReply();
    record({}, "-", unreadableRoute, reply.status, 0);
    return reply;
}

void HttpRouter::dispatch(IncomingRequest request, const QHostAddress &client, Done done)
{
    QElapsedTimer timer;
    timer.start();
    auto answerNow = [&](const QString &route, HttpReply reply) {
        record(
            reply.device, request.method, route, reply.status, double(timer.nsecsElapsed()) / 1e9);
        done(std::move(reply));
    };
    if (request.path == metricsPath) {
        if (!mayReadMetrics(client))
            return answerNow(unknownRoute, notFound());
        if (request.method != "GET") {
            HttpReply reply
                = Problem::make(ProblemType::MethodNotAllowed, 405, QStringLiteral("use GET"))
                      .toReply();
            reply.headers.append({ QByteArray("Allow"), QByteArray("GET") });
            return answerNow(metricsPath, reply);
        }
        HttpReply reply = HttpReply::json(200, m_context.metrics.render());
        reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return answerNow(metricsPath, reply);
    }
    if (ConsoleHandler::owns(request.path)) {
        m_pool.start([this, request = std::move(request), client, done = std::move(done), timer]() {
            HttpReply reply = m_console.handle(request, client);
            record(
                {}, request.method, consoleRoute, reply.status, double(timer.nsecsElapsed()) / 1e9);
            done(std::move(reply));
        });
        return;
    }
    if (request.path.startsWith(AttachmentHandler::pathPrefix)) {
        if (request.method != "PUT") {
            HttpReply reply
                = Problem::make(ProblemType::MethodNotAllowed, 405, QStringLiteral("use PUT"))
                      .toReply();
            reply.headers.append({ QByteArray("Allow"), QByteArray("PUT") });
            return answerNow(AttachmentHandler::route, reply);
        }
        m_pool.start([this, request = std::move(request), done = std::move(done), timer]() {
            HttpReply reply = AttachmentHandler(m_context).put(request);
            record(reply.device, request.method, AttachmentHandler::route, reply.status,
                double(timer.nsecsElapsed()) / 1e9);
            done(std::move(reply));
        });
        return;
    }
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.cend())
        return answerNow(unknownRoute, notFound());
    if (request.method != route->method) {
        HttpReply reply = Problem::make(ProblemType::MethodNotAllowed, 405,
            QStringLiteral("use %1").arg(QString::fromLatin1(route->method)))
                              .toReply();
        reply.headers.append({ QByteArray("Allow"), route->method });
        return answerNow(route.key(), reply);
    }
    m_pool.start([this, request = std::move(request), path = route.key(), handler = route->handler,
                     done = std::move(done), timer]() {
        HttpReply reply = handler(request);
        record(
            reply.device, request.method, path, reply.status, double(timer.nsecsElapsed()) / 1e9);
        done(std::move(reply));
    });
}

} // namespace hearth::server
