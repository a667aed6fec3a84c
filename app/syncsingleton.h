#pragma once

#include "synccontroller.h"

#include <QPointer>
#include <QQmlEngine>

namespace hearth {

// Exposes the app-owned SyncController to QML as the singleton `Sync` (module Hearth.App),
// like SessionSingleton: main() or a test's setup sets the instance before the engine loads
// anything.
struct SyncSingleton
{
    Q_GADGET
    QML_FOREIGN(hearth::SyncController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Sync)

public:
    static void setInstance(SyncController *sync) { s_instance = sync; }

    static SyncController *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<SyncController> s_instance;
};

} // namespace hearth
