#include "requestreader.h"

#include <QUrl>

#include <algorithm>

namespace hearth::server {

namespace http = boost::beast::http;

namespace {
QByteArray bytesOf(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return (x | 0x20) == (y | 0x20);
    });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Origin form only ("/path?query"), printable ASCII: absolute URLs, "*" and raw non-ASCII bytes
// would each need a rule of their own, and no Hearth client sends them.
bool plainTarget(std::string_view target)
{
    return !target.empty() && target.front() == '/'
        && std::all_of(
            target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f && c != '#'; });
}
} // namespace

RequestReader::RequestReader(Limits limits)
    : m_limits(limits)
{
    m_parser.header_limit(std::uint32_t(limits.headerBytes));
    m_parser.body_limit(std::uint64_t(limits.bodyBytes));
}

void RequestReader::refuse(int status, ProblemType type, const QString &detail)
{
    m_refusal = Problem::make(type, status, detail);
}

bool RequestReader::keepAlive() const
{
    return m_parser.is_header_done() && m_parser.get().keep_alive();
}

bool RequestReader::expectsContinue() const
{
    if (m_refusal || !m_parser.is_header_done() || m_parser.get().version() != 11)
        return false;
    const auto expect = m_parser.get().find(http::field::expect);
    return expect != m_parser.get().end()
        && equalsIgnoringCase(trimmed(expect->value()), "100-continue");
}

std::size_t RequestReader::feed(std::string_view data)
{
    if (m_refusal || m_parser.is_done())
        return 0;
    if (!data.empty())
        m_started = true;
    if (!m_parser.is_header_done()) {
        // Beast unfolds obsolete line folding into spaces, so it has to be caught in the raw
        // header: a line that starts with a space or tab continues the one before, which a
        // proxy may read as a header of its own.
        const std::size_t end = data.find("\r\n\r\n");
        const std::string_view head = data.substr(0, end == std::string_view::npos ? end : end + 2);
        if (head.find("\r\n ") != std::string_view::npos
            || head.find("\r\n\t") != std::string_view::npos) {
            refuse(400, ProblemType::InvalidRequest,
                QStringLiteral("obsolete line folding in the headers is not accepted"));
            return 0;
        }
    }
    std::size_t used = 0;
    while (used < data.size() && !m_parser.is_done()) {
        const bool hadHeader = m_parser.is_header_done();
        boost::beast::error_code error;
        const std::size_t step
            = m_parser.put(boost::asio::buffer(data.data() + used, data.size() - used), error);
        used += step;
        if (error == http::error::need_more)
            break;
        if (error == http::error::header_limit) {
            refuse(431, ProblemType::InvalidRequest,
                QStringLiteral("the request line and headers are larger than %1 bytes")
                    .arg(m_limits.headerBytes));
            return used;
        }
        if (error == http::error::body_limit) {
            refuse(413, ProblemType::PayloadTooLarge,
                QStringLiteral("the body is larger than %1 bytes").arg(m_limits.bodyBytes));
            return used;
        }
        if (error) {
            refuse(400, ProblemType::InvalidRequest,
                QStringLiteral("malformed HTTP request: %1")
                    .arg(QString::fromStdString(error.message())));
            return used;
        }
        if (!hadHeader && m_parser.is_header_done()) {
            if (auto problem = checkHeader()) {
                m_refusal = std::move(problem);
                return used;
            }
        }
        if (step == 0)
            break;
    }
    return used;
}

std::optional<Problem> RequestReader::checkHeader() const
{
    const auto &message = m_parser.get();
    auto invalid = [](const QString &detail) {
        return Problem::make(ProblemType::InvalidRequest, 400, detail);
    };
    if (message.version() != 11 && message.version() != 10)
        return invalid(QStringLiteral("only HTTP/1.1 and HTTP/1.0 are spoken here"));
    if (!plainTarget(message.target()))
        return invalid(QStringLiteral("the request target must be a path of printable ASCII"));
    int hosts = 0;
    int lengths = 0;
    int codings = 0;
    for (const auto &field : message) {
        const std::string_view value = field.value();
        switch (field.name()) {
        case http::field::host:
            ++hosts;
            break;
        case http::field::content_length:
            ++lengths;
            if (value.find(',') != std::string_view::npos)
                ++lengths;
            break;
        case http::field::expect:
            // The only expectation HTTP/1.1 defines; anything else cannot be met (RFC 9110).
            if (!equalsIgnoringCase(trimmed(value), "100-continue"))
                return Problem::make(ProblemType::InvalidRequest, 417,
                    QStringLiteral("the only expectation understood is \"100-continue\""));
            break;
        case http::field::transfer_encoding:
            ++codings;
            if (!equalsIgnoringCase(trimmed(value), "chunked"))
                return invalid(QStringLiteral("only the chunked transfer coding is accepted"));
            break;
        default:
            break;
        }
    }
    if (lengths > 1)
        return invalid(QStringLiteral("ambiguous framing: more than one Content-Length"));
    if (codings > 0 && (lengths > 0 || message.version() == 10))
        return invalid(QStringLiteral("ambiguous framing: Transfer-Encoding with Content-Length "
                                      "or on HTTP/1.0"));
    if (hosts > 1 || (hosts == 0 && message.version() == 11))
        return invalid(QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
    return std::nullopt;
}

IncomingRequest RequestReader::take()
{
    auto &message = m_parser.get();
    IncomingRequest request;
    request.method = bytesOf(message.method_string());
    const std::string_view target = message.target();
    request.target = bytesOf(target);
    const std::size_t question = target.find('?');
    request.path = QUrl::fromPercentEncoding(bytesOf(target.substr(0, question)));
    if (question != std::string_view::npos)
        request.query = QUrlQuery(QString::fromLatin1(bytesOf(target.substr(question + 1))));
    for (const auto &field : message)
        request.headers.append({ bytesOf(field.name_string()), bytesOf(field.value()) });
    std::string &body = message.body();
    request.body = QByteArray(body.data(), qsizetype(body.size()));
    std::string().swap(body);
    return request;
}

Expected<IncomingRequest, Problem> RequestReader::parse(std::string_view bytes, Limits limits)
{
    RequestReader reader(limits);
    (void)reader.feed(bytes);
    if (reader.refusal())
        return unexpected(*reader.refusal());
    if (!reader.done())
        return unexpected(Problem::make(
            ProblemType::InvalidRequest, 400, QStringLiteral("the request is incomplete")));
    return reader.take();
}

} // namespace hearth::server
