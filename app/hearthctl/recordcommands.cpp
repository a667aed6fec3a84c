#include "cli.h"

#include "record/recordverifier.h"
#include "vault/recordstore.h"
#include "vault/vault.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace hearth::cli {

namespace {

// Unlocks the vault in --dir with the passcode on stdin and opens its record store.
struct OpenedStore
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<RecordStore> store;
};

std::optional<OpenedStore> openStore(const QCommandLineParser &args, int &exitCode)
{
    if (!args.isSet(QStringLiteral("dir"))) {
        exitCode = usage(QStringLiteral("--dir DIR is required"));
        return std::nullopt;
    }
    OpenedStore opened;
    opened.vault = std::make_unique<Vault>(args.value(QStringLiteral("dir")));
    if (!opened.vault->exists()) {
        exitCode = fail(QStringLiteral("no Hearth vault in ") + opened.vault->directory());
        return std::nullopt;
    }
    const Wiped passcode { readSecretLine() };
    if (auto ok = opened.vault->unlock(passcode.bytes); !ok) {
        exitCode = fail(ok.error());
        return std::nullopt;
    }
    opened.store = std::make_unique<RecordStore>(opened.vault->database());
    if (auto ok = opened.store->open(); !ok) {
        exitCode = fail(ok.error());
        return std::nullopt;
    }
    return opened;
}

int exportRecords(const QCommandLineParser &args)
{
    bool numeric = false;
    const qint64 since = args.value(QStringLiteral("since")).toLongLong(&numeric);
    if (!numeric || since < 0)
        return usage(QStringLiteral("--since must be a sequence number (0 or more)"));
    int exitCode = 0;
    auto opened = openStore(args, exitCode);
    if (!opened)
        return exitCode;
    auto envelopes = opened->store->envelopes(since);
    if (!envelopes)
        return fail(envelopes.error());
    // Canonical JSON never holds a raw newline, so one envelope per line is exact.
    for (const QByteArray &envelope : std::as_const(envelopes.value())) {
        std::fwrite(envelope.constData(), 1, size_t(envelope.size()), stdout);
        std::fputc('\n', stdout);
    }
    std::fprintf(stderr, "hearthctl: exported %lld signed records\n", qint64(envelopes->size()));
    return 0;
}

std::optional<SigningPublicKey> readPublicKey(const QString &value)
{
    QString text = value;
    if (QFileInfo::exists(value)) {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        text = QString::fromLatin1(file.read(256)).trimmed();
    }
    return DeviceKeyPair::publicKeyFromHex(text);
}

int verifyRecords(const QCommandLineParser &args)
{
    const QStringList positional = args.positionalArguments();
    if (positional.size() != 2)
        return usage(QStringLiteral("records verify FILE --public-key KEY"));
    const auto key = readPublicKey(args.value(QStringLiteral("public-key")));
    if (!key)
        return usage(QStringLiteral("--public-key must be 64 hex digits or a file holding them"));
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(positional.at(1) + QStringLiteral(": ") + file.errorString());
    QList<QByteArray> envelopes;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        envelopes.append(line);
    }
    // One key for the whole file: records of any other device are reported by the verifier.
    const PublicKeyLookup lookup = [&key](const QString &) { return key; };
    auto state = RecordVerifier::verifySequence(envelopes, lookup);
    if (!state) {
        const VerificationProblem &problem = state.error();
        return fail(QStringLiteral("line %1: %2").arg(problem.index + 1).arg(problem.toString()));
    }
    std::printf("%lld records verified; next sequence number %lld, chain head %s\n",
        qint64(envelopes.size()), state->nextSeq, qPrintable(state->prev));
    return 0;
}

} // namespace

int recordsCommand(const QString &command, const QCommandLineParser &args)
{
    if (command == QLatin1String("export"))
        return exportRecords(args);
    if (command == QLatin1String("verify"))
        return verifyRecords(args);
    return usage(QStringLiteral("unknown records command: ") + command);
}

int deviceCommand(const QString &command, const QCommandLineParser &args)
{
    if (command != QLatin1String("show"))
        return usage(QStringLiteral("unknown device command: ") + command);
    int exitCode = 0;
    auto opened = openStore(args, exitCode);
    if (!opened)
        return exitCode;
    auto head = opened->store->head();
    if (!head)
        return fail(head.error());
    std::printf("device id: %s\npublic key: %s\nsigned records: %lld\n",
        qPrintable(opened->store->deviceId()),
        qPrintable(DeviceKeyPair::toHex(opened->store->publicKey())), head->nextSeq - 1);
    return 0;
}

} // namespace hearth::cli
