#pragma once

#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"

namespace hearth::server {

// GET /health (no authentication: for load balancers; answers 503 when the database does not)
// and GET /v1/version (authenticated: what the server speaks and who the device is, which is
// also how a device checks that its enrolment and clock are in order).
class InfoHandler
{
public:
    static constexpr int protocolVersion = 1;

    explicit InfoHandler(const ServiceContext &context)
        : m_context(context)
    { }

    HttpReply health() const;
    HttpReply version(const IncomingRequest &request) const;

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
