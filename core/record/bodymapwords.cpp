#include "bodymapwords.h"

namespace hearth::BodyMapWords {

const QStringList &outlines()
{
    static const QStringList words { QStringLiteral("baby"), QStringLiteral("child"),
        QStringLiteral("older-child") };
    return words;
}

const QStringList &sides()
{
    static const QStringList words { QStringLiteral("front"), QStringLiteral("back") };
    return words;
}

const QStringList &colours()
{
    static const QStringList words { QStringLiteral("red"), QStringLiteral("purple"),
        QStringLiteral("blue"), QStringLiteral("green"), QStringLiteral("yellow"),
        QStringLiteral("brown"), QStringLiteral("other") };
    return words;
}

const QStringList &regions()
{
    static const QStringList words { QStringLiteral("face"), QStringLiteral("back-of-head"),
        QStringLiteral("neck"), QStringLiteral("back-of-neck"), QStringLiteral("chest"),
        QStringLiteral("abdomen"), QStringLiteral("genital-area"), QStringLiteral("upper-back"),
        QStringLiteral("lower-back"), QStringLiteral("buttocks"), QStringLiteral("left-upper-arm"),
        QStringLiteral("right-upper-arm"), QStringLiteral("left-forearm"),
        QStringLiteral("right-forearm"), QStringLiteral("left-hand"), QStringLiteral("right-hand"),
        QStringLiteral("left-thigh"), QStringLiteral("right-thigh"),
        QStringLiteral("left-lower-leg"), QStringLiteral("right-lower-leg"),
        QStringLiteral("left-foot"), QStringLiteral("right-foot") };
    return words;
}

} // namespace hearth::BodyMapWords
