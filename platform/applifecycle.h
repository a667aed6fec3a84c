#pragma once

#include <QObject>

namespace hearth {

// Turns the platform's application state into the one fact the app acts on: Hearth has
// been sent to the background, so the vault must lock before anyone else can pick up the
// tablet and switch back to it.
class AppLifecycle : public QObject
{
    Q_OBJECT
public:
    explicit AppLifecycle(QObject *parent = nullptr);
    // Follows QGuiApplication::applicationStateChanged. Call once a QGuiApplication exists.
    void watchApplication();

public Q_SLOTS:
    // Public so tests can feed states without a window system.
    void handleStateChanged(Qt::ApplicationState state);

Q_SIGNALS:
    void sentToBackground();
};

} // namespace hearth
