#pragma once

#include "common/expected.h"
#include "connectionregistry.h"
#include "httplimits.h"
#include "httprouter.h"
#include "servicecontext.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <QHostAddress>
#include <QUrl>

#include <optional>

namespace hearth::server {

// The agency service's HTTP(S) front on Boost.Beast and Asio (see server/README.md for why not
// Qt HttpServer): accepts connections within the connection limits, runs each as an
// HttpSession, and on SIGTERM or SIGINT stops accepting, lets the answers in flight go out, and
// returns from run().
class HttpService
{
public:
    struct Tls
    {
        QString certificatePath;
        QString keyPath;
    };
    struct Options
    {
        HttpLimits limits;
        AddressAllowList metricsReaders;
        int workerThreads = 4;
        int ioThreads = 2;
    };

    HttpService(ServiceContext context, Options options);
    ~HttpService();
    HttpService(const HttpService &) = delete;
    HttpService &operator=(const HttpService &) = delete;

    // Returns the URL actually listened on (port 0 picks a free port).
    [[nodiscard]] Expected<QUrl, QString> listen(
        const QHostAddress &address, quint16 port, const std::optional<Tls> &tls);

    // Serves until SIGTERM or SIGINT and everything in flight is answered.
    void run();

private:
    void accept();
    void onAccepted(boost::asio::ip::tcp::socket socket);
    void shutdown();

    ServiceContext m_context;
    Options m_options;
    // Declared before the I/O context: sessions destroyed with it still release themselves.
    ConnectionRegistry m_registry;
    HttpRouter m_router;
    boost::asio::io_context m_io;
    // The acceptor, its retry timer and the signal wait run on one strand: several threads run
    // the I/O context, and an acceptor must not be used from two at once.
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_acceptRetry;
    // Registered at construction, before "listening on" is printed: a SIGTERM that comes
    // before run() is kept for it rather than killing the process.
    boost::asio::signal_set m_signals;
    std::optional<boost::asio::ssl::context> m_tls;
};

} // namespace hearth::server
