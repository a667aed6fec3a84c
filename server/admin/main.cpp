// hearth-admin: the agency's administration command for the sync service's store (see
// server/README.md). Composition root: parse the command line, open the store, dispatch.
#include "admincontext.h"
#include "offsetclock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <functional>
#include <map>

#include <sys/stat.h>

using namespace hearth;
using namespace hearth::server;

namespace {
const char *usage = R"(usage: hearth-admin (--data DIR | --db URL [--key FILE]) COMMAND [ARGS]

commands:
  init [--recovery-key FILE] [--lock-timeout SECONDS]   create the database and server key
  migrate [--to N]                                     apply pending schema steps
  add-practitioner ID NAME [--role ROLE]               add or rename a practitioner; ROLE is
                                                       health-visitor (default), social-worker
                                                       or school-nurse
  set-role ID ROLE                                     change a practitioner's role
  practitioners [--json]                               list practitioners and their roles
  enrol-code --practitioner ID [--expires 24h]         print a one-time enrolment code
  import FILE [--kind KIND] [--assign-to ID]           import a caseload (.json or .csv)
  assign CHILD-ID PRACTITIONER-ID                      put a child on a practitioner's caseload
  revoke DEVICE-ID [--reason TEXT]                     refuse a device from now on
  devices [--json]                                     list devices and their record counts
  export [--device ID] [--out FILE]                    records as JSON lines, byte-exact
  verify-store                                         re-verify every signature and chain
  add-user NAME --role supervisor|manager|auditor      a console account (password on stdin)
  list-users                                           console accounts, roles, caseloads
  disable-user NAME                                    stop an account and end its sessions
  reset-password NAME                                  new password on stdin; enables the account
  grant-user NAME --practitioner ID                    let an account read a practitioner's caseload
)";
} // namespace

int main(int argc, char **argv)
{
    ::umask(077); // the data folder, database, journals and key file: owner only
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.addHelpOption();
    StoreOptions storeOptions;
    storeOptions.addTo(parser);
    for (const auto &[name, value] :
        std::initializer_list<std::pair<const char *, const char *>> { { "recovery-key", "FILE" },
            { "lock-timeout", "SECONDS" }, { "practitioner", "ID" }, { "expires", "DURATION" },
            { "kind", "KIND" }, { "assign-to", "ID" }, { "reason", "TEXT" }, { "device", "ID" },
            { "out", "FILE" }, { "to", "VERSION" }, { "role", "ROLE" } })
        parser.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value)));
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), QStringLiteral("Machine-readable output.")));
    if (!parser.parse(app.arguments())) {
        err << parser.errorText() << '\n' << usage;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().isEmpty()) {
        out << usage;
        return parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2
                                                                                               : 0;
    }

    const std::map<QString, std::function<int(const AdminContext &)>> commands {
        { QStringLiteral("init"), runInit },
        { QStringLiteral("migrate"), runMigrate },
        { QStringLiteral("add-practitioner"), runAddPractitioner },
        { QStringLiteral("enrol-code"), runEnrolCode },
        { QStringLiteral("import"), runImport },
        { QStringLiteral("assign"), runAssign },
        { QStringLiteral("revoke"), runRevoke },
        { QStringLiteral("devices"), runDevices },
        { QStringLiteral("export"), runExport },
        { QStringLiteral("verify-store"), runVerifyStore },
        { QStringLiteral("add-user"), runAddUser },
        { QStringLiteral("list-users"), runListUsers },
        { QStringLiteral("disable-user"), runDisableUser },
        { QStringLiteral("reset-password"), runResetPassword },
        { QStringLiteral("grant-user"), runGrantUser },
        { QStringLiteral("set-role"), runSetRole },
        { QStringLiteral("practitioners"), runPractitioners },
    };
    QStringList arguments = parser.positionalArguments();
    const QString name = arguments.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        err << "hearth-admin: unknown command \"" << name << "\"\n" << usage;
        return 2;
    }
    auto resolved = storeOptions.resolve(parser);
    if (!resolved) {
        err << "hearth-admin: " << resolved.error() << Qt::endl;
        return 2;
    }
    if (!resolved->dataDir.isEmpty()) {
        const bool creates = name == u"init" || name == u"migrate";
        // init also closes a folder the operator made beforehand with the usual 0755.
        const bool ready = creates ? QDir().mkpath(resolved->dataDir)
                && (name != u"init"
                    || QFile::setPermissions(resolved->dataDir,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
                                   : QFileInfo::exists(resolved->store.sqlitePath);
        if (!ready) {
            err << "hearth-admin: " << (creates ? "cannot create " : "no Hearth store in ")
                << resolved->dataDir << (creates ? "" : " (run hearth-admin init first)")
                << Qt::endl;
            return 1;
        }
    }
    const Database database(resolved->store);
    const OffsetClock clock(resolved->clockOffsetSeconds);
    const AdminContext context { arguments, parser, *resolved, database, clock, out, err };
    const int status = command->second(context);
    out.flush();
    return status;
}
