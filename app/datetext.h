#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// Date and time text for the QML fields (DateField, TimeField): the same parsing and
// display as the core's VisitDates, so a typed date is checked once, in C++, and shown
// dd/mm/yyyy with four-digit years in every language. Holds nothing.
class DateText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit DateText(QObject *parent = nullptr);

    // Why "dd/mm/yyyy" text is not a date, or "" when it is one. `latestIso`, when given, is
    // the last date allowed (today, for a date about the past).
    Q_INVOKABLE QString dateProblem(const QString &text, const QString &latestIso = {}) const;
    // The ISO date of "dd/mm/yyyy" text, or "" when it is not one.
    Q_INVOKABLE QString isoDate(const QString &text) const;
    // Why text is not an "hh:mm" time on the 24-hour clock, or "" when it is one.
    Q_INVOKABLE QString timeProblem(const QString &text) const;
    // The time as "hh:mm", or "" when the text is not one.
    Q_INVOKABLE QString time(const QString &text) const;
    // "May 2026" in the practitioner's language, for the calendar (month 0-11).
    Q_INVOKABLE QString monthTitle(int month, int year) const;
    // An ISO date as dd/mm/yyyy; other text unchanged.
    Q_INVOKABLE QString showDate(const QString &iso) const;
};

} // namespace hearth
