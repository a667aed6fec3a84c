#pragma once

#include <QString>

namespace hearth {

class UiDriver;

// Child mode's screens for --screenshot, on a social worker's tablet with a child on the
// caseload: the session handed to the child, what the child draws, puts in the three houses and
// answers on the picture scales, the passcode that gives the tablet back, the session page
// holding the child's own contribution, and the signed session in the child's chronology.
namespace UiChildScenarios {

// Whether `screen` is one of these.
bool handles(const QString &screen);
// Called with the vault just set up (first run done, no role chosen yet).
bool prepare(UiDriver &ui, const QString &screen, const QString &passcode);

} // namespace UiChildScenarios
} // namespace hearth
