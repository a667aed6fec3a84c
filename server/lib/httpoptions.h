#pragma once

#include "common/expected.h"
#include "httplimits.h"
#include "httprouter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace hearth::server {

// hearth-server's HTTP limits and the /metrics allow-list as command-line options, with the
// safe defaults of HttpLimits, kept out of main() so the composition root stays short.
class HttpOptions
{
public:
    HttpOptions();
    void addTo(QCommandLineParser &parser) const;

    struct Resolved
    {
        HttpLimits limits;
        AddressAllowList metricsReaders;
    };
    [[nodiscard]] Expected<Resolved, QString> resolve(const QCommandLineParser &parser) const;

    // Raises the soft open-file limit to the hard one (the usual 1,024 is far below what a
    // server with thousands of connections needs) and lowers maxConnections to what then fits,
    // keeping room for database connections and files. Returns a notice when it had to lower.
    static QString fitOpenFileLimit(HttpLimits &limits);

private:
    QCommandLineOption m_headerLimit;
    QCommandLineOption m_headerTimeout;
    QCommandLineOption m_bodyTimeout;
    QCommandLineOption m_keepAliveTimeout;
    QCommandLineOption m_maxConnections;
    QCommandLineOption m_maxPerClient;
    QCommandLineOption m_maxRequests;
    QCommandLineOption m_metricsAllow;
};

} // namespace hearth::server
