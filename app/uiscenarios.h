#pragma once

#include <QString>

namespace hearth {

class SessionController;
class UiDriver;

// Scripted walks through the real UI: the self-test, and putting each screen into the
// state a screenshot shows. They talk to the UI by objectName, as a practitioner would by
// tapping, and only read the session to know when to move on.
namespace UiScenarios {

// First run -> home -> change passcode dialog -> lock -> wrong passcode -> unlock.
bool selfTest(UiDriver &ui, SessionController &session);
// Brings the UI to `screen` (see CommandLine::screenNames()).
bool prepareScreen(UiDriver &ui, SessionController &session, const QString &screen);
bool saveScreenshot(UiDriver &ui, const QString &path);

// The --ui-script names run here (the visit walks are in UiVisitScenarios).
// year-check: unlock a vault filled elsewhere (tests/bench/year), wait for a usable home
// screen, reopen the newest draft, and print the time and memory each took on one line
// starting "HEARTH-YEAR" for the benchmark to read.
QStringList scriptNames();
bool run(UiDriver &ui, SessionController &session, const QString &script);

} // namespace UiScenarios
} // namespace hearth
