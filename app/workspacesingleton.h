#pragma once

#include "workspace.h"

#include <QPointer>
#include <QQmlEngine>

namespace hearth {

// Exposes the app-owned Workspace to QML as the singleton `Workspace` (module Hearth.App),
// the same way SessionSingleton exposes the session: main() or a test's setup sets the
// instance before the engine loads anything.
struct WorkspaceSingleton
{
    Q_GADGET
    QML_FOREIGN(hearth::Workspace)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Workspace)

public:
    static void setInstance(Workspace *workspace) { s_instance = workspace; }

    static Workspace *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<Workspace> s_instance;
};

} // namespace hearth
