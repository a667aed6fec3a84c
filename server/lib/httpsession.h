#pragma once

#include "connectionregistry.h"
#include "httplimits.h"
#include "httprouter.h"
#include "requestreader.h"

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QHostAddress>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hearth::server {

// Plain and TLS sessions share everything but the handshake.
using PlainStream = boost::beast::tcp_stream;
using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

struct SessionSetup
{
    HttpRouter &router;
    ConnectionRegistry &registry;
    HttpLimits limits;
    qint64 bodyBytes;
};

// One client connection: reads one request at a time (a pipelined request waits in the buffer
// until the answer before it has been written, so answers go out in request order), with every
// read under a deadline, and hands complete requests to the router. The session owns itself
// through shared_ptr: the worker that builds an answer holds it, so an answer for a client that
// has gone is written to a socket that still exists and fails harmlessly.
template<class Stream>
class HttpSession : public StoppableConnection,
                    public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream stream, std::string client, SessionSetup setup)
        : m_stream(std::move(stream))
        , m_client(std::move(client))
        , m_clientAddress(QString::fromStdString(m_client))
        , m_setup(setup)
    { }
    ~HttpSession() override { m_setup.registry.release(m_client, this); }

    void start()
    {
        m_setup.registry.attach(this, this->weak_from_this());
        m_headerDeadline = std::chrono::steady_clock::now() + m_setup.limits.headerTimeout;
        if constexpr (std::is_same_v<Stream, TlsStream>) {
            lowest().expires_at(m_headerDeadline);
            m_stream.async_handshake(boost::asio::ssl::stream_base::server,
                [self = this->shared_from_this()](boost::beast::error_code error) {
                    if (error)
                        return self->closeNow();
                    self->nextRequest();
                });
        } else {
            boost::asio::post(m_stream.get_executor(),
                [self = this->shared_from_this()] { self->nextRequest(); });
        }
    }

    void stop() override
    {
        boost::asio::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            self->m_stopping = true;
            // A request being answered is finished first (and its answer closes the
            // connection); anything else is not in flight and is dropped.
            if (!self->m_busy)
                self->lowest().cancel();
        });
    }

