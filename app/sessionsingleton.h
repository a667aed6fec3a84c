#pragma once

#include "sessioncontroller.h"

#include <QPointer>
#include <QQmlEngine>

namespace hearth {

// Exposes the app-owned SessionController to QML as the singleton `Session` (module
// Hearth.App) without QML creating or owning it: main() or a test's setup sets the
// instance before the engine loads anything.
struct SessionSingleton
{
    Q_GADGET
    QML_FOREIGN(hearth::SessionController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)

public:
    static void setInstance(SessionController *session) { s_instance = session; }

    static SessionController *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        // The engine must not delete it, and it must live on the engine's thread.
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<SessionController> s_instance;
};

} // namespace hearth
