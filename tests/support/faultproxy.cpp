#include "faultproxy.h"

#include <QDebug>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>

namespace {
constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 64 * 1024 * 1024;
constexpr char tlsHandshakeRecord = 0x16; // first byte of every TLS ClientHello

// Where the first request in buffer ends. length 0 and no error: not all of it is here yet.
struct Split
{
    qsizetype length = 0;
    QString error;
};

Split splitRequest(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > maxHeadBytes)
            return { 0, QStringLiteral("request head over %1 bytes").arg(maxHeadBytes) };
        return {};
    }
    qint64 contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // Without a length the proxy cannot tell where this request ends and the next begins,
        // so a per-request mode could hit the wrong one.
        if (name == "transfer-encoding" && value.toLower() != "identity")
            return { 0,
                QStringLiteral("chunked request bodies are not supported (send Content-Length)") };
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0 || contentLength > maxBodyBytes)
                return { 0, QStringLiteral("unusable Content-Length") };
        }
    }
    const qint64 total = headEnd + 4 + contentLength;
    return { buffer.size() < total ? 0 : qsizetype(total), {} };
}
} // namespace

struct FaultProxy::Shared
{
    mutable QMutex mutex;
    Mode mode = Mode::Pass;
    int remaining = -1;
    int passesFirst = 0;
    QByteArray canned;
    std::atomic<int> seen { 0 };
    std::atomic<int> cut { 0 };

    // The mode for the next request, counting it against a limited setMode().
    Mode take()
    {
        const QMutexLocker lock(&mutex);
        if (passesFirst > 0) {
            --passesFirst;
            return Mode::Pass;
        }
        const Mode current = mode;
        if (remaining > 0 && --remaining == 0) {
            mode = Mode::Pass;
            remaining = -1;
        }
        return current;
    }
    QByteArray cannedResponse() const
    {
        const QMutexLocker lock(&mutex);
        return canned;
    }
};

namespace {
using Mode = FaultProxy::Mode;

// One client stream and the upstream stream that mirrors it (opened on the first request
// forwarded), so keep-alive on one side is keep-alive on the other.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *client, std::shared_ptr<FaultProxy::Shared> shared,
        const QHostAddress &upstream, quint16 upstreamPort, QObject *parent)
        : QObject(parent)
        , m_shared(std::move(shared))
        , m_client(client)
        , m_upstreamAddress(upstream)
        , m_upstreamPort(upstreamPort)
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] {
            m_in += m_client->readAll();
            process();
        });
        connect(m_client, &QTcpSocket::disconnected, this, &Connection::close);
        m_in = m_client->readAll();
        process();
    }

    // setMode() was called: a held request goes on under the new mode.
    void release()
    {
        if (m_phase != Phase::Stalled)
            return;
        m_phase = Phase::Reading;
        if (m_tls)
            tunnel(m_shared->take());
        else
            apply(m_shared->take());
        process();
    }

