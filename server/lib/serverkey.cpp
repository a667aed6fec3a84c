#include "serverkey.h"

#include <QFile>
#include <QSaveFile>

namespace hearth::server {

namespace {
constexpr QByteArrayView label = "hearth-server-signing-v1 ";
}

Expected<DeviceKeyPair, QString> ServerKey::create(const QString &path)
{
    if (QFile::exists(path))
        return unexpected(
            QStringLiteral("%1 already exists; refusing to replace the server key").arg(path));
    SigningSeed seed;
    seed.randomise();
    QByteArray line = label.toByteArray();
    line
        += QByteArray(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size)).toBase64();
    line += '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(line);
    sodium_memzero(line.data(), size_t(line.size()));
    if (!file.commit())
        return unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return DeviceKeyPair::fromSeed(seed);
}

Expected<DeviceKeyPair, QString> ServerKey::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(
            QStringLiteral("cannot read the server key %1: %2 (run hearth-admin init first)")
                .arg(path, file.errorString()));
    QByteArray line = file.read(256).trimmed();
    const bool labelled = line.startsWith(label);
    auto decoded = QByteArray::fromBase64Encoding(line.mid(label.size()),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    sodium_memzero(line.data(), size_t(line.size()));
    if (!labelled || !decoded || decoded.decoded.size() != qsizetype(SigningSeed::size))
        return unexpected(QStringLiteral(
            "%1 is not a Hearth server key (expected one line \"hearth-server-signing-v1 "
            "<base64 seed>\")")
                              .arg(path));
    SigningSeed seed;
    std::copy(
        decoded.decoded.cbegin(), decoded.decoded.cend(), reinterpret_cast<char *>(seed.data()));
    sodium_memzero(decoded.decoded.data(), size_t(decoded.decoded.size()));
    return DeviceKeyPair::fromSeed(seed);
}

} // namespace hearth::server
