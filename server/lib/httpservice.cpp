#include "httpservice.h"

#include "caseloadhandler.h"
#include "enrolhandler.h"
#include "infohandler.h"
#include "problem.h"
#include "recordshandler.h"
#include "requestlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QtConcurrent>

namespace hearth::server {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

IncomingRequest copyOf(const QHttpServerRequest &request)
{
    IncomingRequest copy;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path();
    copy.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        copy.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

QHttpServerResponse toResponse(const HttpReply &reply)
{
    QHttpServerResponse response(
        reply.contentType, reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        response.addHeader(name, value);
    response.addHeader(QByteArray("Cache-Control"), QByteArray("no-store"));
    return response;
}
} // namespace

HttpService::HttpService(ServiceContext context, int workerThreads, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_pool.setMaxThreadCount(workerThreads);
    // Threads keep their database connection for life; letting idle threads exit would strand
    // connections that belong to a thread that no longer exists.
    m_pool.setExpiryTimeout(-1);

    const InfoHandler info(m_context);
    const EnrolHandler enrol(m_context);
    const RecordsHandler records(m_context);
    const CaseloadHandler caseload(m_context);
    addRoute(QStringLiteral("/health"), "GET",
        [info](const IncomingRequest &) { return info.health(); });
    addRoute(QStringLiteral("/v1/version"), "GET",
        [info](const IncomingRequest &request) { return info.version(request); });
    addRoute(QStringLiteral("/v1/enrol"), "POST",
        [enrol](const IncomingRequest &request) { return enrol.handle(request); });
    addRoute(QStringLiteral("/v1/records"), "POST",
        [records](const IncomingRequest &request) { return records.handle(request); });
    addRoute(QStringLiteral("/v1/caseload"), "GET",
        [caseload](const IncomingRequest &request) { return caseload.handle(request); });

    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const HttpReply reply
                = Problem::make(ProblemType::NotFound, 404, QStringLiteral("no such endpoint"))
                      .toReply();
            RequestLog::write(
                {}, methodName(request.method()), QStringLiteral("(unknown)"), reply.status, 0);
            toResponse(reply).write(std::move(responder));
        });
}

HttpService::~HttpService()
{
    m_pool.waitForDone();
}

void HttpService::addRoute(const QString &path, const QByteArray &method, Handler handler)
{
    m_server.route(path, [this, path, method, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        IncomingRequest incoming = copyOf(request);
        auto finish = [path, timer](const IncomingRequest &in, HttpReply reply) {
            RequestLog::write(
                reply.device, in.method, path, reply.status, double(timer.nsecsElapsed()) / 1e6);
            return toResponse(reply);
        };
        if (incoming.method != method) {
            HttpReply reply = Problem::make(ProblemType::MethodNotAllowed, 405,
                QStringLiteral("use %1").arg(QString::fromLatin1(method)))
                                  .toReply();
            reply.headers.append({ "Allow", method });
            return QtFuture::makeReadyFuture(finish(incoming, reply));
        }
        if (incoming.body.size() > m_context.limits.maxBodyBytes) {
            const HttpReply reply = Problem::make(ProblemType::PayloadTooLarge, 413,
                QStringLiteral("the body is larger than %1 bytes")
                    .arg(m_context.limits.maxBodyBytes))
                                        .toReply();
            return QtFuture::makeReadyFuture(finish(incoming, reply));
        }
        return QtConcurrent::run(&m_pool, [incoming = std::move(incoming), handler, finish]() {
            return finish(incoming, handler(incoming));
        });
    });
}

Expected<QUrl, QString> HttpService::listen(
    const QHostAddress &address, quint16 port, const std::optional<Tls> &tls)
{
    if (tls) {
        QFile certFile(tls->certificatePath);
        QFile keyFile(tls->keyPath);
        if (!certFile.open(QIODevice::ReadOnly))
            return unexpected(QStringLiteral("cannot read %1: %2")
                                  .arg(tls->certificatePath, certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return unexpected(
                QStringLiteral("cannot read %1: %2").arg(tls->keyPath, keyFile.errorString()));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return unexpected(
                QStringLiteral("--tls-cert/--tls-key must be a PEM certificate and its PEM key"));
        m_server.sslSetup(certificate, key);
    }
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        return unexpected(
            QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound);
    return url;
}

} // namespace hearth::server
