#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace hearth::ConcernBody {

// The body of a quick concern (record kind "concern", format 1), checked the same way on the
// tablet before signing and on the server at ingest. A concern is only evidence when it says
// concretely what was seen or heard, what was done about it and, when someone was told, who,
// when and on what basis the information was shared (DOMAIN s.8, s.9); an immediate safety
// concern without a next step is refused.
[[nodiscard]] Expected<void, JsonError> validate(const JsonValue &body, const QString &path);

// The actions a concern can record, as they are written in the body.
inline const QStringList &actions()
{
    static const QStringList words { QStringLiteral("dsl"), QStringLiteral("social-care-referral"),
        QStringLiteral("advice"), QStringLiteral("monitor"), QStringLiteral("other") };
    return words;
}

// Whether `action` always involves telling someone (so "told" is required).
inline bool actionTellsSomeone(const QString &action)
{
    return action == QLatin1String("dsl") || action == QLatin1String("social-care-referral");
}

inline constexpr qint64 Format = 1;

} // namespace hearth::ConcernBody
