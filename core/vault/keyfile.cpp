#include "keyfile.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace hearth {

namespace {
constexpr char Magic[8] = { 'H', 'E', 'A', 'R', 'T', 'H', 'K', '1' };
constexpr int KdfArgon2id13 = 1;
constexpr int ChecksumSize = crypto_generichash_BYTES; // 32
constexpr int ChecksumOffset = KeyFile::Size - ChecksumSize;

// Sequential little-endian writer/reader over the fixed layout described in keyfile.h.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    { }
    void bytes(const void *data, int size) { m_out.append(static_cast<const char *>(data), size); }
    template<std::size_t N> void bytes(const std::array<unsigned char, N> &a)
    {
        bytes(a.data(), int(N));
    }
    void u8(int v) { m_out.append(char(v)); }
    void u16(quint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        bytes(b, 2);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        bytes(b, 8);
    }

private:
    QByteArray &m_out;
};

class Reader
{
public:
    explicit Reader(const QByteArray &in)
        : m_in(in)
    { }
    const char *take(int n)
    {
        const char *p = m_in.constData() + m_pos;
        m_pos += n;
        return p;
    }
    template<std::size_t N> void bytes(std::array<unsigned char, N> &a)
    {
        std::memcpy(a.data(), take(int(N)), N);
    }
    int u8() { return static_cast<unsigned char>(*take(1)); }
    quint16 u16() { return qFromLittleEndian<quint16>(take(2)); }
    quint64 u64() { return qFromLittleEndian<quint64>(take(8)); }

private:
    const QByteArray &m_in;
    int m_pos = 0;
};

VaultError damaged(const QString &why)
{
    return VaultError::make(VaultError::Code::KeyFileDamaged, why);
}
} // namespace

QByteArray KeyFile::header() const
{
    QByteArray out;
    out.reserve(HeaderSize);
    Writer w(out);
    w.bytes(Magic, sizeof Magic);
    w.u16(FormatVersion);
    w.u8(cipherProfile);
    w.u8(KdfArgon2id13);
    w.bytes(vaultId);
    w.bytes(databaseSalt);
    w.u64(cost.opsLimit);
    w.u64(cost.memLimit);
    w.bytes(kdfSalt);
    return out;
}

QByteArray KeyFile::serialize() const
{
    QByteArray out = header();
    out.reserve(Size);
    Writer w(out);
    w.bytes(nonce);
    w.bytes(wrappedKey);
    w.bytes(recoveryPublicKey);
    w.bytes(sealedKey);
    std::array<unsigned char, ChecksumSize> sum {};
    crypto_generichash(sum.data(), sum.size(),
        reinterpret_cast<const unsigned char *>(out.constData()), size_t(out.size()), nullptr, 0);
    w.bytes(sum);
    Q_ASSERT(out.size() == Size);
    return out;
}

Expected<KeyFile, VaultError> KeyFile::parse(const QByteArray &bytes, Checks checks)
{
    const bool full = checks == Checks::Full;
    if (bytes.size() != Size)
        return unexpected(damaged(
            QStringLiteral("key file is %1 bytes, expected %2").arg(bytes.size()).arg(Size)));
    std::array<unsigned char, ChecksumSize> sum {};
    crypto_generichash(sum.data(), sum.size(),
        reinterpret_cast<const unsigned char *>(bytes.constData()), ChecksumOffset, nullptr, 0);
    if (full && sodium_memcmp(sum.data(), bytes.constData() + ChecksumOffset, ChecksumSize) != 0)
        return unexpected(damaged(QStringLiteral("key file checksum does not match")));

    Reader r(bytes);
    KeyFile file;
    if (std::memcmp(r.take(sizeof Magic), Magic, sizeof Magic) != 0 && full)
        return unexpected(damaged(QStringLiteral("not a Hearth key file")));
    if (const int version = r.u16(); version != FormatVersion && full)
        return unexpected(
            damaged(QStringLiteral("key file format %1 is not supported").arg(version)));
    file.cipherProfile = r.u8();
    if (const int kdf = r.u8(); kdf != KdfArgon2id13 && full)
        return unexpected(damaged(QStringLiteral("unknown key derivation %1").arg(kdf)));
    r.bytes(file.vaultId);
    r.bytes(file.databaseSalt);
    file.cost.opsLimit = r.u64();
    file.cost.memLimit = r.u64();
    if (!file.cost.isAcceptable() && full)
        return unexpected(damaged(QStringLiteral("key derivation cost out of range")));
    r.bytes(file.kdfSalt);
    r.bytes(file.nonce);
    r.bytes(file.wrappedKey);
    r.bytes(file.recoveryPublicKey);
    r.bytes(file.sealedKey);
    return file;
}

Expected<KeyFile, VaultError> KeyFile::read(const QString &path, Checks checks)
{
    QFile file(path);
    if (!file.exists())
        return unexpected(VaultError::make(VaultError::Code::KeyFileMissing, path));
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(VaultError::make(
            VaultError::Code::Io, path + QStringLiteral(": ") + file.errorString()));
    // Read one byte past the expected size so a file with extra bytes is caught.
    return parse(file.read(Size + 1), checks);
}

Expected<void, VaultError> KeyFile::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unexpected(VaultError::make(
            VaultError::Code::ReadOnly, path + QStringLiteral(": ") + file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const bool full = file.error() == QFileDevice::ResourceError;
        return unexpected(
            VaultError::make(full ? VaultError::Code::StorageFull : VaultError::Code::Io,
                path + QStringLiteral(": ") + file.errorString()));
    }
    return {};
}

} // namespace hearth
