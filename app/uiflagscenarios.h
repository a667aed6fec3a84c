#pragma once

#include <QString>

namespace hearth {

class SessionController;
class UiDriver;

// The pattern flags' screens for --screenshot: a caseload row with its flag (home-flagged) and
// "since your last visit" at the start of a visit (visit-since). A history that raises flags is
// signed into the open vault with the device key, then the vault is locked and unlocked through
// the UI so the app reads it as it would any day.
namespace UiFlagScenarios {

// Called with the vault open and the demo children added; `childName` is the one to flag.
bool prepare(UiDriver &ui, SessionController &session, const QString &screen,
    const QString &childName, const QString &passcode);

// For a visit's "who" step with two adults new since the last visit (visit-who) and the
// acknowledge dialog choosing between their two flags (acknowledge-choice): the child's mother
// met at the practitioner's last visit, then her new partner and his brother at a colleague's,
// neither spoken to.
bool signNewAdults(
    UiDriver &ui, SessionController &session, const QString &childName, const QString &passcode);

} // namespace UiFlagScenarios
} // namespace hearth
