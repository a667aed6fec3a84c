// hearthctl: device support command. Works on a Hearth data folder without the UI, for
// support staff and scripts. Passcodes are read from standard input, one per line, so they
// never appear in a process list or shell history. Exit 0 on success, 1 with a one-line
// reason on failure, 2 on a usage error.
#include "cli.h"

#include <sodium.h>

#include <QCoreApplication>

#include <cstdio>

using namespace hearth::cli;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearthctl"));
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium could not start"));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage(QStringLiteral("no command given"));
    const QString group = arguments.at(1);
    const bool hasSubcommand = group != QLatin1String("demo") && group != QLatin1String("enrol")
        && group != QLatin1String("sync") && group != QLatin1String("chronology");
    if (hasSubcommand && arguments.size() < 3)
        return usage(QStringLiteral("no subcommand given"));
    const QString command = hasSubcommand ? arguments.at(2) : group;
    if (hasSubcommand)
        arguments.removeAt(1); // parse the rest as "hearthctl <command> [options]"

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Hearth device support: ") + group);
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("command"), QStringLiteral("what to do"));
    args.addOptions({
        { QStringLiteral("dir"), QStringLiteral("Hearth data folder."), QStringLiteral("DIR") },
        { QStringLiteral("recovery-key"), QStringLiteral("Agency recovery public key file."),
            QStringLiteral("FILE") },
        { QStringLiteral("recovery-secret"), QStringLiteral("Agency recovery secret key file."),
            QStringLiteral("FILE") },
        { QStringLiteral("kdf"), QStringLiteral("calibrate (default) or interactive."),
            QStringLiteral("COST"), QStringLiteral("calibrate") },
        { QStringLiteral("public"), QStringLiteral("keygen: public key file to write."),
            QStringLiteral("FILE") },
        { QStringLiteral("secret"), QStringLiteral("keygen: secret key file to write."),
            QStringLiteral("FILE") },
        { QStringLiteral("since"),
            QStringLiteral("export: only records after this sequence number."),
            QStringLiteral("SEQ"), QStringLiteral("0") },
        { QStringLiteral("public-key"),
            QStringLiteral("verify: the device public key (hex) or a file holding it."),
            QStringLiteral("KEY") },
        { QStringLiteral("children"), QStringLiteral("demo: fictional children to create."),
            QStringLiteral("N"), QStringLiteral("10") },
        { QStringLiteral("visits"), QStringLiteral("demo: signed visits per child."),
            QStringLiteral("N"), QStringLiteral("2") },
        { QStringLiteral("history"),
            QStringLiteral("demo: sign the dated records of this history file "
                           "(docs/history-format.md) instead of made-up ones."),
            QStringLiteral("FILE") },
        { QStringLiteral("server"), QStringLiteral("enrol: the agency server (https://...)."),
            QStringLiteral("URL") },
        { QStringLiteral("code"), QStringLiteral("enrol: the enrolment code from the agency."),
            QStringLiteral("CODE") },
        { QStringLiteral("payload"),
            QStringLiteral("enrol: the QR code's text (hearth-enrol:v1?...) instead of --server "
                           "and --code."),
            QStringLiteral("TEXT") },
        { QStringLiteral("pin"),
            QStringLiteral("enrol: the server's certificate fingerprint, as confirmed with the "
                           "agency."),
            QStringLiteral("FINGERPRINT") },
        { QStringLiteral("name"), QStringLiteral("enrol: the device name the agency sees."),
            QStringLiteral("NAME") },
        { QStringLiteral("child"), QStringLiteral("chronology: the child's id."),
            QStringLiteral("ID") },
        { QStringLiteral("json"), QStringLiteral("chronology: print JSON (docs/chronology.md).") },
        { QStringLiteral("flags"),
            QStringLiteral("chronology: every child's pattern flags instead of one chronology.") },
        { QStringLiteral("at"),
            QStringLiteral("chronology: judge patterns at this UTC time instead of now."),
            QStringLiteral("TIME") },
        { QStringLiteral("language"), QStringLiteral("chronology: en (default) or cy."),
            QStringLiteral("LANG"), QStringLiteral("en") },
        { QStringLiteral("timeout"),
            QStringLiteral("enrol, sync: give up after this many seconds (60 and 300 by default)."),
            QStringLiteral("SECONDS") },
    });
    if (!args.parse(arguments))
        return usage(args.errorText());
    if (args.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(args.helpText()));
        return 0;
    }
    if (group == QLatin1String("vault"))
        return vaultCommand(command, args);
    if (group == QLatin1String("records"))
        return recordsCommand(command, args);
    if (group == QLatin1String("device"))
        return deviceCommand(command, args);
    if (group == QLatin1String("demo"))
        return demoCommand(args);
    if (group == QLatin1String("enrol"))
        return enrolCommand(args);
    if (group == QLatin1String("sync"))
        return syncCommand(args);
    if (group == QLatin1String("chronology"))
        return chronologyCommand(args);
    return usage(QStringLiteral("unknown command: ") + group);
}
