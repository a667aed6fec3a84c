#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
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

    // {iso, error}: the ISO date of "dd/mm/yyyy" text, or why it is not one. `latestIso`, when
    // given, is the last date allowed (today, for a date about the past).
    Q_INVOKABLE QVariantMap parseDate(const QString &text, const QString &latestIso = {}) const;
    // {time, error}: "hh:mm" on the 24-hour clock, or why the text is not a time.
    Q_INVOKABLE QVariantMap parseTime(const QString &text) const;
    // An ISO date as dd/mm/yyyy; other text unchanged.
    Q_INVOKABLE QString showDate(const QString &iso) const;
};

} // namespace hearth
