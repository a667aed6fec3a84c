#pragma once

#include <QString>

namespace hearth {

// Where a caseload entry came from. The agency server is authoritative; entries made on the
// tablet (a new adult met at the door, a child not yet on the agency's system) are marked so
// sync can offer them to the agency and the UI can show they are unconfirmed.
enum class Source
{
    Agency,
    Device
};

inline QString sourceName(Source source)
{
    return source == Source::Agency ? QStringLiteral("agency") : QStringLiteral("device");
}

inline Source sourceFromName(const QString &name)
{
    return name == QLatin1String("device") ? Source::Device : Source::Agency;
}

} // namespace hearth
