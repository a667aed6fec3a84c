#include "requestauthenticator.h"

#include "authheaders.h"
#include "noncestore.h"
#include "requestsigner.h"

#include <QRandomGenerator>

#include <cstdlib>

namespace hearth::server {

Expected<DeviceRow, Problem> RequestAuthenticator::authenticate(
    const IncomingRequest &request) const
{
    auto headers
        = AuthHeaders::parse([&request](QByteArrayView name) { return request.header(name); });
    if (!headers) {
        const ProblemType type = headers.error().missing ? ProblemType::AuthenticationRequired
                                                         : ProblemType::MalformedAuthentication;
        return unexpected(Problem::make(type, 401, headers.error().message));
    }

    const QDateTime now = m_context.clock.nowUtc();
    const qint64 nowUnix = now.toSecsSinceEpoch();
    if (std::llabs(nowUnix - headers->unixTime) > m_context.limits.skewSeconds) {
        Problem problem = Problem::make(ProblemType::ClockSkew, 401,
            QStringLiteral("Hearth-Timestamp is more than %1 seconds from the server's time")
                .arg(m_context.limits.skewSeconds));
        problem.extensions.insert(QStringLiteral("serverTime"), nowUnix);
        return unexpected(problem);
    }

    auto device = DeviceRepository(m_context.database).find(headers->deviceId);
    if (!device)
        return unexpected(Problem::fromStore(device.error()));
    if (!device->has_value())
        return unexpected(Problem::make(
            ProblemType::UnknownDevice, 401, QStringLiteral("no device with this id is enrolled")));
    const DeviceRow &row = **device;

    const auto publicKey = DeviceKeyPair::publicKeyFromHex(row.publicKeyHex);
    const QByteArray input = RequestSigner::signingInput(request.method, request.target,
        headers->unixTime, headers->nonceText, headers->deviceId, request.body);
    if (!publicKey || !DeviceKeyPair::verify(input, headers->signatureBytes, *publicKey))
        return unexpected(Problem::make(ProblemType::BadRequestSignature, 401,
            QStringLiteral("the signature does not match this request and the device key")));

    // Only after the signature: an unauthenticated caller learns nothing about revocation.
    if (row.isRevoked())
        return unexpected(Problem::make(ProblemType::DeviceRevoked, 403,
            QStringLiteral("this device was revoked by the agency; it can no longer sync. "
                           "Records already received are kept.")));

    const NonceStore nonces(m_context.database);
    auto fresh = nonces.remember(row.id, headers->nonceText,
        std::max(nowUnix, headers->unixTime) + m_context.limits.skewSeconds);
    if (!fresh)
        return unexpected(Problem::fromStore(fresh.error()));
    if (!*fresh)
        return unexpected(Problem::make(ProblemType::ReplayedRequest, 401,
            QStringLiteral("this nonce was already used; sign each request afresh")));
    // Now and then, forget nonces that are outside the window anyway.
    if (QRandomGenerator::global()->bounded(100) == 0)
        (void)nonces.purge(nowUnix - m_context.limits.skewSeconds);
    return row;
}

} // namespace hearth::server
