#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

namespace hearth {

// Drives the real UI by objectName for --self-test and --screenshot: the same names the
// Qt Quick tests use. Every step records what failed so the caller can print it.
class UiDriver
{
public:
    explicit UiDriver(QQmlApplicationEngine &engine);

    QQuickWindow *window() const;
    // The object with this name, preferring one that is visible (pages are swapped by a
    // Loader, popups live in the overlay).
    QObject *find(const QString &objectName) const;
    // Every object in the window: QObject children and the visual item tree (delegates of a
    // ListView are only reachable through the latter), popups included.
    QList<QObject *> allObjects() const;
    bool waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what);
    bool waitForVisible(const QString &objectName, int timeoutMs = 10000);
    bool setText(const QString &objectName, const QString &text);
    bool click(const QString &objectName);
    bool call(const QString &objectName, const char *method);
    // Lets animations settle and the scene graph render before a screenshot.
    void settle(int ms = 700);

    QStringList failures() const { return m_failures; }

private:
    bool fail(const QString &message);

    QQmlApplicationEngine &m_engine;
    QStringList m_failures;
};

// Collects every QML error or warning (binding errors, type errors, failed imports,
// console.warn) while it exists, so --self-test can fail on them.
class QmlWarningCollector
{
public:
    QmlWarningCollector();
    ~QmlWarningCollector();
    QmlWarningCollector(const QmlWarningCollector &) = delete;
    QmlWarningCollector &operator=(const QmlWarningCollector &) = delete;

    static QStringList warnings();
};

} // namespace hearth
