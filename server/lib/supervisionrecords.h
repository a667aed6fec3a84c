#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "database.h"
#include "record/devicekeypair.h"
#include "record/signedrecord.h"
#include "storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::server {

// One stored supervision record: the signed bytes as the server made them, and the columns the
// console and the caseload feed look them up by.
struct SupervisionRow
{
    QString id;
    qint64 seq = 0;
    QString childId;
    QString kind;
    QString supervisor;
    QString created;
    QByteArray envelope;
};

// The records supervisors make in the console (supervisor-review, countersignature,
// professional-difference), signed with the server's key as device `serverDevice` in one chain
// of their own, so a tablet verifies them against the key it pinned at enrolment exactly as the
// server verifies a tablet's records. Two instances sharing one store serialise on the chain's
// unique sequence number: the second writer gets Conflict and the supervisor is asked to submit
// again, nothing half stored.
class SupervisionRecords
{
public:
    static constexpr const char *serverDevice = "hearth-server";

    explicit SupervisionRecords(const Database &database)
        : m_database(database)
    { }

    // Validates the body for its kind (the same rules as every reader), signs it as the
    // supervisor at the clock's time and stores it. A refused body is Invalid with the JSON path.
    [[nodiscard]] Expected<SignedRecord, StoreError> sign(RecordKind kind, const QString &childId,
        const QString &supervisor, const Envelope::PackRef &pack, const JsonValue &body,
        const DeviceKeyPair &key, const Clock &clock) const;

    // Oldest first.
    [[nodiscard]] Expected<QList<SupervisionRow>, StoreError> forChild(
        const QString &childId) const;
    [[nodiscard]] Expected<std::optional<SupervisionRow>, StoreError> find(const QString &id) const;
    // The newest supervisor-review's "created" for each child that has one.
    [[nodiscard]] Expected<QHash<QString, QString>, StoreError> lastReviews() const;

private:
    const Database &m_database;
};

} // namespace hearth::server
