// Dates and times as the practitioner types them (issue 15): dd/mm/yyyy with four-digit years
// and a 24-hour hh:mm, the same in every language, with a clear refusal of anything else.

#include "visit/visitdates.h"

#include <QTest>

using namespace hearth;

class TestVisitDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The last day of every month is a date and the day after it is refused, in a common
    // year and a leap year.
    void everyMonthLength_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("days");
        const int common[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        for (const int year : { 2025, 2028 })
            for (int month = 1; month <= 12; ++month)
                QTest::addRow("%02d/%d", month, year)
                    << year << month << common[month - 1] + (month == 2 && year == 2028 ? 1 : 0);
    }

    void everyMonthLength()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, days);
        const auto last = VisitDates::parseDate(
            QStringLiteral("%1/%2/%3").arg(days).arg(month, 2, 10, QLatin1Char('0')).arg(year));
        QVERIFY(last);
        QCOMPARE(last.value(), QDate(year, month, days));
        const auto after
            = VisitDates::parseDate(QStringLiteral("%1/%2/%3").arg(days + 1).arg(month).arg(year));
        QVERIFY(!after);
        QVERIFY2(after.error().message.contains(QString::number(days)),
            qPrintable(after.error().message));
    }

    void leapYears_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<bool>("leap");
        QTest::newRow("divisible by 4") << 2024 << true;
        QTest::newRow("not divisible by 4") << 2026 << false;
        QTest::newRow("century") << 1900 << false;
        QTest::newRow("four centuries") << 2000 << true;
    }

    void leapYears()
    {
        QFETCH(int, year);
        QFETCH(bool, leap);
        const auto date = VisitDates::parseDate(QStringLiteral("29/02/%1").arg(year));
        QCOMPARE(bool(date), leap);
    }

    // Only day/month/year with a four-digit year: an ISO date, two-digit years, American
    // order written with dashes or dots, and stray text are all refused with the layout.
    void onlyDayMonthYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("14/05/2026") << QDate(2026, 5, 14);
        QTest::newRow("d/m/yyyy") << QStringLiteral("4/5/2026") << QDate(2026, 5, 4);
        QTest::newRow("spaces around") << QStringLiteral(" 04/05/2026 ") << QDate(2026, 5, 4);
        QTest::newRow("first of January") << QStringLiteral("01/01/1925") << QDate(1925, 1, 1);
        QTest::newRow("iso") << QStringLiteral("2026-05-14") << QDate();
        QTest::newRow("two-digit year") << QStringLiteral("14/05/26") << QDate();
        QTest::newRow("dashes") << QStringLiteral("14-05-2026") << QDate();
        QTest::newRow("dots") << QStringLiteral("14.05.2026") << QDate();
        QTest::newRow("month 13") << QStringLiteral("01/13/2026") << QDate();
        QTest::newRow("month 0") << QStringLiteral("01/00/2026") << QDate();
        QTest::newRow("day 0") << QStringLiteral("00/05/2026") << QDate();
        QTest::newRow("31 February") << QStringLiteral("31/02/2026") << QDate();
        QTest::newRow("words") << QStringLiteral("last Tuesday") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("five-digit year") << QStringLiteral("14/05/20260") << QDate();
    }

    void onlyDayMonthYear()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto date = VisitDates::parseDate(text);
        QCOMPARE(bool(date), expected.isValid());
        if (date)
            QCOMPARE(date.value(), expected);
        else
            QVERIFY(!date.error().message.isEmpty());
    }

    // A date about the past (a date seen, an arrival) cannot be after today.
    void futureRefusedWhereAskedAboutThePast()
    {
        const QDate today(2026, 12, 1);
        QVERIFY(VisitDates::parseDate(QStringLiteral("01/12/2026"), today));
        QVERIFY(VisitDates::parseDate(QStringLiteral("30/11/2026"), today));
        const auto tomorrow = VisitDates::parseDate(QStringLiteral("02/12/2026"), today);
        QVERIFY(!tomorrow);
        QVERIFY2(tomorrow.error().message.contains(QStringLiteral("01/12/2026")),
            qPrintable(tomorrow.error().message));
        QVERIFY(VisitDates::parseDate(QStringLiteral("02/12/2026")));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("expected");
        QTest::newRow("afternoon") << QStringLiteral("15:30") << QTime(15, 30);
        QTest::newRow("one-digit hour") << QStringLiteral("9:05") << QTime(9, 5);
        QTest::newRow("midnight") << QStringLiteral("00:00") << QTime(0, 0);
        QTest::newRow("last minute") << QStringLiteral("23:59") << QTime(23, 59);
        QTest::newRow("24:00") << QStringLiteral("24:00") << QTime();
        QTest::newRow("minute 60") << QStringLiteral("12:60") << QTime();
        QTest::newRow("twelve-hour") << QStringLiteral("3:30pm") << QTime();
        QTest::newRow("dot") << QStringLiteral("15.30") << QTime();
        QTest::newRow("empty") << QString() << QTime();
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(QTime, expected);
        const auto time = VisitDates::parseTime(text);
        QCOMPARE(bool(time), expected.isValid());
        if (time)
            QCOMPARE(time.value(), expected);
        else
            QVERIFY(!time.error().message.isEmpty());
    }

    // Shown with four-digit years whatever the locale; what is not an ISO date is shown as
    // it was written, never dropped.
    void shown()
    {
        for (const char *name : { "en_GB", "cy_GB", "en_US" }) {
            QLocale::setDefault(QLocale(QString::fromLatin1(name)));
            QCOMPARE(
                VisitDates::showDate(QStringLiteral("1925-03-01")), QStringLiteral("01/03/1925"));
            QCOMPARE(VisitDates::showDate(QDate(2025, 3, 1)), QStringLiteral("01/03/2025"));
            QCOMPARE(VisitDates::showLocalDateTime(QStringLiteral("2026-05-14T15:30")),
                QStringLiteral("14/05/2026 15:30"));
        }
        QCOMPARE(VisitDates::showDate(QStringLiteral("last week")), QStringLiteral("last week"));
        QCOMPARE(VisitDates::showLocalDateTime(QStringLiteral("2026-05-14")),
            QStringLiteral("14/05/2026"));
        const QDateTime utc(QDate(2026, 5, 14), QTime(14, 30), Qt::UTC);
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(VisitDates::showDateTime(utc.toString(Qt::ISODateWithMs)),
            local.date().toString(QStringLiteral("dd/MM/yyyy")) + u' '
                + local.time().toString(QStringLiteral("HH:mm")));
    }
};

QTEST_GUILESS_MAIN(TestVisitDates)
#include "tst_visitdates.moc"
