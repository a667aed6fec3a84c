#pragma once

#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"

#include <QString>

namespace hearth::server {

// PUT /v1/attachments/<hash>: a signed visit's photograph, sent by its device before the batch
// that names it. The device is authenticated like every request; the bytes must be a JPEG
// within PhotoHash's limits whose BLAKE2b-256 hash is the one in the path. Sending stored bytes
// again succeeds, so a device resumes after a cut connection by simply sending again.
class AttachmentHandler
{
public:
    static inline const QString pathPrefix = QStringLiteral("/v1/attachments/");
    static inline const QString route = QStringLiteral("/v1/attachments"); // for logs and metrics

    explicit AttachmentHandler(const ServiceContext &context)
        : m_context(context)
    { }

    HttpReply put(const IncomingRequest &request) const;

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
