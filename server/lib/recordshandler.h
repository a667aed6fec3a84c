#pragma once

#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"

namespace hearth::server {

// POST /v1/records: authenticates the device, splits the JSON Lines batch and hands it to
// IngestService; answers with a result per record and a signed receipt.
class RecordsHandler
{
public:
    explicit RecordsHandler(const ServiceContext &context)
        : m_context(context)
    { }

    HttpReply handle(const IncomingRequest &request) const;

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
