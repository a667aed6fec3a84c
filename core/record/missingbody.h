#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hearth::MissingBody {

// The bodies of an adolescent's going-missing episode and of the return home interview that
// follows it (docs/record-format.md, "Going missing"), checked the same way on the tablet
// before signing and on the agency server at ingest. Going missing is often the first step
// towards harm (DOMAIN s.1): an episode is only evidence when it says when the young person
// went and came back, whether the police were told, where they were found, with whom and how
// they came back. Exploitation indicators are context an adult observed, each with its source,
// never a judgement of the young person.

// "going-missing": recorded once the young person is back, so "returned" is always known.
[[nodiscard]] Expected<void, JsonError> validateEpisode(const JsonValue &body, const QString &path);
// "return-home-interview": names its episode by record id; done, declined or not offered.
[[nodiscard]] Expected<void, JsonError> validateInterview(
    const JsonValue &body, const QString &path);

// What kind of exploitation indicator was observed, as written in the body.
inline const QStringList &indicators()
{
    static const QStringList words { QStringLiteral("places"), QStringLiteral("peers"),
        QStringLiteral("online"), QStringLiteral("money-goods"), QStringLiteral("education"),
        QStringLiteral("other") };
    return words;
}

// What became of the return home interview.
inline const QStringList &interviewStatuses()
{
    static const QStringList words { QStringLiteral("done"), QStringLiteral("declined"),
        QStringLiteral("not-offered") };
    return words;
}

// Every piece of an adult's free text in an episode or interview body, with its JSON path, for
// the plain-language check (the nudge against language that blames an exploited young person).
// Found by walking the body, not from a list, so a member added later is checked too; closed
// words, ids and times are not text, and the young person's own words are never nudged.
QList<QPair<QString, QString>> freeText(const JsonValue &body);

inline constexpr qint64 Format = 1;

} // namespace hearth::MissingBody
