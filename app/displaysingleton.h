#pragma once

#include "displaysettings.h"

#include <QPointer>
#include <QQmlEngine>

namespace hearth {

// Exposes the app-owned DisplaySettings to QML as the singleton `Display` (module
// Hearth.App); main() or a test's setup sets the instance before the engine loads anything.
struct DisplaySingleton
{
    Q_GADGET
    QML_FOREIGN(hearth::DisplaySettings)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Display)

public:
    static void setInstance(DisplaySettings *settings) { s_instance = settings; }

    static DisplaySettings *create(QQmlEngine *, QJSEngine *engine)
    {
        Q_ASSERT(s_instance);
        Q_ASSERT(engine->thread() == s_instance->thread());
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<DisplaySettings> s_instance;
};

} // namespace hearth
