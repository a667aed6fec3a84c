#include "uidriver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QThread>

namespace hearth {

UiDriver::UiDriver(QQmlApplicationEngine &engine)
    : m_engine(engine)
{ }

QQuickWindow *UiDriver::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

namespace {
void collectItems(
    QQuickItem *item, QSet<QQuickItem *> &visited, QSet<QObject *> &seen, QList<QObject *> &out)
{
    if (!item || visited.contains(item))
        return;
    visited.insert(item);
    if (!seen.contains(item)) {
        seen.insert(item);
        out.append(item);
    }
    const auto objects = item->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (!seen.contains(object)) {
            seen.insert(object);
            out.append(object);
        }
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectItems(child, visited, seen, out);
}
} // namespace

QList<QObject *> UiDriver::allObjects() const
{
    QList<QObject *> out;
    QQuickWindow *root = window();
    if (!root)
        return out;
    QSet<QObject *> seen;
    const auto objects = root->findChildren<QObject *>();
    for (QObject *object : objects) {
        seen.insert(object);
        out.append(object);
    }
    QSet<QQuickItem *> visited;
    collectItems(root->contentItem(), visited, seen, out);
    return out;
}

QObject *UiDriver::find(const QString &objectName) const
{
    QList<QObject *> candidates;
    const auto all = allObjects();
    for (QObject *object : all)
        if (object->objectName() == objectName)
            candidates.append(object);
    for (QObject *candidate : candidates) {
        if (candidate->property("visible").toBool())
            return candidate;
    }
    return candidates.isEmpty() ? nullptr : candidates.constFirst();
}

bool UiDriver::waitFor(const std::function<bool()> &condition, int timeoutMs, const QString &what)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return fail(QStringLiteral("timed out waiting for %1").arg(what));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

bool UiDriver::waitForVisible(const QString &objectName, int timeoutMs)
{
    return waitFor(
        [&] {
            QObject *object = find(objectName);
            return object && object->property("visible").toBool();
        },
        timeoutMs, objectName + QStringLiteral(" to be visible"));
}

bool UiDriver::setText(const QString &objectName, const QString &text)
{
    QObject *object = find(objectName);
    if (!object)
        return fail(QStringLiteral("no object named %1").arg(objectName));
    if (!object->setProperty("text", text))
        return fail(QStringLiteral("%1 has no text property").arg(objectName));
    return true;
}

bool UiDriver::click(const QString &objectName)
{
    QObject *object = find(objectName);
    if (!object)
        return fail(QStringLiteral("no object named %1").arg(objectName));
    if (!object->property("enabled").toBool())
        return fail(QStringLiteral("%1 is disabled").arg(objectName));
    // Emitting clicked() runs the same handler a tap would.
    if (!QMetaObject::invokeMethod(object, "clicked"))
        return fail(QStringLiteral("%1 cannot be clicked").arg(objectName));
    return true;
}

bool UiDriver::call(const QString &objectName, const char *method)
{
    QObject *object = find(objectName);
    if (!object)
        return fail(QStringLiteral("no object named %1").arg(objectName));
    if (!QMetaObject::invokeMethod(object, method))
        return fail(
            QStringLiteral("%1 has no method %2").arg(objectName, QString::fromLatin1(method)));
    return true;
}

void UiDriver::settle(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

bool UiDriver::fail(const QString &message)
{
    m_failures << message;
    return false;
}

namespace {
QMutex s_mutex;
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

bool isFromQml(const QMessageLogContext &context, const QString &message)
{
    const QLatin1String category(context.category ? context.category : "");
    const QLatin1String file(context.file ? context.file : "");
    return category == QLatin1String("qml") || category == QLatin1String("js")
        || category.startsWith(QLatin1String("qt.qml")) || file.endsWith(QLatin1String(".qml"))
        || message.contains(QLatin1String("qrc:/")) || message.contains(QLatin1String(".qml:"));
}

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isFromQml(context, message)) {
        const QMutexLocker locker(&s_mutex);
        s_warnings << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

QmlWarningCollector::QmlWarningCollector()
{
    s_previous = qInstallMessageHandler(collect);
}

QmlWarningCollector::~QmlWarningCollector()
{
    qInstallMessageHandler(s_previous);
}

QStringList QmlWarningCollector::warnings()
{
    const QMutexLocker locker(&s_mutex);
    return s_warnings;
}

} // namespace hearth
