#include "httpservice.h"

#include "httpsession.h"

#include <openssl/ssl.h>

#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

namespace hearth::server {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {
// TLS 1.2 at least, 1.3 whenever the client has it (OpenSSL picks the highest both speak);
// for 1.2 only forward-secret AEAD suites.
Expected<void, QString> configureTls(asio::ssl::context &context, const HttpService::Tls &tls)
{
    context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
        | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1
        | asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
    SSL_CTX *native = context.native_handle();
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1
        || SSL_CTX_set_cipher_list(native, "ECDHE+AESGCM:ECDHE+CHACHA20") != 1)
        return unexpected(QStringLiteral("OpenSSL refused the TLS settings"));
    boost::system::error_code error;
    context.use_certificate_chain_file(tls.certificatePath.toStdString(), error);
    if (error)
        return unexpected(QStringLiteral("cannot use %1 as a PEM certificate: %2")
                              .arg(tls.certificatePath, QString::fromStdString(error.message())));
    context.use_private_key_file(tls.keyPath.toStdString(), asio::ssl::context::pem, error);
    if (error)
        return unexpected(QStringLiteral("cannot use %1 as a PEM private key: %2")
                              .arg(tls.keyPath, QString::fromStdString(error.message())));
    if (SSL_CTX_check_private_key(native) != 1)
        return unexpected(
            QStringLiteral("--tls-key %1 does not belong to the certificate").arg(tls.keyPath));
    return {};
}
} // namespace

HttpService::HttpService(ServiceContext context, Options options)
    : m_context(context)
    , m_options(std::move(options))
    , m_registry(m_options.limits, m_context.metrics)
    , m_router(m_context, m_options.metricsReaders, m_options.workerThreads)
    , m_strand(asio::make_strand(m_io))
    , m_acceptor(m_strand)
    , m_acceptRetry(m_strand)
    , m_signals(m_strand, SIGTERM, SIGINT)
{ }

HttpService::~HttpService()
{
    m_router.finish();
}

Expected<QUrl, QString> HttpService::listen(
    const QHostAddress &address, quint16 port, const std::optional<Tls> &tls)
{
    if (tls) {
        m_tls.emplace(asio::ssl::context::tls_server);
        if (auto configured = configureTls(*m_tls, *tls); !configured)
            return unexpected(configured.error());
    }
    boost::system::error_code error;
    const auto ip = asio::ip::make_address(address.toString().toStdString(), error);
    if (error)
        return unexpected(QStringLiteral("cannot listen on %1").arg(address.toString()));
    const tcp::endpoint endpoint(ip, port);
    m_acceptor.open(endpoint.protocol(), error);
    if (!error)
        m_acceptor.set_option(asio::socket_base::reuse_address(true), error);
    if (!error)
        m_acceptor.bind(endpoint, error);
    if (!error)
        m_acceptor.listen(asio::socket_base::max_listen_connections, error);
    if (error)
        return unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(address.toString())
                              .arg(port)
                              .arg(QString::fromStdString(error.message())));
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(m_acceptor.local_endpoint().port());
    return url;
}

void HttpService::accept()
{
    m_acceptor.async_accept(
        asio::make_strand(m_io), [this](boost::system::error_code error, tcp::socket socket) {
            if (error == asio::error::operation_aborted || !m_acceptor.is_open())
                return;
            if (error) {
                // Out of file descriptors, most likely: wait rather than spin, and keep serving
                // the connections already open.
                std::fprintf(stderr, "hearth-server: accept failed: %s\n", error.message().c_str());
                m_acceptRetry.expires_after(std::chrono::milliseconds(100));
                m_acceptRetry.async_wait([this](boost::system::error_code waited) {
                    if (!waited)
                        accept();
                });
                return;
            }
            onAccepted(std::move(socket));
            accept();
        });
}

void HttpService::onAccepted(tcp::socket socket)
{
    boost::system::error_code error;
    const auto remote = socket.remote_endpoint(error);
    if (error)
        return;
    std::string client = remote.address().to_string();
    if (m_registry.admit(client) != ConnectionRegistry::Admission::Admitted)
        return; // the socket closes here: cheaper than any answer, and tells the client enough
    const SessionSetup setup { m_router, m_registry, m_options.limits,
        m_context.limits.maxBodyBytes };
    if (m_tls) {
        std::make_shared<HttpSession<TlsStream>>(
            TlsStream(std::move(socket), *m_tls), std::move(client), setup)
            ->start();
    } else {
        std::make_shared<HttpSession<PlainStream>>(
            PlainStream(std::move(socket)), std::move(client), setup)
            ->start();
    }
}

void HttpService::shutdown()
{
    boost::system::error_code ignored;
    m_acceptor.close(ignored);
    m_acceptRetry.cancel();
    m_registry.stopAll();
}

void HttpService::run()
{
    m_signals.async_wait([this](boost::system::error_code error, int) {
        if (!error)
            shutdown();
    });
    // A client that hangs up must not kill the process when an answer is written to it.
    std::signal(SIGPIPE, SIG_IGN);
    accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < m_options.ioThreads; ++i)
        threads.emplace_back([this] { m_io.run(); });
    m_io.run();
    for (std::thread &thread : threads)
        thread.join();
    m_router.finish();
}

} // namespace hearth::server
