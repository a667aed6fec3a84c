#pragma once

#include "record/envelope.h"

#include <QByteArray>
#include <QString>

namespace hearth {

// A record after signing or verification: the parsed fields together with the exact bytes that
// are stored and sent (canonical JSON including "sig"), the bytes that were signed, and the
// chain hash that the next record's "prev" must equal.
struct SignedRecord
{
    Envelope envelope;
    QByteArray bytes;
    QByteArray signingInput;
    QString chainHash;
};

} // namespace hearth
