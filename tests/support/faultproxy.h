#pragma once

#include <QByteArray>
#include <QHostAddress>

#include <memory>

class QThread;

// A TCP proxy between a client under test and a real server that breaks chosen requests on
// purpose: cut before or after the server saw them, stall them, or answer them itself. Sync
// code has to survive exactly these faults (an answer lost after the server stored a batch, a
// server that never answers, a 503 with Retry-After), and they cannot be produced reliably by
// stopping a real server.
//
// It runs on a thread of its own, so it keeps working while the test thread blocks (in
// QSignalSpy::wait, a nested QEventLoop or even a blocking waitForReadyRead).
//
// Per-request modes need plain HTTP/1.1: the proxy reads each request on a client stream
// (request line, headers, Content-Length body; chunked request bodies are refused with a
// warning) and applies the mode to that request, so keep-alive streams work. A stream that
// starts with a TLS handshake is tunnelled unparsed; the mode is then taken once per
// connection and only Pass, CutBeforeRequest and Stall mean anything (CutAfterRequest and
// Respond warn and pass through). Fault tests therefore use http:// on loopback.
//
// Note on QNetworkAccessManager (Qt 6.4, shown by tst_faultproxy): when a stream closes before
// any answer byte arrived, QNAM itself sends the same request once more on a new stream (POST
// included) and reports RemoteHostClosedError only if that fails too. So a single cut is
// invisible to QNAM code (times = 1 just delivers the request twice under CutAfterRequest);
// use times >= 2 or -1 to make the client see the failure, and check requestsSeen().
class FaultProxy
{
public:
    explicit FaultProxy(quint16 upstreamPort, QHostAddress upstream = QHostAddress::LocalHost);
    ~FaultProxy(); // stops, closes every stream
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    bool start(); // listens on 127.0.0.1:0; false (with a warning) when it cannot
    quint16 port() const;

    enum class Mode
    {
        Pass,
        // Forward the request, let the server answer, drop the answer and close the client
        // stream: the server did the work, the client never learns it.
        CutAfterRequest,
        // Close the client stream without forwarding: the server never sees the request.
        CutBeforeRequest,
        // Accept and read, forward nothing, answer nothing, until setMode() is called again
        // (held requests then go through the new mode and count against its times) or the
        // client gives up.
        Stall,
        // Answer with cannedResponse() without contacting upstream.
        Respond,
    };

    // times -1: until changed; N: for the next N requests, then back to Pass. Thread-safe.
    void setMode(Mode mode, int times = -1);
    // The same after letting the next `passes` requests through untouched: a fault in the
    // middle of a sequence (the second of three uploads).
    void setModeAfter(int passes, Mode mode, int times = -1);
    // The exact bytes Respond writes, e.g.
    // "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n".
    // Give a Content-Length so the client can keep the stream; "Connection: close" in it makes
    // the proxy close the stream after writing.
    void setCannedResponse(QByteArray rawHttpResponse);

    // Thread-safe counters. Seen: complete requests read from clients (tunnelled TLS:
    // connections). Cut: requests that CutAfterRequest or CutBeforeRequest applied to.
    int requestsSeen() const;
    int requestsCut() const;

    struct Shared;
    class Worker;

private:
    std::shared_ptr<Shared> m_shared;
    Worker *m_worker = nullptr; // lives on m_thread; deleted there
    std::unique_ptr<QThread> m_thread;
    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
};
