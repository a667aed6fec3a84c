#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QString>

namespace hearth::server {

// One-time enrolment codes. A code is 16 characters of Crockford base32 (80 random bits,
// shown as XXXX-XXXX-XXXX-XXXX) and is stored only as its SHA-256, so reading the database
// does not let anyone enrol a device. Consuming is one conditional UPDATE, which makes a code
// single-use even when two devices present it at the same moment.
class EnrolmentCodes
{
public:
    enum class Refusal
    {
        Unknown,
        Used,
        Expired
    };
    struct ConsumeError
    {
        std::optional<Refusal> refusal; // empty: the store failed
        StoreError store;
    };

    explicit EnrolmentCodes(const Database &database)
        : m_database(database)
    { }

    // Returns the code in its display form.
    [[nodiscard]] Expected<QString, StoreError> create(
        const QString &practitionerId, qint64 expiresAtUnix, const QString &now) const;

    // Marks the code used by deviceId; returns the practitioner it was issued for. Call inside
    // the enrolment transaction so a failed enrolment leaves the code unused.
    [[nodiscard]] Expected<QString, ConsumeError> consume(const QString &normalisedCode,
        qint64 nowUnix, const QString &now, const QString &deviceId) const;

    static QString hash(const QString &normalisedCode);

private:
    const Database &m_database;
};

} // namespace hearth::server
