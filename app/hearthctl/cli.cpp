#include "cli.h"

#include <sodium.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace hearth::cli {

int fail(const QString &message)
{
    std::fprintf(stderr, "hearthctl: %s\n", qPrintable(message));
    return 1;
}

int fail(const VaultError &error)
{
    return fail(error.detail.isEmpty()
            ? error.message
            : error.message + QStringLiteral(" (") + error.detail + QLatin1Char(')'));
}

int usage(const QString &message)
{
    std::fprintf(stderr,
        "hearthctl: %s\n"
        "usage: hearthctl vault init|check|passcode|recover|reseal|keygen [options]\n"
        "       hearthctl records export|verify [options]\n"
        "       hearthctl device show --dir DIR\n"
        "       hearthctl demo --dir DIR --children N --visits N\n"
        "       hearthctl demo --dir DIR --history FILE\n"
        "       hearthctl enrol --dir DIR --server URL --code CODE [--pin FINGERPRINT]\n"
        "       hearthctl enrol --dir DIR --payload TEXT [--pin FINGERPRINT]\n"
        "       hearthctl sync --dir DIR [--timeout SECONDS]\n"
        "       hearthctl <command> [<subcommand>] --help\n",
        qPrintable(message));
    return 2;
}

QByteArray readSecretLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray secret(line.data(), qsizetype(line.size()));
    sodium_memzero(line.data(), line.size());
    return secret;
}

Wiped::~Wiped()
{
    sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace hearth::cli
