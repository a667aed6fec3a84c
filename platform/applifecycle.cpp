#include "applifecycle.h"

#include <QGuiApplication>

namespace hearth {

AppLifecycle::AppLifecycle(QObject *parent)
    : QObject(parent)
{ }

void AppLifecycle::watchApplication()
{
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
        &AppLifecycle::handleStateChanged);
}

void AppLifecycle::handleStateChanged(Qt::ApplicationState state)
{
    // Lock on Hidden and Suspended only. Those mean the app is no longer on screen: the
    // home button, the app switcher or the screen turning off (Android and iOS report
    // Suspended, desktops Hidden when minimised). Inactive is deliberately not a reason to
    // lock: on desktops every focus change to another window reports it, and on tablets a
    // system dialog, the notification shade or a permission prompt over Hearth does too.
    // Locking then would throw the practitioner out in the middle of typing a note for no
    // gain in safety, because Hearth is still the app in front.
    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        Q_EMIT sentToBackground();
}

} // namespace hearth
