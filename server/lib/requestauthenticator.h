#pragma once

#include "common/expected.h"
#include "devicerepository.h"
#include "incomingrequest.h"
#include "problem.h"
#include "servicecontext.h"

namespace hearth::server {

// Checks a request's device signature before a handler sees it: header shape, clock skew,
// known device, Ed25519 signature over method, target, timestamp, nonce, device and body hash
// (RequestSigner defines the bytes), revocation, and finally that the nonce is new. The checks
// that need no database come first, so a flood of junk costs little.
class RequestAuthenticator
{
public:
    explicit RequestAuthenticator(const ServiceContext &context)
        : m_context(context)
    { }

    [[nodiscard]] Expected<DeviceRow, Problem> authenticate(const IncomingRequest &request) const;

private:
    const ServiceContext &m_context;
};

} // namespace hearth::server
