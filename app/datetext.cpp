#include "datetext.h"

#include "visit/visitdates.h"

#include <QLocale>

namespace hearth {

DateText::DateText(QObject *parent)
    : QObject(parent)
{ }

QString DateText::dateProblem(const QString &text, const QString &latestIso) const
{
    const auto date = VisitDates::parseDate(text, QDate::fromString(latestIso, Qt::ISODate));
    return date ? QString() : date.error().message;
}

QString DateText::isoDate(const QString &text) const
{
    const auto date = VisitDates::parseDate(text);
    return date ? date.value().toString(Qt::ISODate) : QString();
}

QString DateText::timeProblem(const QString &text) const
{
    const auto parsed = VisitDates::parseTime(text);
    return parsed ? QString() : parsed.error().message;
}

QString DateText::time(const QString &text) const
{
    const auto parsed = VisitDates::parseTime(text);
    return parsed ? parsed.value().toString(QStringLiteral("HH:mm")) : QString();
}

QString DateText::monthTitle(int month, int year) const
{
    return QLocale().standaloneMonthName(month + 1) + u' ' + QString::number(year);
}

QString DateText::showDate(const QString &iso) const
{
    return VisitDates::showDate(iso);
}

} // namespace hearth
