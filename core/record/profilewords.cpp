#include "profilewords.h"

namespace hearth::ProfileWords {

const QStringList &relationships()
{
    static const QStringList words { QStringLiteral("birth-mother"), QStringLiteral("birth-father"),
        QStringLiteral("step-parent"), QStringLiteral("parents-partner"),
        QStringLiteral("grandparent"), QStringLiteral("other-relative"), QStringLiteral("lodger"),
        QStringLiteral("regular-visitor"), QStringLiteral("other") };
    return words;
}

const QStringList &livingArrangements()
{
    static const QStringList words { QStringLiteral("lives-here"),
        QStringLiteral("stays-sometimes"), QStringLiteral("visits") };
    return words;
}

const QStringList &risks()
{
    static const QStringList words { QStringLiteral("mental-health"),
        QStringLiteral("domestic-abuse"), QStringLiteral("substance-misuse"),
        QStringLiteral("offending"), QStringLiteral("own-care-history"), QStringLiteral("other") };
    return words;
}

const QStringList &conditions()
{
    static const QStringList words { QStringLiteral("asthma"), QStringLiteral("epilepsy"),
        QStringLiteral("diabetes"), QStringLiteral("other") };
    return words;
}

const QStringList &reviewStatuses()
{
    static const QStringList words { QStringLiteral("offered"), QStringLiteral("returned"),
        QStringLiteral("not-returned"), QStringLiteral("followed-up") };
    return words;
}

const QStringList &mobility()
{
    static const QStringList words { QStringLiteral("not-yet-mobile"), QStringLiteral("mobile") };
    return words;
}

} // namespace hearth::ProfileWords
