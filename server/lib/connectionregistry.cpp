#include "connectionregistry.h"

#include <vector>

namespace hearth::server {

namespace {
constexpr char openGauge[] = "hearth_http_connections_open";
constexpr char refusedCounter[] = "hearth_http_connections_refused_total";
} // namespace

ConnectionRegistry::ConnectionRegistry(const HttpLimits &limits, Metrics &metrics)
    : m_limits(limits)
    , m_metrics(metrics)
{
    m_metrics.describe(openGauge, Metrics::Type::Gauge, "Open client connections.");
    m_metrics.describe(refusedCounter, Metrics::Type::Counter,
        "Connections closed at once because a connection limit was reached, by limit.");
    m_metrics.set(openGauge, {}, 0);
}

ConnectionRegistry::Admission ConnectionRegistry::admit(const std::string &client)
{
    const std::lock_guard lock(m_mutex);
    if (m_total >= m_limits.maxConnections) {
        m_metrics.add(refusedCounter, { { "limit", "total" } });
        return Admission::TooManyInTotal;
    }
    int &fromClient = m_perClient[client];
    if (fromClient >= m_limits.maxConnectionsPerClient) {
        m_metrics.add(refusedCounter, { { "limit", "per-client" } });
        return Admission::TooManyFromClient;
    }
    ++fromClient;
    ++m_total;
    publish();
    return Admission::Admitted;
}

void ConnectionRegistry::attach(
    const StoppableConnection *key, std::weak_ptr<StoppableConnection> connection)
{
    const std::lock_guard lock(m_mutex);
    m_connections[key] = std::move(connection);
}

void ConnectionRegistry::release(const std::string &client, const StoppableConnection *key)
{
    const std::lock_guard lock(m_mutex);
    m_connections.erase(key);
    auto it = m_perClient.find(client);
    if (it != m_perClient.end() && --it->second <= 0)
        m_perClient.erase(it);
    --m_total;
    publish();
}

void ConnectionRegistry::stopAll()
{
    std::vector<std::shared_ptr<StoppableConnection>> alive;
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &[key, connection] : m_connections) {
            if (auto strong = connection.lock())
                alive.push_back(std::move(strong));
        }
    }
    // Outside the lock: a connection that closes at once releases itself from this registry.
    for (const auto &connection : alive)
        connection->stop();
}

void ConnectionRegistry::publish()
{
    m_metrics.set(openGauge, {}, m_total);
}

} // namespace hearth::server
