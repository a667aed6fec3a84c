#include "photohash.h"

#include <sodium.h>

#include <array>

namespace hearth::PhotoHash {

QString mediaType()
{
    return QStringLiteral("image/jpeg");
}

QString of(const QByteArray &bytes)
{
    std::array<unsigned char, HashBytes> hash {};
    crypto_generichash(hash.data(), hash.size(),
        reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), nullptr,
        0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size())).toHex());
}

bool isHash(const QString &text)
{
    if (text.size() != HashBytes * 2)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

bool looksLikeJpeg(const QByteArray &bytes)
{
    return bytes.size() >= 4 && bytes.startsWith("\xFF\xD8\xFF") && bytes.endsWith("\xFF\xD9");
}

} // namespace hearth::PhotoHash
