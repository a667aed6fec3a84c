#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// A client on plain POSIX sockets for tests that must send bytes no HTTP library would: nothing
// is normalised or completed, and the test decides when to stop sending, hang up or read.
class RawConnection
{
public:
    explicit RawConnection(quint16 port); // 127.0.0.1
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    // False once the server has closed or reset the connection.
    bool send(QByteArrayView bytes);
    void finishSending(); // half-close: the server sees the end of the request stream
    void reset();         // hang up at once with a TCP reset, as a killed tablet does
    // Bytes sent but not yet acknowledged by the server's kernel.
    int unacknowledged() const;

    struct Received
    {
        QByteArray bytes;
        bool closed = false; // the server closed (or reset) the connection
    };
    // Reads until the server closes, or until `responses` complete answers have arrived, or
    // until nothing has come for timeoutMs.
    Received read(int timeoutMs, int responses = -1);

private:
    int m_fd = -1;
};

struct RawResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray connection;
    QByteArray body;
};

// Splits bytes into complete answers (Content-Length framed, as hearth-server sends them).
QList<RawResponse> parseResponses(const QByteArray &bytes);

// "METHOD target HTTP/1.1", Host, the extra header lines, Content-Length when there is a body.
QByteArray rawRequest(const QByteArray &method, const QByteArray &target,
    const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
