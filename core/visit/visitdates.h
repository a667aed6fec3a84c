#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace hearth {

// Dates and times as the practitioner reads and types them: dd/mm/yyyy with four-digit
// years and 24-hour hh:mm, in every language. QLocale's short format is "dd/MM/yy" for Welsh,
// so a date of birth in 1925 and one in 2025 looked the same; these never depend on the
// locale. The record keeps ISO 8601 (yyyy-MM-dd, hh:mm); only what is shown changes.
class VisitDates
{
    Q_DECLARE_TR_FUNCTIONS(hearth::VisitDates)

public:
    // Why typed text is not a date or time, in words the practitioner can act on.
    struct Problem
    {
        QString message;
    };

    // "dd/mm/yyyy" (one-digit day and month allowed, the year always four digits). Refuses
    // other layouts, impossible dates (31/02/2026, 29/02/2025) and, when `latest` is valid,
    // any date after it (a date seen cannot be tomorrow).
    static Expected<QDate, Problem> parseDate(const QString &text, QDate latest = {});
    // "hh:mm" on a 24-hour clock (one-digit hour allowed).
    static Expected<QTime, Problem> parseTime(const QString &text);

    // An ISO date from the record shown as dd/mm/yyyy; text that is not an ISO date (written
    // before dates were picked) is shown unchanged rather than lost.
    static QString showDate(const QString &iso);
    static QString showDate(QDate date);
    // A UTC ISO date-time from the record in local time: dd/mm/yyyy hh:mm.
    static QString showDateTime(const QString &isoUtc);
    // A local ISO date-time with no zone ("2026-05-14T15:30"), as times told are kept.
    static QString showLocalDateTime(const QString &iso);
};

} // namespace hearth
