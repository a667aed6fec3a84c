#include "visitenums.h"

namespace hearth {

template<> const QStringList &enumNames<VisitNotice>()
{
    static const QStringList names { QStringLiteral("not-recorded"), QStringLiteral("announced"),
        QStringLiteral("unannounced") };
    return names;
}

template<> const QStringList &enumNames<VisitPlace>()
{
    static const QStringList names { QStringLiteral("not-recorded"), QStringLiteral("home"),
        QStringLiteral("school"), QStringLiteral("clinic"), QStringLiteral("other") };
    return names;
}

template<> const QStringList &enumNames<LocationSource>()
{
    static const QStringList names { QStringLiteral("not-recorded"), QStringLiteral("gps"),
        QStringLiteral("manual"), QStringLiteral("unavailable") };
    return names;
}

template<> const QStringList &enumNames<InterpreterRelation>()
{
    static const QStringList names { QStringLiteral("not-recorded"), QStringLiteral("professional"),
        QStringLiteral("telephone-service"), QStringLiteral("family-member"),
        QStringLiteral("child"), QStringLiteral("friend-or-neighbour"), QStringLiteral("other") };
    return names;
}

template<> const QStringList &enumNames<NeglectLevel>()
{
    static const QStringList names { QStringLiteral("not-assessed"), QStringLiteral("no-concern"),
        QStringLiteral("some-concern"), QStringLiteral("significant-concern") };
    return names;
}

template<> const QStringList &enumNames<VisitStatus>()
{
    static const QStringList names { QStringLiteral("draft"), QStringLiteral("complete") };
    return names;
}

template<> const QStringList &enumNames<BodyOutline>()
{
    static const QStringList names { QStringLiteral("not-chosen"), QStringLiteral("baby"),
        QStringLiteral("child"), QStringLiteral("older-child") };
    return names;
}

template<> const QStringList &enumNames<BodySide>()
{
    static const QStringList names { QStringLiteral("front"), QStringLiteral("back") };
    return names;
}

template<> const QStringList &enumNames<MarkColour>()
{
    static const QStringList names { QStringLiteral("not-recorded"), QStringLiteral("red"),
        QStringLiteral("purple"), QStringLiteral("blue"), QStringLiteral("green"),
        QStringLiteral("yellow"), QStringLiteral("brown"), QStringLiteral("other") };
    return names;
}

} // namespace hearth
