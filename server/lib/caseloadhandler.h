#pragma once

#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"

namespace hearth::server {

// GET /v1/caseload?cursor=N&limit=M: the authenticated device's practitioner's caseload, one
// page of changes after the cursor at a time (see CaseloadFeed).
class CaseloadHandler
{
public:
    static constexpr int maxLimit = 5000;

    explicit CaseloadHandler(const ServiceContext &context)
        : m_context(context)
    { }

    HttpReply handle(const IncomingRequest &request) const;

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
