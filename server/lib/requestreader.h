#pragma once

#include "common/expected.h"
#include "incomingrequest.h"
#include "problem.h"

#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <optional>
#include <string_view>

namespace hearth::server {

// Turns the bytes of one HTTP/1.x request into an IncomingRequest, or into a refusal, as they
// arrive. Boost.Beast's parser enforces the header limit and the body limit (from Content-Length
// before the body is read, counted as chunked data arrives); on top of it this refuses what Beast
// lets through but a proxy in front of us might read differently: obsolete line folding, repeated
// or listed Content-Length, transfer codings other than plain "chunked", a missing or repeated
// Host, expectations other than "100-continue" (417), and targets that are not a plain path. It
// does no I/O, so the fuzzer drives exactly the code the server runs.
class RequestReader
{
public:
    struct Limits
    {
        qsizetype headerBytes = 16 * 1024;
        qint64 bodyBytes = 8 * 1024 * 1024;
    };

    explicit RequestReader(Limits limits);

    // Parses what it can from the front of data and returns how many bytes it used; the rest is
    // the next pipelined request, or waits for more bytes.
    std::size_t feed(std::string_view data);

    bool started() const { return m_started; } // a byte of this request has been seen
    bool headerDone() const { return m_parser.is_header_done(); }
    bool done() const { return !m_refusal && m_parser.is_done(); }
    // Set once the request is refused; the connection is closed after the answer, since where
    // the next request would start is no longer certain.
    const std::optional<Problem> &refusal() const { return m_refusal; }
    bool keepAlive() const;
    // The headers are in, accepted, and ask for "100 Continue" before the body is sent (HTTP/1.1
    // only: an HTTP/1.0 client cannot read an interim answer).
    bool expectsContinue() const;

    // The finished request (call once, when done()).
    IncomingRequest take();

    // Parses one complete request from bytes given at once (the fuzzer's entry point).
    static Expected<IncomingRequest, Problem> parse(std::string_view bytes, Limits limits);

private:
    std::optional<Problem> checkHeader() const;
    void refuse(int status, ProblemType type, const QString &detail);

    Limits m_limits;
    boost::beast::http::request_parser<boost::beast::http::string_body> m_parser;
    std::optional<Problem> m_refusal;
    bool m_started = false;
};

} // namespace hearth::server
