#include "uuidv7generator.h"

#include <sodium.h>

#include <QMutexLocker>

#include <algorithm>
#include <array>

namespace hearth {

namespace {
constexpr quint64 randBLimit = quint64(1) << 62;
constexpr quint16 randALimit = 1 << 12;

quint64 random64()
{
    quint64 value;
    randombytes_buf(&value, sizeof value);
    return value;
}
} // namespace

UuidV7Generator::UuidV7Generator(const Clock &clock)
    : m_clock(clock)
{
    if (sodium_init() < 0) // idempotent; randombytes_buf needs it
        qFatal("libsodium could not be initialised");
}

QString UuidV7Generator::next()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = std::max<qint64>(0, m_clock.nowUtc().toMSecsSinceEpoch());
    bool fresh = now > m_lastMs;
    if (!fresh) {
        // Same millisecond or the clock went back: stay on the last timestamp and step the
        // 74 random bits forward by 1..2^32 so the id still sorts after the previous one
        // while remaining unguessable.
        m_randB += 1 + (random64() & 0xFFFFFFFFu);
        if (m_randB >= randBLimit) {
            m_randB -= randBLimit;
            if (++m_randA >= randALimit) {
                ++m_lastMs; // counter exhausted: borrow the next millisecond
                fresh = true;
            }
        }
    } else {
        m_lastMs = now;
    }
    if (fresh) {
        const quint64 r = random64();
        m_randA = quint16(r & (randALimit - 1));
        m_randB = random64() & (randBLimit - 1);
    }

    std::array<unsigned char, 16> b {};
    const quint64 ms = quint64(m_lastMs) & 0xFFFFFFFFFFFFull;
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (m_randA >> 8));
    b[7] = static_cast<unsigned char>(m_randA & 0xFF);
    b[8] = static_cast<unsigned char>(0x80 | ((m_randB >> 56) & 0x3F));
    for (int i = 0; i < 7; ++i)
        b[std::size_t(9 + i)] = static_cast<unsigned char>(m_randB >> (48 - 8 * i));

    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += u'-';
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0xF]);
    }
    return out;
}

void UuidV7Generator::continueAfter(QStringView previous)
{
    if (!isValid(previous))
        return;
    const qint64 ms = timestampMs(previous);
    const QString hex = previous.toString().remove(u'-');
    const auto randA = quint16(hex.mid(13, 3).toUInt(nullptr, 16));
    const quint64 randB = hex.mid(16, 16).toULongLong(nullptr, 16) & (randBLimit - 1);
    QMutexLocker lock(&m_mutex);
    // Already past it: this generator's own state is the later one.
    if (ms < m_lastMs
        || (ms == m_lastMs && (randA < m_randA || (randA == m_randA && randB <= m_randB))))
        return;
    m_lastMs = ms;
    m_randA = randA;
    m_randB = randB;
}

bool UuidV7Generator::isValid(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = id[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    const char16_t variant = id[19].unicode();
    return id[14] == u'7'
        && (variant == u'8' || variant == u'9' || variant == u'a' || variant == u'b');
}

qint64 UuidV7Generator::timestampMs(QStringView id)
{
    if (!isValid(id))
        return -1;
    const QString hex = id.left(8).toString() + id.mid(9, 4).toString();
    return hex.toLongLong(nullptr, 16);
}

} // namespace hearth
