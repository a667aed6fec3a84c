#include "requestsigner.h"

#include "authheaders.h"

#include <sodium.h>

namespace hearth {

QByteArrayView RequestSigner::domainPrefix()
{
    return "hearth-request-v1\n";
}

QByteArray RequestSigner::bodyHash(QByteArrayView body)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
        reinterpret_cast<const unsigned char *>(body.data()), quint64(body.size()));
    return digest.toHex();
}

QByteArray RequestSigner::signingInput(QByteArrayView method, QByteArrayView target,
    qint64 unixTime, QByteArrayView nonce, const QString &device, QByteArrayView body)
{
    QByteArray input;
    input.reserve(
        domainPrefix().size() + method.size() + target.size() + nonce.size() + device.size() + 100);
    input += domainPrefix();
    input += method;
    input += '\n';
    input += target;
    input += '\n';
    input += QByteArray::number(unixTime);
    input += '\n';
    input += nonce;
    input += '\n';
    input += device.toLatin1();
    input += '\n';
    input += bodyHash(body);
    return input;
}

QByteArray RequestSigner::newNonce()
{
    QByteArray raw(16, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QList<RequestSigner::Header> RequestSigner::authHeaders(const DeviceKeyPair &key,
    const QString &device, QByteArrayView method, QByteArrayView target, QByteArrayView body,
    const QDateTime &now, QByteArray nonce)
{
    if (nonce.isEmpty())
        nonce = newNonce();
    const qint64 unixTime = now.toSecsSinceEpoch();
    const QByteArray signature
        = key.sign(signingInput(method, target, unixTime, nonce, device, body));
    return {
        { AuthHeaders::device, device.toLatin1() },
        { AuthHeaders::timestamp, QByteArray::number(unixTime) },
        { AuthHeaders::nonce, nonce },
        { AuthHeaders::signature, signature.toBase64() },
    };
}

} // namespace hearth
