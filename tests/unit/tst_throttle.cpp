#include "testsupport.h"
#include "vault/throttle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

// Growing delays after wrong passcodes, and that they survive a restart.
class TestThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schedule_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("delay");
        QTest::newRow("0") << 0 << 0;
        QTest::newRow("2 free") << 2 << 0;
        QTest::newRow("3") << 3 << 30;
        QTest::newRow("4") << 4 << 60;
        QTest::newRow("5") << 5 << 120;
        QTest::newRow("capped") << 40 << 900;
    }
    void schedule()
    {
        QFETCH(int, failures);
        QFETCH(int, delay);
        QCOMPARE(Throttle::delaySecondsAfter(failures), delay);
    }

    void survivesRestart()
    {
        QTemporaryDir dir;
        test::FakeClock clock;
        const QString path = dir.filePath(QStringLiteral("t"));
        {
            Throttle throttle(path, clock);
            for (int i = 0; i < 3; ++i)
                QVERIFY(throttle.recordFailure());
            QCOMPARE(throttle.secondsUntilAllowed(), 30);
        }
        clock.advance(10);
        Throttle restarted(path, clock);
        QCOMPARE(restarted.failures(), 3);
        QCOMPARE(restarted.secondsUntilAllowed(), 20);
        clock.advance(20);
        QCOMPARE(restarted.secondsUntilAllowed(), 0);
        QVERIFY(restarted.reset());
        Throttle afterReset(path, clock);
        QCOMPARE(afterReset.failures(), 0);
    }

    void clockSetBackDoesNotStretchTheWait()
    {
        QTemporaryDir dir;
        test::FakeClock clock;
        Throttle throttle(dir.filePath(QStringLiteral("t")), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(throttle.recordFailure());
        clock.advance(-86400);
        QCOMPARE(throttle.secondsUntilAllowed(), 60);
    }

    void damagedStateIsNotACleanSlate()
    {
        QTemporaryDir dir;
        test::FakeClock clock;
        const QString path = dir.filePath(QStringLiteral("t"));
        QVERIFY(test::writeAll(path, "{not json"));
        Throttle throttle(path, clock);
        QCOMPARE(throttle.failures(), Throttle::FailuresBeforeDelay - 1);
        QVERIFY(throttle.recordFailure());
        QVERIFY(throttle.secondsUntilAllowed() > 0);
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
