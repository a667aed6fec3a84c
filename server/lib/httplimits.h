#pragma once

#include <QtGlobal>

#include <chrono>

namespace hearth::server {

// What one client may cost the HTTP layer, enforced while reading so that a hostile or broken
// client is cut off before it holds memory, file descriptors or time that others need. Each is a
// hearth-server option; the defaults are documented in server/README.md. The body limit is
// ServiceLimits::maxBodyBytes, which the handlers share.
struct HttpLimits
{
    qsizetype headerBytes = 16 * 1024;            // request line and headers together
    std::chrono::seconds headerTimeout { 10 };    // from the first byte to the end of the headers
    std::chrono::seconds bodyIdleTimeout { 15 };  // longest silence while a body arrives
    std::chrono::seconds keepAliveTimeout { 30 }; // idle connection between requests
    int maxConnections = 4096;
    int maxConnectionsPerClient = 256;
    int maxRequestsPerConnection = 1000;
};

} // namespace hearth::server
