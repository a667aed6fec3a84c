#pragma once

#include "common/clock.h"
#include "vault/kdfcost.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <QByteArray>
#include <QFile>
#include <QTimeZone>

namespace hearth::test {

// A clock the test moves by hand.
class FakeClock final : public Clock
{
public:
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
    QDateTime nowUtc() const override { return now; }
    void advance(int seconds) { now = now.addSecs(seconds); }
};

inline const QByteArray Passcode = QByteArrayLiteral("kettle-orchard-42");
inline const QByteArray OtherPasscode = QByteArrayLiteral("harbour-lantern-7");
// A marker that must never appear in any file of the vault.
inline const QByteArray PlainMarker = QByteArrayLiteral("HEARTH-PLAINTEXT-MARKER-5c1d");

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

} // namespace hearth::test