private:
    boost::beast::tcp_stream &lowest() { return boost::beast::get_lowest_layer(m_stream); }

    void nextRequest()
    {
        if (m_stopping)
            return closeNow();
        m_reader.emplace(RequestReader::Limits { m_setup.limits.headerBytes, m_setup.bodyBytes });
        m_continued = false;
        process();
    }

    // Parses what is buffered; then dispatches, refuses, or reads more under the right deadline.
    void process()
    {
        if (m_buffer.size() > 0) {
            const auto data = m_buffer.data();
            const bool wasStarted = m_reader->started();
            m_buffer.consume(m_reader->feed(
                std::string_view(static_cast<const char *>(data.data()), data.size())));
            if (!wasStarted && m_requests > 0)
                m_headerDeadline = std::chrono::steady_clock::now() + m_setup.limits.headerTimeout;
        }
        if (const auto &refusal = m_reader->refusal())
            return answer(m_setup.router.refuse(*refusal), true);
        if (m_reader->done())
            return dispatch();
        if (!m_continued && m_reader->expectsContinue())
            return sendContinue();
        if (!m_reader->started() && m_requests > 0)
            lowest().expires_after(m_setup.limits.keepAliveTimeout);
        else if (!m_reader->headerDone())
            lowest().expires_at(m_headerDeadline); // the whole header, however slowly it comes
        else
            lowest().expires_after(m_setup.limits.bodyIdleTimeout);
        acknowledgePromptly();
        m_stream.async_read_some(m_buffer.prepare(readChunk),
            [self = this->shared_from_this()](boost::beast::error_code error, std::size_t size) {
                if (error)
                    return self->closeNow();
                self->m_buffer.commit(size);
                self->process();
            });
    }

    // The headers passed every check that can be made before the body (size from
    // Content-Length, framing, Host, target): the client may send it. A request refused on its
    // headers never gets here, so that client hears the final answer and sends no body.
    void sendContinue()
    {
        static constexpr std::string_view interim = "HTTP/1.1 100 Continue\r\n\r\n";
        m_continued = true;
        lowest().expires_after(m_setup.limits.bodyIdleTimeout);
        boost::asio::async_write(m_stream, boost::asio::buffer(interim.data(), interim.size()),
            [self = this->shared_from_this()](boost::beast::error_code error, std::size_t) {
                if (error)
                    return self->closeNow();
                self->process();
            });
    }

    void dispatch()
    {
        m_busy = true;
        ++m_requests;
        const bool keepAlive
            = m_reader->keepAlive() && m_requests < m_setup.limits.maxRequestsPerConnection;
        // The answer counts as outstanding work, so a shutdown that has closed everything else
        // still waits for it.
        auto executor = boost::asio::prefer(
            m_stream.get_executor(), boost::asio::execution::outstanding_work.tracked);
        m_setup.router.dispatch(m_reader->take(), m_clientAddress,
            [self = this->shared_from_this(), keepAlive, executor](HttpReply reply) {
                boost::asio::post(executor, [self, keepAlive, reply = std::move(reply)]() mutable {
                    self->answer(std::move(reply), !keepAlive);
                });
            });
    }

    void answer(HttpReply reply, bool close)
    {
        namespace http = boost::beast::http;
        m_busy = true;
        close = close || m_stopping;
        auto &response = m_response.emplace(http::status(reply.status), 11);
        response.set(http::field::content_type,
            std::string_view(reply.contentType.constData(), std::size_t(reply.contentType.size())));
        response.set(http::field::cache_control, "no-store");
        // Set-Cookie is the one header that may repeat (one per cookie); the others replace.
        for (const auto &[name, value] : reply.headers) {
            const std::string_view key(name.constData(), std::size_t(name.size()));
            const std::string_view text(value.constData(), std::size_t(value.size()));
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
                response.insert(key, text);
            else
                response.set(key, text);
        }
        response.body().assign(reply.body.constData(), std::size_t(reply.body.size()));
        response.keep_alive(!close);
        response.prepare_payload();
        // A client that does not read its answer is cut off like one that stops sending.
        lowest().expires_after(m_setup.limits.bodyIdleTimeout);
        http::async_write(m_stream, response,
            [self = this->shared_from_this(), close](boost::beast::error_code error, std::size_t) {
                self->m_busy = false;
                self->m_response.reset();
                if (error)
                    return self->closeNow();
                if (close)
                    return self->lingeringClose();
                self->nextRequest();
            });
    }

    // After a refusal the client may still be sending; closing with unread bytes would reset
    // the connection and could destroy the answer before the client reads it. So: stop
    // sending, discard what still arrives for a short while, then close.
    void lingeringClose()
    {
        boost::beast::error_code ignored;
        lowest().socket().shutdown(boost::asio::ip::tcp::socket::shutdown_send, ignored);
        m_discarded = 0;
        discard();
    }

    void discard()
    {
        lowest().expires_after(std::chrono::seconds(2));
        lowest().async_read_some(m_buffer.prepare(readChunk),
            [self = this->shared_from_this()](boost::beast::error_code error, std::size_t size) {
                self->m_discarded += size;
                if (error || self->m_discarded > maxDiscard)
                    return self->closeNow();
                self->discard();
            });
    }

    // A client that writes its headers and body separately with Nagle's algorithm on (Qt's
    // network stack does) holds the body's last segment until the headers are acknowledged;
    // with delayed acknowledgements that costs up to 40 ms per request. Linux resets this
    // option after a while, so it is set before every read.
    void acknowledgePromptly()
    {
#ifdef TCP_QUICKACK
        const int on = 1;
        ::setsockopt(lowest().socket().native_handle(), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
    }

    void closeNow()
    {
        boost::beast::error_code ignored;
        lowest().socket().close(ignored);
    }

    static constexpr std::size_t readChunk = 64 * 1024;
    static constexpr std::size_t maxDiscard = 1024 * 1024;

    Stream m_stream;
    std::string m_client;
    QHostAddress m_clientAddress;
    SessionSetup m_setup;
    boost::beast::flat_buffer m_buffer;
    std::optional<RequestReader> m_reader;
    std::optional<boost::beast::http::response<boost::beast::http::string_body>> m_response;
    std::chrono::steady_clock::time_point m_headerDeadline;
    int m_requests = 0;
    std::size_t m_discarded = 0;
    bool m_busy = false;
    bool m_stopping = false;
    bool m_continued = false; // "100 Continue" was sent for the request being read
};

} // namespace hearth::server
