#include "cli.h"

#include "vault/kdfcost.h"
#include "vault/passcodepolicy.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <cstdio>

namespace hearth::cli {

namespace {

int init(Vault &vault, const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("recovery-key")))
        return usage(QStringLiteral(
            "vault init needs --recovery-key FILE (the agency's recovery public key)"));
    auto recovery = readRecoveryPublicKey(args.value(QStringLiteral("recovery-key")));
    if (!recovery)
        return fail(recovery.error());
    const Wiped passcode { readSecretLine() };
    const QStringList problems = PasscodePolicy::problems(QString::fromUtf8(passcode.bytes));
    if (!problems.isEmpty())
        return fail(QStringLiteral("passcode rejected: ") + problems.join(QLatin1Char(' ')));
    const KdfCost cost = args.value(QStringLiteral("kdf")) == QLatin1String("interactive")
        ? KdfCost::interactive()
        : KdfCost::calibrate();
    if (auto ok = vault.create(passcode.bytes, recovery.value(), cost); !ok)
        return fail(ok.error());
    std::printf("vault created in %s (Argon2id opslimit %llu, memlimit %llu MiB)\n",
        qPrintable(vault.directory()), static_cast<unsigned long long>(cost.opsLimit),
        static_cast<unsigned long long>(cost.memLimit >> 20));
    return 0;
}

int check(Vault &vault)
{
    const Wiped passcode { readSecretLine() };
    if (auto ok = vault.unlock(passcode.bytes); !ok)
        return fail(ok.error());
    auto report = vault.check();
    if (!report)
        return fail(report.error());
    std::printf("vault id: %s\nschema version: %d\nSQLCipher: %s\nintegrity: %s\n",
        qPrintable(report->vaultId), report->schemaVersion, qPrintable(report->cipherVersion),
        qPrintable(report->integrity));
    for (const auto &[table, count] : std::as_const(report->rowCounts))
        std::printf("rows %s: %lld\n", qPrintable(table), count);
    return report->integrity == QLatin1String("ok")
        ? 0
        : fail(QStringLiteral("integrity check found problems"));
}

int passcode(Vault &vault)
{
    const Wiped current { readSecretLine() };
    const Wiped next { readSecretLine() };
    if (auto ok = vault.changePasscode(current.bytes, next.bytes); !ok)
        return fail(ok.error());
    std::printf("passcode changed; no records were touched\n");
    return 0;
}

int recover(Vault &vault, const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("recovery-secret")))
        return usage(QStringLiteral("vault recover needs --recovery-secret FILE"));
    auto pair = readRecoverySecretKey(args.value(QStringLiteral("recovery-secret")));
    if (!pair)
        return fail(pair.error());
    const Wiped next { readSecretLine() };
    const QStringList problems = PasscodePolicy::problems(QString::fromUtf8(next.bytes));
    if (!problems.isEmpty())
        return fail(QStringLiteral("new passcode rejected: ") + problems.join(QLatin1Char(' ')));
    if (auto ok = vault.unlockWithRecoveryKey(pair.value()); !ok)
        return fail(ok.error());
    if (auto ok = vault.setPasscode(next.bytes); !ok)
        return fail(ok.error());
    std::printf("vault recovered with the agency key; new passcode set, no records lost\n");
    return 0;
}

int reseal(Vault &vault, const QCommandLineParser &args)
{
    auto recovery = readRecoveryPublicKey(args.value(QStringLiteral("recovery-key")));
    if (!recovery)
        return fail(recovery.error());
    const Wiped current { readSecretLine() };
    if (auto ok = vault.unlock(current.bytes); !ok)
        return fail(ok.error());
    if (auto ok = vault.resealRecovery(recovery.value()); !ok)
        return fail(ok.error());
    std::printf("recovery copy of the key now sealed to %s\n",
        recoveryPublicKeyLine(recovery.value()).constData());
    return 0;
}

int keygen(const QCommandLineParser &args)
{
    const QString publicPath = args.value(QStringLiteral("public"));
    const QString secretPath = args.value(QStringLiteral("secret"));
    if (publicPath.isEmpty() || secretPath.isEmpty())
        return usage(QStringLiteral("vault keygen needs --public FILE and --secret FILE"));
    const RecoveryKeyPair pair = RecoveryKeyPair::generate();
    if (auto ok = writeRecoverySecretKey(secretPath, pair); !ok)
        return fail(ok.error());
    if (auto ok = writeRecoveryPublicKey(publicPath, pair.publicKey); !ok)
        return fail(ok.error());
    std::printf("recovery key pair written; keep %s at the agency, never on a device\n",
        qPrintable(secretPath));
    return 0;
}

} // namespace

int vaultCommand(const QString &command, const QCommandLineParser &args)
{
    if (command == QLatin1String("keygen"))
        return keygen(args);
    if (!args.isSet(QStringLiteral("dir")))
        return usage(QStringLiteral("--dir DIR is required"));
    Vault vault(args.value(QStringLiteral("dir")));
    if (command != QLatin1String("init") && !vault.exists())
        return fail(QStringLiteral("no Hearth vault in ") + vault.directory());
    if (command == QLatin1String("init"))
        return init(vault, args);
    if (command == QLatin1String("check"))
        return check(vault);
    if (command == QLatin1String("passcode"))
        return passcode(vault);
    if (command == QLatin1String("recover"))
        return recover(vault, args);
    if (command == QLatin1String("reseal"))
        return reseal(vault, args);
    return usage(QStringLiteral("unknown vault command: ") + command);
}

} // namespace hearth::cli
