// Child mode's part of the Workspace: one child mode at a time, opened from the record the
// child's contribution belongs to, and ended only by the practitioner's passcode or a full lock.
#include "childmode.h"
#include "readaloud.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include <QLocale>

namespace hearth {

bool Workspace::openChildMode(
    const QString &childId, const JsonValue &contribution, ChildModeController::Keep keep)
{
    if (!m_services || m_childMode)
        return false;
    auto child = m_services->caseload().child(childId);
    if (!child) {
        setErrorText(tr("Child mode could not be opened: %1").arg(child.error().message));
        return false;
    }
    // The name the child goes by, and only that: the page shows nothing else of the record.
    const QString name = child->knownAs.isEmpty() ? child->givenName : child->knownAs;
    // HEARTH_SPEECH_ENGINE picks a Qt TextToSpeech engine (tests name one that does not exist).
    auto reader
        = std::make_unique<ReadAloud>(qEnvironmentVariable("HEARTH_SPEECH_ENGINE"), QLocale());
    auto *mode = new ChildModeController(
        name,
        [this](const QString &passcode, std::function<void(const QString &)> done) {
            return m_session.confirmPasscode(passcode, std::move(done));
        },
        std::move(keep), std::move(reader), this);
    if (!contribution.isNull())
        if (auto loaded = mode->load(contribution); !loaded) {
            delete mode;
            setErrorText(tr("What the child made before could not be read: %1")
                             .arg(loaded.error().toString()));
            return false;
        }
    connect(mode, &ChildModeController::left, this, &Workspace::closeChildMode);
    m_childMode = mode;
    Q_EMIT childModeChanged();
    return true;
}

void Workspace::closeChildMode()
{
    if (!m_childMode)
        return;
    ChildModeController *mode = m_childMode;
    mode->flush();
    m_childMode = nullptr;
    Q_EMIT childModeChanged();
    mode->deleteLater();
}

} // namespace hearth
