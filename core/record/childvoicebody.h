#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace hearth::ChildVoiceBody {

// The body of a child-voice session (record kind "child-voice-session", format 1): direct work
// with a child outside a home visit, checked the same way on the tablet before signing and on
// the server at ingest. The session is only the child's voice when the child's words are kept
// as dated verbatim quotes, marked as the child's, apart from what the practitioner makes of
// them (DOMAIN s.1); it must say where the child was seen, with whom, whether alone and if not
// why, and what the practitioner will do with it and what the child was told will happen next.
// A session holds at least something of the child's: words, a wishes-and-feelings answer or
// (from child mode, `childContribution`) what the child made.
[[nodiscard]] Expected<void, JsonError> validate(const JsonValue &body, const QString &path);

// Where the session took place, as it is written in the body.
inline const QStringList &places()
{
    static const QStringList words { QStringLiteral("school"), QStringLiteral("home"),
        QStringLiteral("contact-centre"), QStringLiteral("car"), QStringLiteral("other") };
    return words;
}

// The three houses, in the order a practitioner draws them.
inline const QStringList &houses()
{
    static const QStringList words { QStringLiteral("worries"), QStringLiteral("goodThings"),
        QStringLiteral("dreams") };
    return words;
}

inline constexpr qint64 Format = 1;
inline constexpr qint64 ScaleMax = 10;

} // namespace hearth::ChildVoiceBody
