#pragma once

#include "common/clock.h"

#include <QMutex>
#include <QString>
#include <QStringView>

namespace hearth {

// Record ids (RFC 9562 UUIDv7): a 48-bit Unix millisecond timestamp followed by randomness, so
// ids sort by creation time in the vault and on the server without a central counter. Ids from
// one generator are strictly increasing even within a millisecond or when the wall clock steps
// back (RFC 9562 section 6.2, method 2: the random part is incremented by a random amount).
// Thread-safe; share one generator per process.
class UuidV7Generator
{
public:
    explicit UuidV7Generator(const Clock &clock = Clock::system());

    // A new id, lowercase 8-4-4-4-12 form.
    QString next();
    // The next id will sort after `previous` too: for a chain that other generators (another
    // RecordStore, an earlier unlock, a run before the wall clock stepped back) have added to.
    // An invalid id, or one this generator is already past, changes nothing.
    void continueAfter(QStringView previous);

    // True for the lowercase canonical text of a UUID with version 7 and the RFC variant.
    static bool isValid(QStringView id);
    // The embedded Unix time in milliseconds, or -1 if id is not valid.
    static qint64 timestampMs(QStringView id);

private:
    const Clock &m_clock;
    QMutex m_mutex;
    qint64 m_lastMs = -1;
    quint16 m_randA = 0; // 12 bits
    quint64 m_randB = 0; // 62 bits
};

} // namespace hearth
