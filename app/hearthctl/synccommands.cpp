#include "cli.h"

#include "sync/enrolment.h"
#include "sync/syncengine.h"
#include "sync/syncmessages.h"
#include "sync/syncstore.h"
#include "vault/vault.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

namespace hearth::cli {

namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr seconds DefaultEnrolTimeout { 60 };
constexpr seconds DefaultSyncTimeout { 300 };
constexpr seconds LongestTimeout { 3600 };
// No single request waits longer than the app's own, even under a long --timeout.
constexpr milliseconds LongestTransfer { 30000 };

std::optional<seconds> timeoutOption(const QCommandLineParser &args, seconds fallback)
{
    if (!args.isSet(QStringLiteral("timeout")))
        return fallback;
    bool numeric = false;
    const int value = args.value(QStringLiteral("timeout")).toInt(&numeric);
    if (!numeric || value < 1 || value > LongestTimeout.count())
        return std::nullopt;
    return seconds(value);
}

milliseconds transferTimeout(seconds total)
{
    return std::min<milliseconds>(total, LongestTransfer);
}

// Unlocks the vault in --dir with the passcode on stdin; nullptr after printing why not.
std::unique_ptr<Vault> unlockVault(const QCommandLineParser &args, int &exitCode)
{
    auto vault = std::make_unique<Vault>(args.value(QStringLiteral("dir")));
    if (!vault->exists()) {
        exitCode = fail(QStringLiteral("no Hearth vault in ") + vault->directory());
        return nullptr;
    }
    const Wiped passcode { readSecretLine() };
    if (auto ok = vault->unlock(passcode.bytes); !ok) {
        exitCode = fail(ok.error());
        return nullptr;
    }
    return vault;
}

// Runs the event loop until done() or the time is up. Enrolment reports bad input by
// emitting at once, before the loop would run, hence the check before exec().
template<typename Done> void runUntil(QEventLoop &loop, seconds timeout, Done done)
{
    if (done())
        return;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    loop.exec();
}

// What enrol was asked to do, checked before the passcode is read.
struct EnrolRequestArgs
{
    QUrl server;
    QString code;
    QString pin; // normalised; empty when not given
    QString name;
    seconds timeout {};
};

std::optional<EnrolRequestArgs> enrolArgs(const QCommandLineParser &args, int &exitCode)
{
    const auto refuse = [&exitCode](const QString &message) {
        exitCode = usage(message);
        return std::nullopt;
    };
    if (!args.isSet(QStringLiteral("dir")))
        return refuse(QStringLiteral("--dir DIR is required"));
    EnrolRequestArgs request;
    const bool direct = args.isSet(QStringLiteral("server")) || args.isSet(QStringLiteral("code"));
    if (args.isSet(QStringLiteral("payload"))) {
        if (direct)
            return refuse(QStringLiteral("give either --payload or --server and --code, not both"));
        auto parsed = Enrolment::parsePayload(args.value(QStringLiteral("payload")));
        if (!parsed)
            return refuse(parsed.error());
        request.server = parsed->first;
        request.code = parsed->second;
    } else {
        if (!args.isSet(QStringLiteral("server")) || !args.isSet(QStringLiteral("code")))
            return refuse(QStringLiteral("enrol needs --server URL and --code CODE, or --payload"));
        auto server = Enrolment::checkServerUrl(
            QUrl(args.value(QStringLiteral("server")), QUrl::StrictMode));
        if (!server)
            return refuse(server.error());
        request.server = server.value();
        request.code = args.value(QStringLiteral("code"));
    }
    if (args.isSet(QStringLiteral("pin"))) {
        if (request.server.scheme() != QLatin1String("https"))
            return refuse(QStringLiteral("--pin is only for https servers"));
        request.pin = Enrolment::normalisePin(args.value(QStringLiteral("pin")));
        if (request.pin.isEmpty())
            return refuse(QStringLiteral("--pin must be the server's certificate fingerprint (64 "
                                         "hex digits, colons allowed)"));
    }
    const QString host = QHostInfo::localHostName();
    request.name = args.isSet(QStringLiteral("name"))
        ? args.value(QStringLiteral("name")).simplified()
        : (host.isEmpty() ? QStringLiteral("hearthctl") : QStringLiteral("hearthctl on ") + host);
    if (request.name.isEmpty() || request.name.size() > 100)
        return refuse(QStringLiteral("--name must be 1 to 100 characters"));
    const auto timeout = timeoutOption(args, DefaultEnrolTimeout);
    if (!timeout)
        return refuse(QStringLiteral("--timeout must be a whole number of seconds (1-3600)"));
    request.timeout = *timeout;
    return request;
}

// The server's pin as seen now, or the reason there is none (fail() already printed).
std::optional<QString> probe(Enrolment &enrolment, const EnrolRequestArgs &request, int &exitCode)
{
    QEventLoop loop;
    std::optional<QString> pin;
    std::optional<QString> problem;
    QObject::connect(&enrolment, &Enrolment::probed, &loop, [&](const QString &probed) {
        pin = probed;
        loop.quit();
    });
    QObject::connect(&enrolment, &Enrolment::failed, &loop, [&](const QString &message) {
        problem = message;
        loop.quit();
    });
    enrolment.probe(request.server);
    runUntil(loop, request.timeout, [&] { return pin || problem; });
    QObject::disconnect(&enrolment, nullptr, &loop, nullptr);
    if (pin)
        return pin;
    enrolment.cancel();
    exitCode = fail(problem ? *problem
                            : QStringLiteral("no answer from %1 within %2 s")
                                  .arg(request.server.toDisplayString())
                                  .arg(request.timeout.count()));
    return std::nullopt;
}

} // namespace

