// The platform adapters: which input counts as activity, which app states lock.

#include "platform/activitymonitor.h"
#include "platform/applifecycle.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputCountsAsActivity()
    {
        QObject target;
        hearth::ActivityMonitor monitor;
        monitor.watch(&target);
        QSignalSpy activity(&monitor, &hearth::ActivityMonitor::activity);

        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&target, &key);
        QCOMPARE(activity.count(), 1);

        QMouseEvent press(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton,
            Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &press);
        QCOMPARE(activity.count(), 2);

        // Hovering is not use.
        QMouseEvent move(QEvent::MouseMove, QPointF(2, 2), QPointF(2, 2), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &move);
        QCOMPARE(activity.count(), 2);
    }

    void locksOnlyWhenSentToTheBackground_data()
    {
        QTest::addColumn<Qt::ApplicationState>("state");
        QTest::addColumn<bool>("locks");
        QTest::newRow("active") << Qt::ApplicationActive << false;
        QTest::newRow("inactive (focus elsewhere, system dialog)")
            << Qt::ApplicationInactive << false;
        QTest::newRow("hidden") << Qt::ApplicationHidden << true;
        QTest::newRow("suspended") << Qt::ApplicationSuspended << true;
    }

    void locksOnlyWhenSentToTheBackground()
    {
        QFETCH(Qt::ApplicationState, state);
        QFETCH(bool, locks);
        hearth::AppLifecycle lifecycle;
        QSignalSpy background(&lifecycle, &hearth::AppLifecycle::sentToBackground);
        lifecycle.handleStateChanged(state);
        QCOMPARE(background.count(), locks ? 1 : 0);
    }
};

QTEST_MAIN(TestPlatform)
#include "tst_platform.moc"
