#include "visitdates.h"

#include <QDateTime>
#include <QRegularExpression>

namespace hearth {

namespace {
const QString DateShown = QStringLiteral("dd/MM/yyyy");
const QString TimeShown = QStringLiteral("HH:mm");
} // namespace

Expected<QDate, VisitDates::Problem> VisitDates::parseDate(const QString &text, QDate latest)
{
    static const QRegularExpression layout(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QRegularExpressionMatch match = layout.match(text.trimmed());
    if (!match.hasMatch())
        return Unexpected(
            Problem { tr("Write the date as day/month/year, for example 14/05/2026.") });
    const int day = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    const int year = match.captured(3).toInt();
    const QDate date(year, month, day);
    if (!date.isValid()) {
        if (month < 1 || month > 12)
            return Unexpected(
                Problem { tr("There is no month %1: months run from 1 to 12.").arg(month) });
        return Unexpected(Problem { tr("%1/%2/%3 does not exist: that month has %4 days.")
                                        .arg(day, 2, 10, QLatin1Char('0'))
                                        .arg(month, 2, 10, QLatin1Char('0'))
                                        .arg(year)
                                        .arg(QDate(year, month, 1).daysInMonth()) });
    }
    if (latest.isValid() && date > latest)
        return Unexpected(Problem { tr("%1 is in the future: this date cannot be after today (%2).")
                                        .arg(showDate(date), showDate(latest)) });
    return date;
}

Expected<QTime, VisitDates::Problem> VisitDates::parseTime(const QString &text)
{
    static const QRegularExpression layout(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = layout.match(text.trimmed());
    if (!match.hasMatch())
        return Unexpected(Problem {
            tr("Write the time as hours:minutes on the 24-hour clock, for example 15:30.") });
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        return Unexpected(
            Problem { tr("%1 is not a time: hours run from 0 to 23 and minutes from 0 to 59.")
                          .arg(text.trimmed()) });
    return time;
}

QString VisitDates::showDate(QDate date)
{
    return date.isValid() ? date.toString(DateShown) : QString();
}

QString VisitDates::showDate(const QString &iso)
{
    // QDate's ISO reader takes "2026-05-14T15:30" too; only a whole date is one.
    const QDate date = iso.size() == 10 ? QDate::fromString(iso, Qt::ISODate) : QDate();
    return date.isValid() ? showDate(date) : iso;
}

QString VisitDates::showDateTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return isoUtc;
    const QDateTime local = at.toLocalTime();
    return showDate(local.date()) + u' ' + local.time().toString(TimeShown);
}

QString VisitDates::showLocalDateTime(const QString &iso)
{
    if (iso.size() == 10) // a date told without a time
        return showDate(iso);
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    return showDate(at.date()) + u' ' + at.time().toString(TimeShown);
}

} // namespace hearth
