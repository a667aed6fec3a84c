#include "activitymonitor.h"

#include <QEvent>

namespace hearth {

ActivityMonitor::ActivityMonitor(QObject *parent)
    : QObject(parent)
{ }

void ActivityMonitor::watch(QObject *target)
{
    target->installEventFilter(this);
}

bool ActivityMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
    case QEvent::TabletPress:
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hearth
