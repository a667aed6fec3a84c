#pragma once

#include "chronology/chronologyentry.h"
#include "common/expected.h"
#include "record/devicekeypair.h"
#include "record/signedrecord.h"
#include "vault/vaulterror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

class Database;

// A supervision record as the tablet keeps it: its place in the agency server's chain and the
// hashes that link it to its neighbours there.
struct HeldSupervisionRecord
{
    qint64 seq = 0;
    QString id;
    QString prev;
    QString chainHash;
    QByteArray envelope;
};

// The supervisor's records (reviews, countersignatures, professional differences) the caseload
// feed brought, in the vault (migration 11). The agency server signs them as one device of its
// own; a tablet sees only the part of that chain about its own children, so each record is kept
// with its sequence number and link hashes, and checked against whichever neighbours are here.
// They are read back verified again with the key pinned at enrolment, so the chronology says of
// them what it says of the tablet's own records.
class SupervisionStore
{
public:
    // The device name the agency server signs supervision records as.
    static QString serverDevice() { return QStringLiteral("hearth-server"); }

    explicit SupervisionStore(Database &db)
        : m_db(db)
    { }

    [[nodiscard]] Expected<std::optional<HeldSupervisionRecord>, VaultError> atSeq(
        qint64 seq) const;
    [[nodiscard]] Expected<std::optional<HeldSupervisionRecord>, VaultError> withId(
        const QString &id) const;
    // Stores records already verified (SupervisionIntake), without a transaction of its own:
    // the sync stores them in the one that stores their caseload page and the cursor after it.
    [[nodiscard]] Expected<void, VaultError> add(
        const QList<SignedRecord> &records, const QDateTime &receivedUtc);
    [[nodiscard]] Expected<qint64, VaultError> count() const;
    // One child's records (every child's when childId is empty), in chain order, verified with
    // the server key pinned at enrolment; a record that no longer verifies is still given,
    // marked so, like the tablet's own.
    [[nodiscard]] Expected<QList<VerifiedRecord>, VaultError> verified(
        const QString &childId = {}) const;

private:
    [[nodiscard]] Expected<std::optional<HeldSupervisionRecord>, VaultError> one(
        const QString &where, const QString &value, qint64 number) const;
    [[nodiscard]] Expected<std::optional<SigningPublicKey>, VaultError> serverKey() const;

    Database &m_db;
};

} // namespace hearth
