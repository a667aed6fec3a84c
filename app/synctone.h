#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace hearth {
namespace SyncTone {
Q_NAMESPACE
QML_NAMED_ELEMENT(SyncTone)

// How the status line and each attempt in the history are coloured. QML compares these
// values (SyncTone.Error), never strings, so a misspelt tone cannot silently fall through.
enum Tone
{
    Neutral,   // not enrolled, or locked
    Working,   // sending now
    Ok,        // everything signed has been sent
    Attention, // records waiting, or a failure that will be retried by itself
    Error      // refused, revoked, or the server could not prove it is the agency's
};
Q_ENUM_NS(Tone)

} // namespace SyncTone
} // namespace hearth
