// add-user, list-users, disable-user, reset-password and grant-user: the console's staff.
#include "admincontext.h"
#include "practitionerrepository.h"
#include "record/envelope.h"
#include "staffpassword.h"
#include "staffrepository.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace hearth::server {

namespace {
// One line from stdin. On a terminal the prompt goes to stderr and echo is off; otherwise the
// password is piped in (scripts, tests). Never from the command line, where ps and the shell's
// history would show it.
QByteArray readLine(const char *prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QByteArray::fromStdString(line);
}

Expected<QString, QString> readNewPassword()
{
    const QByteArray password = readLine("New password: ");
    if (::isatty(STDIN_FILENO) == 1 && readLine("Again: ") != password)
        return unexpected(QStringLiteral("the two passwords differ; nothing was changed"));
    return StaffPassword::hash(password);
}

bool checkName(const AdminContext &context, const QString &name)
{
    if (StaffRepository::isValidName(name))
        return true;
    context.fail(QStringLiteral("\"%1\" is not a user name (letters, digits, '.', '-', '_', up "
                                "to 64)")
                     .arg(name));
    return false;
}
} // namespace

int runAddUser(const AdminContext &context)
{
    if (context.arguments.size() != 1 || !context.isSet("role"))
        return context.fail(
            QStringLiteral("usage: add-user NAME --role supervisor|manager|auditor (password on "
                           "stdin)"));
    const QString name = context.arguments[0];
    const QString role = context.option("role");
    if (!checkName(context, name))
        return 1;
    if (!StaffRepository::isRole(role))
        return context.fail(
            QStringLiteral("--role must be supervisor, manager or auditor, not \"%1\"").arg(role));
    const StaffRepository staff(context.database);
    auto existing = staff.find(name);
    if (!existing)
        return context.fail(existing.error().message);
    if (existing->has_value())
        return context.fail(QStringLiteral("there is already a user \"%1\"").arg(name));
    auto hash = readNewPassword();
    if (!hash)
        return context.fail(hash.error());
    auto added
        = staff.add({ name, role, *hash, Envelope::formatCreated(context.clock.nowUtc()), {}, {} });
    if (!added)
        return context.fail(added.error().message);
    if (!*added)
        return context.fail(QStringLiteral("there is already a user \"%1\"").arg(name));
    context.out << "added " << role << ' ' << name << " (grant caseloads with grant-user " << name
                << " --practitioner ID)\n";
    return 0;
}

int runListUsers(const AdminContext &context)
{
    auto users = StaffRepository(context.database).list();
    if (!users)
        return context.fail(users.error().message);
    context.out << QStringLiteral("%1 %2 %3 %4\n")
                       .arg(QStringLiteral("USER"), -24)
                       .arg(QStringLiteral("ROLE"), -11)
                       .arg(QStringLiteral("STATUS"), -9)
                       .arg(QStringLiteral("CASELOADS"));
    for (const StaffUser &user : *users) {
        context.out << QStringLiteral("%1 %2 %3 %4\n")
                           .arg(user.name, -24)
                           .arg(user.role, -11)
                           .arg(user.isDisabled() ? QStringLiteral("disabled")
                                                  : QStringLiteral("active"),
                               -9)
                           .arg(user.practitioners.isEmpty() ? QStringLiteral("-")
                                                             : user.practitioners.join(u','));
    }
    return 0;
}

int runDisableUser(const AdminContext &context)
{
    if (context.arguments.size() != 1)
        return context.fail(QStringLiteral("usage: disable-user NAME"));
    auto disabled
        = StaffRepository(context.database)
              .disable(context.arguments[0], Envelope::formatCreated(context.clock.nowUtc()));
    if (!disabled)
        return context.fail(disabled.error().message);
    if (!*disabled)
        return context.fail(QStringLiteral("no user \"%1\"").arg(context.arguments[0]));
    context.out << "disabled " << context.arguments[0] << " (signed out everywhere)\n";
    return 0;
}

int runResetPassword(const AdminContext &context)
{
    if (context.arguments.size() != 1)
        return context.fail(QStringLiteral("usage: reset-password NAME (password on stdin)"));
    const StaffRepository staff(context.database);
    auto existing = staff.find(context.arguments[0]);
    if (!existing)
        return context.fail(existing.error().message);
    if (!existing->has_value())
        return context.fail(QStringLiteral("no user \"%1\"").arg(context.arguments[0]));
    auto hash = readNewPassword();
    if (!hash)
        return context.fail(hash.error());
    auto reset = staff.resetPassword(context.arguments[0], *hash);
    if (!reset)
        return context.fail(reset.error().message);
    context.out << "new password set for " << context.arguments[0]
                << " (enabled, signed out everywhere)\n";
    return 0;
}

int runGrantUser(const AdminContext &context)
{
    if (context.arguments.size() != 1 || !context.isSet("practitioner"))
        return context.fail(QStringLiteral("usage: grant-user NAME --practitioner ID"));
    const QString name = context.arguments[0];
    const QString practitioner = context.option("practitioner");
    const StaffRepository staff(context.database);
    auto existing = staff.find(name);
    if (!existing)
        return context.fail(existing.error().message);
    if (!existing->has_value())
        return context.fail(QStringLiteral("no user \"%1\"").arg(name));
    auto known = PractitionerRepository(context.database).name(practitioner);
    if (!known)
        return context.fail(known.error().message);
    if (!known->has_value())
        return context.fail(QStringLiteral("no practitioner \"%1\"").arg(practitioner));
    if (auto granted = staff.grant(name, practitioner); !granted)
        return context.fail(granted.error().message);
    context.out << name << " may now read the caseload of " << practitioner << '\n';
    return 0;
}

} // namespace hearth::server
