#include "sync/backoff.h"

#include <QTest>
#include <QTimeZone>

using namespace hearth;
using namespace std::chrono_literals;

// Exponential backoff with full jitter and Retry-After, with the randomness pinned.
class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesToTheCap()
    {
        Backoff backoff({ 1000ms, 60000ms });
        QCOMPARE(backoff.ceiling(1), 1000ms);
        QCOMPARE(backoff.ceiling(2), 2000ms);
        QCOMPARE(backoff.ceiling(6), 32000ms);
        QCOMPARE(backoff.ceiling(7), 60000ms);
        QCOMPARE(backoff.ceiling(500), 60000ms);
    }

    void fullJitterDrawsUnderTheCeiling()
    {
        QList<quint64> bounds;
        Backoff backoff({ 1000ms, 60000ms }, [&](quint64 bound) {
            bounds << bound;
            return bound / 2;
        });
        QCOMPARE(backoff.nextDelay(), 500ms);
        QCOMPARE(backoff.nextDelay(), 1000ms);
        QCOMPARE(backoff.nextDelay(), 2000ms);
        QCOMPARE(bounds, (QList<quint64> { 1000, 2000, 4000 }));
        backoff.reset();
        QCOMPARE(backoff.nextDelay(), 500ms);
    }

    void realRandomnessStaysInRange()
    {
        Backoff backoff({ 100ms, 1000ms });
        for (int i = 0; i < 200; ++i) {
            const auto delay = backoff.nextDelay();
            QVERIFY(delay >= 0ms);
            QVERIFY(delay <= 1000ms);
        }
    }

    void retryAfterIsTheFloor()
    {
        Backoff backoff({ 1000ms, 60000ms }, [](quint64 bound) { return bound; });
        QCOMPARE(backoff.nextDelay(30s), 30000ms);
        QCOMPARE(backoff.nextDelay(1s), 2000ms);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: not readable
        QTest::newRow("delta") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
        QTest::newRow("date ahead") << QByteArray("Sun, 22 Nov 2026 09:31:00 GMT") << 60;
        QTest::newRow("date past") << QByteArray("Sun, 22 Nov 2026 09:00:00 GMT") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("junk") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc());
        const auto parsed = Backoff::parseRetryAfter(value, now);
        if (seconds < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), seconds);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
