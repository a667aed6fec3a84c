#pragma once

#include "record/devicekeypair.h"
#include "record/signedrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

class SupervisionStore;

// What a caseload page's supervisionRecords came to. Each record is verified on its own with
// the agency server's key pinned at enrolment (the one verifier every record goes through), must
// be a supervision kind, and must agree with its neighbours in the server's chain that this
// tablet holds or that came in the same page: a record in the place of another, or one whose
// link to a neighbour does not hold, is a fork or a forgery. A refused record is left out and
// named; the page's other records, and the rest of the caseload, are kept.
struct SupervisionIntake
{
    QList<SignedRecord> accepted; // new and verified
    QStringList refused;          // one plain sentence each
    qsizetype repeated = 0;       // already held, byte for byte (the feed repeats them)

    // pageBody is the whole caseload page as received.
    [[nodiscard]] static SupervisionIntake check(
        const QByteArray &pageBody, const SigningPublicKey &serverKey, SupervisionStore &held);

    // What the practitioner and the agency's IT support read in the sync result; "" when none
    // was refused.
    QString message() const;
};

} // namespace hearth
