#pragma once

#include <QString>
#include <QStringList>

namespace hearth {

class SessionController;
class UiDriver;

// Scripted walks through the visit wizard of the real app, by objectName: the end-to-end
// tests (--ui-script) and the wizard's screenshots. They fill the steps as a practitioner
// would, so what ends up in the vault is what the UI wrote.
namespace UiVisitScenarios {

// The names --ui-script accepts.
QStringList scriptNames();
// visit-and-sign: first run, add a child, record a whole visit, sign it, amend it.
// visit-partial: first run, add a child, fill steps 1-3, write on step 4, then print
//   "HEARTH-READY" and keep running (the test kills the process).
// resume-check: unlock, resume the draft, and check it opened on step 4 with its text.
bool run(UiDriver &ui, SessionController &session, const QString &script);
// Screens of the wizard for --screenshot (see CommandLine::screenNames()).
bool prepare(UiDriver &ui, SessionController &session, const QString &screen);

} // namespace UiVisitScenarios
} // namespace hearth