private:
    enum class Phase
    {
        Reading,        // parsing requests and passing them on
        Stalled,        // holding m_request (or, for TLS, the whole stream)
        AwaitingAnswer, // CutAfterRequest: waiting for the first answer byte to drop it
        Tunnel,         // TLS passing through unparsed
        Closed
    };

    void process()
    {
        if (m_phase == Phase::Tunnel) {
            toUpstream(m_in);
            m_in.clear();
            return;
        }
        while (m_phase == Phase::Reading && !m_in.isEmpty()) {
            if (!m_started) {
                m_started = true;
                if (m_in.front() == tlsHandshakeRecord) {
                    m_tls = true;
                    ++m_shared->seen;
                    tunnel(m_shared->take());
                    continue;
                }
            }
            const Split split = splitRequest(m_in);
            if (!split.error.isEmpty()) {
                qWarning().noquote() << "FaultProxy: closing a client stream:" << split.error;
                close();
                return;
            }
            if (split.length == 0)
                return;
            m_request = m_in.left(split.length);
            m_in.remove(0, split.length);
            ++m_shared->seen;
            apply(m_shared->take());
        }
    }

    void apply(Mode mode)
    {
        switch (mode) {
        case Mode::Pass:
            toUpstream(m_request);
            m_request.clear();
            return;
        case Mode::CutBeforeRequest:
            ++m_shared->cut;
            close();
            return;
        case Mode::CutAfterRequest:
            ++m_shared->cut;
            toUpstream(m_request);
            m_request.clear();
            m_phase = Phase::AwaitingAnswer;
            return;
        case Mode::Stall:
            m_phase = Phase::Stalled;
            return;
        case Mode::Respond: {
            const QByteArray canned = m_shared->cannedResponse();
            m_request.clear();
            m_client->write(canned);
            if (canned.toLower().contains("\r\nconnection: close"))
                m_client->disconnectFromHost(); // after the canned bytes are written
            return;
        }
        }
    }

    void tunnel(Mode mode)
    {
        switch (mode) {
        case Mode::CutBeforeRequest:
            ++m_shared->cut;
            close();
            return;
        case Mode::Stall:
            m_phase = Phase::Stalled;
            return;
        case Mode::CutAfterRequest:
        case Mode::Respond:
            qWarning("FaultProxy: CutAfterRequest and Respond need plain HTTP; passing a TLS "
                     "stream through unchanged");
            break;
        case Mode::Pass:
            break;
        }
        m_phase = Phase::Tunnel;
        toUpstream(m_in);
        m_in.clear();
    }

    void toUpstream(const QByteArray &bytes)
    {
        if (!m_upstream) {
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::connected, this, [this] {
                m_upstream->write(m_pendingUpstream);
                m_pendingUpstream.clear();
            });
            connect(m_upstream, &QTcpSocket::readyRead, this, &Connection::fromUpstream);
            connect(m_upstream, &QTcpSocket::disconnected, this, &Connection::upstreamClosed);
            connect(m_upstream, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::RemoteHostClosedError)
                        return; // disconnected() handles an orderly close
                    qWarning().noquote() << "FaultProxy: upstream" << m_upstream->errorString();
                    close();
                });
            m_upstream->connectToHost(m_upstreamAddress, m_upstreamPort);
        }
        if (m_upstream->state() == QAbstractSocket::ConnectedState)
            m_upstream->write(bytes);
        else
            m_pendingUpstream += bytes;
    }

    void fromUpstream()
    {
        const QByteArray bytes = m_upstream->readAll();
        if (m_phase == Phase::AwaitingAnswer) {
            // The server has answered, so it finished the request: now lose the answer.
            close();
            return;
        }
        if (m_phase != Phase::Closed)
            m_client->write(bytes);
    }

    // The server ended its stream (Connection: close, idle timeout): end the client's the
    // same way, once what the server sent has been written.
    void upstreamClosed()
    {
        if (m_phase == Phase::Closed)
            return;
        if (m_phase == Phase::AwaitingAnswer) {
            close();
            return;
        }
        m_client->write(m_upstream->readAll());
        m_client->disconnectFromHost();
    }

    void close()
    {
        if (m_phase == Phase::Closed)
            return;
        m_phase = Phase::Closed;
        if (m_upstream)
            m_upstream->abort();
        // Orderly close: the client sees its stream end without an answer.
        m_client->disconnectFromHost();
        deleteLater();
    }

    std::shared_ptr<FaultProxy::Shared> m_shared;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QHostAddress m_upstreamAddress;
    quint16 m_upstreamPort;
    QByteArray m_in;              // client bytes not yet parsed
    QByteArray m_request;         // the request being decided on
    QByteArray m_pendingUpstream; // written once the upstream stream is connected
    Phase m_phase = Phase::Reading;
    bool m_started = false;
    bool m_tls = false;
};
} // namespace

// Everything that touches sockets, on the proxy's own thread.
class FaultProxy::Worker : public QObject
{
public:
    Worker(std::shared_ptr<Shared> shared, const QHostAddress &upstream, quint16 upstreamPort)
        : m_shared(std::move(shared))
        , m_upstream(upstream)
        , m_upstreamPort(upstreamPort)
    { }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                m_connections.append(
                    new Connection(socket, m_shared, m_upstream, m_upstreamPort, this));
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            qWarning().noquote() << "FaultProxy: cannot listen:" << m_server->errorString();
            return 0;
        }
        return m_server->serverPort();
    }

    void release()
    {
        m_connections.removeAll(nullptr);
        for (const QPointer<Connection> &connection : std::as_const(m_connections)) {
            if (connection)
                connection->release();
        }
    }

private:
    std::shared_ptr<Shared> m_shared;
    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    QTcpServer *m_server = nullptr;
    QList<QPointer<Connection>> m_connections;
};

FaultProxy::FaultProxy(quint16 upstreamPort, QHostAddress upstream)
    : m_shared(std::make_shared<Shared>())
    , m_upstream(std::move(upstream))
    , m_upstreamPort(upstreamPort)
{ }

FaultProxy::~FaultProxy()
{
    if (!m_thread)
        return;
    // Sockets belong to the proxy thread: delete them there, then stop it.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool FaultProxy::start()
{
    if (m_thread) {
        qWarning("FaultProxy: start() called twice");
        return false;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    m_worker = new Worker(m_shared, m_upstream, m_upstreamPort);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    Worker *worker = m_worker;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        worker, [worker, &port] { port = worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return port != 0;
}

quint16 FaultProxy::port() const
{
    return m_port;
}

void FaultProxy::setMode(Mode mode, int times)
{
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->mode = times == 0 ? Mode::Pass : mode;
        m_shared->remaining = times > 0 ? times : -1;
        m_shared->passesFirst = 0;
    }
    if (Worker *worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->release(); }, Qt::QueuedConnection);
}

void FaultProxy::setModeAfter(int passes, Mode mode, int times)
{
    setMode(mode, times);
    // Only requests that arrive from now on count as passes (setMode released held ones).
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->passesFirst = passes;
}

void FaultProxy::setCannedResponse(QByteArray rawHttpResponse)
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->canned = std::move(rawHttpResponse);
}

int FaultProxy::requestsSeen() const
{
    return m_shared->seen.load();
}

int FaultProxy::requestsCut() const
{
    return m_shared->cut.load();
}