int enrolCommand(const QCommandLineParser &args)
{
    int exitCode = 0;
    const auto request = enrolArgs(args, exitCode);
    if (!request)
        return exitCode;
    const auto vault = unlockVault(args, exitCode);
    if (!vault)
        return exitCode;
    // Said before any network traffic, so a second enrol never touches a server.
    const auto existing = SyncStore(vault->database()).enrolment();
    if (!existing)
        return fail(existing.error());
    if (existing.value())
        return fail(QStringLiteral("this device is already enrolled with ")
            + existing.value()->info.server.toDisplayString());

    QNetworkAccessManager network;
    Enrolment enrolment(*vault, network, Clock::system());
    enrolment.setTransferTimeout(int(transferTimeout(request->timeout).count()));
    const auto probed = probe(enrolment, *request, exitCode);
    if (!probed)
        return exitCode;
    // A person confirms the key out of band: hearthctl never trusts a first sight on its own.
    if (request->server.scheme() == QLatin1String("https")) {
        const QString seen = Enrolment::formatFingerprint(*probed);
        if (request->pin.isEmpty())
            return fail(QStringLiteral("the server's certificate fingerprint is %1; check it with "
                                       "your agency, then pass it with --pin to enrol")
                            .arg(seen));
        if (request->pin != *probed)
            return fail(QStringLiteral("the server's certificate fingerprint is %1, not the "
                                       "--pin %2; nothing was sent. Check the address and the "
                                       "fingerprint with your agency")
                            .arg(seen, Enrolment::formatFingerprint(request->pin)));
    }

    QEventLoop loop;
    std::optional<EnrolmentInfo> enrolled;
    std::optional<QString> problem;
    QObject::connect(&enrolment, &Enrolment::enrolled, &loop, [&](const EnrolmentInfo &info) {
        enrolled = info;
        loop.quit();
    });
    QObject::connect(&enrolment, &Enrolment::failed, &loop, [&](const QString &message) {
        problem = message;
        loop.quit();
    });
    enrolment.enrol(request->server, request->code, request->name, request->pin);
    runUntil(loop, request->timeout, [&] { return enrolled || problem; });
    if (!enrolled) {
        enrolment.cancel();
        return fail(problem ? *problem
                            : QStringLiteral("no answer from %1 within %2 s; the device is not "
                                             "enrolled")
                                  .arg(request->server.toDisplayString())
                                  .arg(request->timeout.count()));
    }
    std::printf("device id: %s\npractitioner: %s (%s)\nserver: %s\n",
        qPrintable(enrolled->deviceId), qPrintable(enrolled->practitionerName),
        qPrintable(enrolled->practitionerId), qPrintable(enrolled->server.toDisplayString()));
    if (!enrolled->pinHex.isEmpty())
        std::printf("certificate fingerprint: %s\n",
            qPrintable(Enrolment::formatFingerprint(enrolled->pinHex)));
    return 0;
}

int syncCommand(const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("dir")))
        return usage(QStringLiteral("--dir DIR is required"));
    const auto timeout = timeoutOption(args, DefaultSyncTimeout);
    if (!timeout)
        return usage(QStringLiteral("--timeout must be a whole number of seconds (1-3600)"));
    int exitCode = 0;
    const auto vault = unlockVault(args, exitCode);
    if (!vault)
        return exitCode;

    QNetworkAccessManager network;
    SyncEngine engine(*vault, network, Clock::system());
    engine.setRetryAutomatically(false);
    engine.setTransferTimeout(transferTimeout(*timeout));
    // The engine starts nothing for these; say why instead of waiting for an attempt.
    const auto enrolment = engine.enrolment();
    if (!enrolment)
        return fail(QStringLiteral("this device is not enrolled with an agency server; enrol it "
                                   "first with hearthctl enrol"));
    if (enrolment->revoked)
        return fail(SyncMessages::revoked());

    QEventLoop loop;
    std::optional<SyncAttempt> attempt;
    QObject::connect(&engine, &SyncEngine::attemptFinished, &loop, [&](const SyncAttempt &done) {
        attempt = done;
        loop.quit();
    });
    engine.start(SyncTrigger::Manual);
    if (!attempt && !engine.isRunning())
        return fail(QStringLiteral("the sync could not start (the device identity could not be "
                                   "read from the vault)"));
    runUntil(loop, *timeout, [&] { return attempt.has_value(); });
    const bool timedOut = !attempt;
    if (timedOut)
        engine.cancel(); // aborts the request and reports a cancelled attempt at once
    if (!attempt)
        return fail(QStringLiteral("the sync did not finish"));
    std::printf("server: %s\nsent: %d\nacknowledged: %d\ndownloaded: %d\nwaiting: %d\n",
        qPrintable(enrolment->server.toDisplayString()), attempt->sent, attempt->acknowledged,
        attempt->downloaded, engine.waitingCount());
    if (attempt->outcome == SyncAttempt::Outcome::Success) {
        // A success can still carry news: supervision records that were refused.
        if (!attempt->message.isEmpty())
            std::printf("note: %s\n", qPrintable(attempt->message));
        return 0;
    }
    if (timedOut)
        return fail(QStringLiteral("the sync did not finish within %1 s; signed records are safe "
                                   "on this device and will be sent next time")
                        .arg(timeout->count()));
    return fail(attempt->message.isEmpty() ? syncOutcomeName(attempt->outcome) : attempt->message);
}

} // namespace hearth::cli
