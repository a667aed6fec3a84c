#pragma once

#include "httplimits.h"
#include "metrics.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace hearth::server {

// Something the registry can ask to wind down: stop reading new requests, finish the answer in
// flight, close.
class StoppableConnection
{
public:
    virtual ~StoppableConnection() = default;
    virtual void stop() = 0;
};

// Counts open connections in total and per client address, refuses those over the limits, and
// can stop them all at shutdown. Thread-safe: the acceptor admits, sessions on any I/O thread
// release. Publishes the open-connection gauge and the refusal counter.
class ConnectionRegistry
{
public:
    enum class Admission
    {
        Admitted,
        TooManyInTotal,
        TooManyFromClient
    };

    ConnectionRegistry(const HttpLimits &limits, Metrics &metrics);

    [[nodiscard]] Admission admit(const std::string &client);
    // After admit: the connection's session, so stopAll can reach it.
    void attach(const StoppableConnection *key, std::weak_ptr<StoppableConnection> connection);
    void release(const std::string &client, const StoppableConnection *key);
    void stopAll();

private:
    void publish(); // with m_mutex held

    HttpLimits m_limits;
    Metrics &m_metrics;
    mutable std::mutex m_mutex;
    int m_total = 0;
    std::map<std::string, int> m_perClient;
    std::map<const StoppableConnection *, std::weak_ptr<StoppableConnection>> m_connections;
};

} // namespace hearth::server
