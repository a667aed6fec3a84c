#pragma once

#include "common/expected.h"
#include "content/contenterror.h"
#include "content/contentpack.h"

#include <QByteArray>
#include <QString>

namespace hearth {

// Reads and validates one content pack (format 1). Every check runs before anything is
// returned: JSON syntax, types, required text in every declared language, unique ids, age
// bands that cover every age from birth with no gaps or overlaps, prompts that point at real
// bands, the five co-operation levels exactly once each. Packs are written by people at an
// agency, so the errors say where and what in words they can act on.
class ContentPackReader
{
public:
    static constexpr qint64 SupportedFormat = 1;

    // `fileName` is only used in the error, so it names what the agency gave us.
    [[nodiscard]] static Expected<ContentPack, ContentError> read(
        const QByteArray &json, const QString &fileName);
};

} // namespace hearth
