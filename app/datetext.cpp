#include "datetext.h"

#include "visit/visitdates.h"

namespace hearth {

DateText::DateText(QObject *parent)
    : QObject(parent)
{ }

QVariantMap DateText::parseDate(const QString &text, const QString &latestIso) const
{
    const auto date = VisitDates::parseDate(text, QDate::fromString(latestIso, Qt::ISODate));
    if (!date)
        return { { QStringLiteral("iso"), QString() },
            { QStringLiteral("error"), date.error().message } };
    return { { QStringLiteral("iso"), date.value().toString(Qt::ISODate) },
        { QStringLiteral("error"), QString() } };
}

QVariantMap DateText::parseTime(const QString &text) const
{
    const auto time = VisitDates::parseTime(text);
    if (!time)
        return { { QStringLiteral("time"), QString() },
            { QStringLiteral("error"), time.error().message } };
    return { { QStringLiteral("time"), time.value().toString(QStringLiteral("HH:mm")) },
        { QStringLiteral("error"), QString() } };
}

QString DateText::showDate(const QString &iso) const
{
    return VisitDates::showDate(iso);
}

} // namespace hearth
