#pragma once

#include "vault/vaulterror.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>

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
int enrolCommand(const QCommandLineParser &args);
int syncCommand(const QCommandLineParser &args);

} // namespace hearth::cli
