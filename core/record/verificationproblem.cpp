#include "verificationproblem.h"

namespace hearth {

QString VerificationProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::UnknownKey:
        return QStringLiteral("unknown-key");
    case Kind::BadSignature:
        return QStringLiteral("bad-signature");
    case Kind::IdTimeMismatch:
        return QStringLiteral("id-time-mismatch");
    case Kind::ForeignDevice:
        return QStringLiteral("foreign-device");
    case Kind::BrokenChain:
        return QStringLiteral("broken-chain");
    case Kind::IdNotIncreasing:
        return QStringLiteral("id-not-increasing");
    case Kind::Gap:
        return QStringLiteral("gap");
    case Kind::RepeatedSequence:
        return QStringLiteral("repeated-sequence");
    case Kind::OutOfOrder:
        return QStringLiteral("out-of-order");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::PhotoChanged:
        return QStringLiteral("photo-changed");
    }
    return {};
}

QString VerificationProblem::toString() const
{
    QString where = QStringLiteral("record %1").arg(index);
    if (seq >= 0)
        where += QStringLiteral(" (seq %1)").arg(seq);
    return QStringLiteral("%1: %2: %3").arg(where, kindName(kind), message);
}

} // namespace hearth
