#pragma once

#include "common/clock.h"
#include "database.h"
#include "storeoptions.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace hearth::server {

// What every hearth-admin command gets: its positional arguments, the parsed options, the
// store and key location, the clock, and where to write results and messages.
struct AdminContext
{
    QStringList arguments; // after the command name
    const QCommandLineParser &parser;
    const StoreOptions::Resolved &resolved;
    const Database &database;
    const Clock &clock;
    QTextStream &out;
    QTextStream &err;

    int fail(const QString &message) const
    {
        err << "hearth-admin: " << message << Qt::endl;
        return 1;
    }
    QString option(const char *name) const { return parser.value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return parser.isSet(QString::fromLatin1(name)); }
};

// Each command, in the file named after its group. Exit code 0 on success, 1 on a refusal or
// failure (with a message on stderr), 2 on wrong usage.
int runInit(const AdminContext &context);
int runMigrate(const AdminContext &context);
int runAddPractitioner(const AdminContext &context);
int runSetRole(const AdminContext &context);
int runPractitioners(const AdminContext &context);
int runEnrolCode(const AdminContext &context);
int runDevices(const AdminContext &context);
int runRevoke(const AdminContext &context);
int runExport(const AdminContext &context);
int runVerifyStore(const AdminContext &context);
int runImport(const AdminContext &context);
int runAssign(const AdminContext &context);
int runAddUser(const AdminContext &context);
int runListUsers(const AdminContext &context);
int runDisableUser(const AdminContext &context);
int runResetPassword(const AdminContext &context);
int runGrantUser(const AdminContext &context);

} // namespace hearth::server
