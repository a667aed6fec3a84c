#pragma once

#include "common/expected.h"
#include "vault/vaulterror.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace hearth {
class Vault;
}

// Shared plumbing of hearthctl's commands: one-line failures on stderr, passcodes from stdin.
namespace hearth::cli {

int fail(const QString &message); // prints "hearthctl: <message>", returns 1
int fail(const VaultError &error);
int usage(const QString &message); // returns 2

// One line of stdin as UTF-8 (a passcode); wiped from the standard string it came through.
QByteArray readSecretLine();

// A passcode copy that is wiped when it goes out of scope.
struct Wiped
{
    QByteArray bytes;
    ~Wiped();
};

int vaultCommand(const QString &command, const QCommandLineParser &args);
int recordsCommand(const QString &command, const QCommandLineParser &args);
int deviceCommand(const QString &command, const QCommandLineParser &args);
int demoCommand(const QCommandLineParser &args);
int historyCommand(const QCommandLineParser &args); // demo --history FILE
// chronology --child ID [--json] | --flags: a child's chronology and its pattern flags.
int chronologyCommand(const QCommandLineParser &args);
// Unlocks the vault of a demo, or creates it with a clearly named demo recovery pair; the exit
// code when that failed (already reported).
std::optional<int> openDemoVault(Vault &vault);
// The practitioner the device is enrolled for, whose records alone the agency accepts; empty
// when the device is not enrolled.
[[nodiscard]] Expected<QString, VaultError> enrolledPractitioner(Vault &vault);
int enrolCommand(const QCommandLineParser &args);
int syncCommand(const QCommandLineParser &args);

} // namespace hearth::cli
