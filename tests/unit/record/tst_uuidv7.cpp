#include "fakeclock.h"
#include "record/uuidv7generator.h"

#include <QSet>
#include <QTest>

using namespace hearth;

// UUIDv7 record ids: layout from RFC 9562, timestamp from the injected clock, and strictly
// increasing ids from one generator even when the clock stands still or steps back.
class TestUuidV7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void timestampFromClock();
    void monotonicWithinOneMillisecond();
    void monotonicWhenClockStepsBack();
    void increasesAcrossMilliseconds();
    void randomPartDiffersBetweenGenerators();
    void isValid_data();
    void isValid();
};

void TestUuidV7::layout()
{
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    const QString id = ids.next();
    QCOMPARE(id.size(), 36);
    QCOMPARE(id[14], QLatin1Char('7'));               // version
    QVERIFY(QStringLiteral("89ab").contains(id[19])); // RFC variant 10xx
    QCOMPARE(id, id.toLower());
    QVERIFY(UuidV7Generator::isValid(id));
}

void TestUuidV7::timestampFromClock()
{
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    const QString id = ids.next();
    QCOMPARE(UuidV7Generator::timestampMs(id), clock.nowUtc().toMSecsSinceEpoch());
    // 2024-05-14T09:30:00.000Z is 0x018f766f_f5c0 ms.
    QCOMPARE(clock.nowUtc().toMSecsSinceEpoch(), Q_INT64_C(0x018f766ff5c0));
    QVERIFY(id.startsWith(QStringLiteral("018f766f-f5c0-7")));
}

void TestUuidV7::monotonicWithinOneMillisecond()
{
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    QString previous = ids.next();
    for (int i = 0; i < 10000; ++i) {
        const QString id = ids.next();
        QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" -> ") + id));
        QVERIFY(UuidV7Generator::isValid(id));
        previous = id;
    }
    // Many ids in one millisecond keep that millisecond as long as the counter lasts.
    QCOMPARE(UuidV7Generator::timestampMs(previous), clock.nowUtc().toMSecsSinceEpoch());
}

void TestUuidV7::monotonicWhenClockStepsBack()
{
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    const QString before = ids.next();
    clock.advanceMs(-60 * 60 * 1000); // an hour back, e.g. a corrected device clock
    const QString after = ids.next();
    QVERIFY(after > before);
    QCOMPARE(UuidV7Generator::timestampMs(after), UuidV7Generator::timestampMs(before));
}

void TestUuidV7::increasesAcrossMilliseconds()
{
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    QString previous = ids.next();
    for (int i = 0; i < 100; ++i) {
        clock.advanceMs(1);
        const QString id = ids.next();
        QVERIFY(id > previous);
        QCOMPARE(UuidV7Generator::timestampMs(id), clock.nowUtc().toMSecsSinceEpoch());
        previous = id;
    }
}

void TestUuidV7::randomPartDiffersBetweenGenerators()
{
    test::FakeClock clock;
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        UuidV7Generator ids(clock);
        seen.insert(ids.next());
    }
    QCOMPARE(seen.size(), 1000);
}

void TestUuidV7::isValid_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << QStringLiteral("018f7659-d1c0-7000-8000-000000000001") << true;
    QTest::newRow("variant b") << QStringLiteral("018f7659-d1c0-7abc-bfff-ffffffffffff") << true;
    QTest::newRow("uppercase") << QStringLiteral("018F7659-D1C0-7000-8000-000000000001") << false;
    QTest::newRow("version 4") << QStringLiteral("018f7659-d1c0-4000-8000-000000000001") << false;
    QTest::newRow("variant c") << QStringLiteral("018f7659-d1c0-7000-c000-000000000001") << false;
    QTest::newRow("variant 7") << QStringLiteral("018f7659-d1c0-7000-7000-000000000001") << false;
    QTest::newRow("no hyphens") << QStringLiteral("018f7659d1c070008000000000000001") << false;
    QTest::newRow("braces") << QStringLiteral("{018f7659-d1c0-7000-8000-000000000001}") << false;
    QTest::newRow("short") << QStringLiteral("018f7659-d1c0-7000-8000-00000000000") << false;
    QTest::newRow("not hex") << QStringLiteral("018f7659-d1c0-7000-8000-00000000000g") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUuidV7::isValid()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(UuidV7Generator::isValid(id), valid);
    QCOMPARE(UuidV7Generator::timestampMs(id) >= 0, valid);
}

QTEST_GUILESS_MAIN(TestUuidV7)
#include "tst_uuidv7.moc"
