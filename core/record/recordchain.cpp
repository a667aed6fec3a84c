#include "recordchain.h"

#include <sodium.h>

#include <QByteArray>

namespace hearth {

namespace {
const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

QByteArrayView RecordChain::genesisLabel()
{
    return QByteArrayView("hearth-chain-genesis-v1");
}

QString RecordChain::genesisHash()
{
    static const QString hash = [] {
        QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
        const QByteArrayView label = genesisLabel();
        crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
            bytes(label), quint64(label.size()), nullptr, 0);
        return QString::fromLatin1(out.toHex());
    }();
    return hash;
}

QString RecordChain::linkHash(QByteArrayView signingInput, QByteArrayView signature)
{
    crypto_generichash_state state;
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash_init(&state, nullptr, 0, std::size_t(out.size()));
    crypto_generichash_update(&state, bytes(signingInput), quint64(signingInput.size()));
    crypto_generichash_update(&state, bytes(signature), quint64(signature.size()));
    crypto_generichash_final(
        &state, reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()));
    return QString::fromLatin1(out.toHex());
}

} // namespace hearth
