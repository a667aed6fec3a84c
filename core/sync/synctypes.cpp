#include "sync/synctypes.h"

#include <array>
#include <utility>

namespace hearth {

namespace {

constexpr std::array<std::pair<SyncTrigger, const char *>, 5> triggerNames { {
    { SyncTrigger::Unlock, "unlock" },
    { SyncTrigger::Signed, "signed" },
    { SyncTrigger::NetworkBack, "network-back" },
    { SyncTrigger::Timer, "timer" },
    { SyncTrigger::Manual, "manual" },
} };

using Outcome = SyncAttempt::Outcome;
constexpr std::array<std::pair<Outcome, const char *>, 7> outcomeNames { {
    { Outcome::Success, "success" },
    { Outcome::Offline, "offline" },
    { Outcome::ServerError, "server-error" },
    { Outcome::Refused, "refused" },
    { Outcome::Revoked, "revoked" },
    { Outcome::PinMismatch, "pin-mismatch" },
    { Outcome::Cancelled, "cancelled" },
} };

template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(
    const std::array<std::pair<E, const char *>, N> &table, const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString syncTriggerName(SyncTrigger trigger)
{
    return nameOf(triggerNames, trigger);
}

std::optional<SyncTrigger> syncTriggerFromName(const QString &name)
{
    return valueOf(triggerNames, name);
}

QString syncOutcomeName(SyncAttempt::Outcome outcome)
{
    return nameOf(outcomeNames, outcome);
}

std::optional<SyncAttempt::Outcome> syncOutcomeFromName(const QString &name)
{
    return valueOf(outcomeNames, name);
}

} // namespace hearth
