#pragma once

#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"

namespace hearth::server {

// POST /v1/enrol: turns a one-time code and a device's public key into an enrolled device, and
// tells the device what it needs from then on (its id, practitioner, the server's receipt key
// and the agency settings). The id is the one the device sent when it sent one, because its
// records may already be signed with it. Code use and device creation are one transaction.
class EnrolHandler
{
public:
    explicit EnrolHandler(const ServiceContext &context)
        : m_context(context)
    { }

    HttpReply handle(const IncomingRequest &request) const;

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
