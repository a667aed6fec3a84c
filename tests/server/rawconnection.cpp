#include "rawconnection.h"

#include <arpa/inet.h>
#include <linux/sockios.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

RawConnection::RawConnection(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

RawConnection::~RawConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawConnection::send(QByteArrayView bytes)
{
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < bytes.size()) {
        const ssize_t n
            = ::send(m_fd, bytes.data() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return m_fd >= 0;
}

void RawConnection::finishSending()
{
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_WR);
}

void RawConnection::reset()
{
    if (m_fd < 0)
        return;
    const linger abortive { 1, 0 };
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    ::close(m_fd);
    m_fd = -1;
}

int RawConnection::unacknowledged() const
{
    int pending = 0;
    if (m_fd < 0 || ::ioctl(m_fd, SIOCOUTQ, &pending) != 0)
        return -1;
    return pending;
}

RawConnection::Received RawConnection::read(int timeoutMs, int responses)
{
    Received received;
    while (m_fd >= 0) {
        if (responses > 0 && parseResponses(received.bytes).size() >= responses)
            break;
        pollfd readable { m_fd, POLLIN, 0 };
        if (::poll(&readable, 1, timeoutMs) <= 0)
            break;
        char buffer[65536];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            received.closed = true;
            break;
        }
        received.bytes.append(buffer, n);
    }
    return received;
}

QList<RawResponse> parseResponses(const QByteArray &bytes)
{
    QList<RawResponse> responses;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = bytes.mid(at, headEnd - at).split('\n');
        RawResponse response;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "content-type")
                response.contentType = value;
            else if (name == "connection")
                response.connection = value.toLower();
        }
        if (headEnd + 4 + length > bytes.size())
            break;
        response.body = bytes.mid(headEnd + 4, length);
        responses.append(response);
        at = headEnd + 4 + length;
    }
    return responses;
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}
