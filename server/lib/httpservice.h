#pragma once

#include "common/expected.h"
#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>

namespace hearth::server {

// The HTTP face of the service on Qt HttpServer: routes, method checks, the body size limit,
// the request log, and moving every handler onto a worker pool (Qt HttpServer runs handlers on
// its own thread, so a slow database call there would stall every client).
class HttpService : public QObject
{
    Q_OBJECT

public:
    struct Tls
    {
        QString certificatePath;
        QString keyPath;
    };

    HttpService(ServiceContext context, int workerThreads, QObject *parent = nullptr);
    ~HttpService() override;

    // Returns the URL actually listened on (port 0 picks a free port).
    [[nodiscard]] Expected<QUrl, QString> listen(
        const QHostAddress &address, quint16 port, const std::optional<Tls> &tls);

private:
    using Handler = std::function<HttpReply(const IncomingRequest &)>;
    void addRoute(const QString &path, const QByteArray &method, Handler handler);

    ServiceContext m_context;
    QThreadPool m_pool;
    QHttpServer m_server;
};

} // namespace hearth::server
