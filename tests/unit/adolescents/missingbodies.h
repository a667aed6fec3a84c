#pragma once

#include "record/jsonvalue.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace hearth::test {

// Going-missing and return home interview bodies as the tablet signs them, with only the
// moments the pattern rules read chosen by the test.
inline QString stamp(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

inline JsonValue episodeBody(const QString &child, const QDateTime &from, const QDateTime &back)
{
    return JsonValue::object({ { QStringLiteral("format"), 1 }, { QStringLiteral("child"), child },
        { QStringLiteral("missingFrom"), stamp(from) }, { QStringLiteral("returned"), stamp(back) },
        { QStringLiteral("reportedToPolice"), true },
        { QStringLiteral("policeReference"), QStringLiteral("MP/26/0412") },
        { QStringLiteral("whereFound"), QStringLiteral("A flat on Eastgate Road") },
        { QStringLiteral("whoWith"), QStringLiteral("Two men in their twenties") },
        { QStringLiteral("howReturned"), QStringLiteral("Brought home by police") } });
}

// `status` done, declined or not-offered; `offered` is ignored when not offered.
inline JsonValue interviewBody(
    const QString &child, const QString &episode, const QString &status, const QDateTime &offered)
{
    JsonValue body
        = JsonValue::object({ { QStringLiteral("format"), 1 }, { QStringLiteral("child"), child },
            { QStringLiteral("episode"), episode }, { QStringLiteral("status"), status },
            { QStringLiteral("actions"),
                QStringLiteral("Safety plan agreed with the young person") } });
    if (status == u"not-offered") {
        body.insert(QStringLiteral("reason"), QStringLiteral("No interviewer free that week"));
        return body;
    }
    body.insert(QStringLiteral("offeredAt"), stamp(offered));
    body.insert(QStringLiteral("by"),
        JsonValue::object({ { QStringLiteral("role"), QStringLiteral("Return interview worker") },
            { QStringLiteral("agency"), QStringLiteral("Children's Society") },
            { QStringLiteral("independent"), true } }));
    if (status == u"done")
        body.insert(QStringLiteral("heldAt"), stamp(offered));
    return body;
}

} // namespace hearth::test
