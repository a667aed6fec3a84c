#pragma once

#include <QString>

namespace hearth {

// Why a JSON text was refused or a value could not be serialised: where (byte offset into the
// input and a JSONPath-like location such as $.body.items[2]) and what, so that a support
// engineer looking at a rejected record can find the offending byte.
struct JsonError
{
    qsizetype offset = -1; // byte offset into the input; -1 when serialising a value
    QString path;
    QString message;

    QString toString() const
    {
        if (offset < 0)
            return QStringLiteral("%1: %2").arg(path, message);
        return QStringLiteral("byte %1 (%2): %3").arg(offset).arg(path, message);
    }
};

} // namespace hearth
