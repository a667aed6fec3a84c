#pragma once

#include "enrolmentwizard.h"
#include "syncstatus.h"

#include <QPointer>
#include <QQmlEngine>

namespace hearth {

// Hands an app-owned object to QML without QML owning it (see SessionSingleton).
template<typename T> T *appOwnedSingleton(T *instance, QJSEngine *engine)
{
    Q_ASSERT(instance);
    // The engine must not delete it, and it must live on the engine's thread.
    Q_ASSERT(engine->thread() == instance->thread());
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

// Expose the app-owned sync objects to QML as the singletons `SyncStatus` and
// `EnrolmentWizard` (module Hearth.App), like SessionSingleton: main() or a test's setup sets
// the instances before the engine loads anything.
struct SyncStatusSingleton
{
    Q_GADGET
    QML_FOREIGN(hearth::SyncStatus)
    QML_SINGLETON
    QML_NAMED_ELEMENT(SyncStatus)

public:
    static void setInstance(SyncStatus *status) { s_instance = status; }
    static SyncStatus *create(QQmlEngine *, QJSEngine *engine)
    {
        return appOwnedSingleton(s_instance.data(), engine);
    }

private:
    static inline QPointer<SyncStatus> s_instance;
};

struct EnrolmentWizardSingleton
{
    Q_GADGET
    QML_FOREIGN(hearth::EnrolmentWizard)
    QML_SINGLETON
    QML_NAMED_ELEMENT(EnrolmentWizard)

public:
    static void setInstance(EnrolmentWizard *wizard) { s_instance = wizard; }
    static EnrolmentWizard *create(QQmlEngine *, QJSEngine *engine)
    {
        return appOwnedSingleton(s_instance.data(), engine);
    }

private:
    static inline QPointer<EnrolmentWizard> s_instance;
};

} // namespace hearth
