// hearth-server: the agency's sync service. Composition root only: parse options, open the
// store, check its schema and the server key, start the HTTP service.
#include "database.h"
#include "httpoptions.h"
#include "httpservice.h"
#include "ingestservice.h"
#include "migrations.h"
#include "offsetclock.h"
#include "serverkey.h"
#include "servicecontext.h"
#include "settingsstore.h"
#include "storeoptions.h"
#include "supervisionflags.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QThread>

#include <cstdio>
#include <optional>

#include <sys/stat.h>

using namespace hearth;
using namespace hearth::server;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "hearth-server: %s\n", qUtf8Printable(message));
    return 1;
}

// "HOST:PORT", "[v6]:PORT" or ":PORT".
bool parseListen(const QString &text, QHostAddress &address, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    port = quint16(value);
    address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    return !address.isNull();
}
} // namespace

int main(int argc, char **argv)
{
    ::umask(077); // whatever the server creates (SQLite journals, logs) is its own only
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hearth-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hearth agency sync service (see server/README.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    StoreOptions storeOptions;
    storeOptions.addTo(parser);
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1:8443)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"), QStringLiteral("PEM certificate."), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("FILE"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
        QStringLiteral("Largest request body in bytes."), QStringLiteral("BYTES"),
        QStringLiteral("8388608"));
    const QCommandLineOption skew(QStringLiteral("skew"),
        QStringLiteral("Allowed request clock skew in seconds."), QStringLiteral("SECONDS"),
        QStringLiteral("300"));
    const QCommandLineOption threads(QStringLiteral("threads"),
        QStringLiteral("Worker threads (default: cores x 2)."), QStringLiteral("N"));
    const QCommandLineOption consoleIdle(QStringLiteral("console-idle"),
        QStringLiteral("Console sessions end after this many idle seconds (900)."),
        QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption consoleLifetime(QStringLiteral("console-lifetime"),
        QStringLiteral("Console sessions end this many seconds after sign-in (28800)."),
        QStringLiteral("SECONDS"), QStringLiteral("28800"));
    const QCommandLineOption consoleBehindTls(QStringLiteral("console-behind-tls"),
        QStringLiteral(
            "Browsers reach the console over HTTPS at a proxy (implied by --tls-cert)."));
    const QCommandLineOption reviewInterval(QStringLiteral("review-interval-days"),
        QStringLiteral("A child joins the console's review queue this many days after its last "
                       "supervisor review (90)."),
        QStringLiteral("DAYS"), QStringLiteral("90"));
    const QCommandLineOption concernCount(QStringLiteral("concern-count"),
        QStringLiteral("... or after this many records with concern since the last review (3)"),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption concernMonths(QStringLiteral("concern-months"),
        QStringLiteral("... within this many months (6)."), QStringLiteral("MONTHS"),
        QStringLiteral("6"));
    const QCommandLineOption agencyName(QStringLiteral("agency-name"),
        QStringLiteral("The agency's name, printed at the top of a chronology from the console."),
        QStringLiteral("NAME"));
    const QCommandLineOption pack(QStringLiteral("pack"),
        QStringLiteral("The agency's content pack (JSON): the console judges pattern flags with "
                       "its rules instead of the built-in England pack's."),
        QStringLiteral("FILE"));
    parser.addOptions(
        { listen, tlsCert, tlsKey, maxBody, skew, threads, consoleIdle, consoleLifetime,
            consoleBehindTls, reviewInterval, concernCount, concernMonths, agencyName, pack });
    const HttpOptions httpOptions;
    httpOptions.addTo(parser);
    parser.process(app);

    auto resolved = storeOptions.resolve(parser);
    if (!resolved)
        return fail(resolved.error());
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), address, port))
        return fail(QStringLiteral("--listen must be HOST:PORT"));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("give both --tls-cert and --tls-key, or neither"));

    ServiceLimits limits;
    bool ok = true;
    limits.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || limits.maxBodyBytes < 1024)
        return fail(QStringLiteral("--max-body must be at least 1024"));
    limits.skewSeconds = parser.value(skew).toLongLong(&ok);
    if (!ok || limits.skewSeconds < 1)
        return fail(QStringLiteral("--skew must be a positive number of seconds"));
    limits.consoleIdleSeconds = parser.value(consoleIdle).toLongLong(&ok);
    if (!ok || limits.consoleIdleSeconds < 60)
        return fail(QStringLiteral("--console-idle must be at least 60 seconds"));
    limits.consoleAbsoluteSeconds = parser.value(consoleLifetime).toLongLong(&ok);
    if (!ok || limits.consoleAbsoluteSeconds < limits.consoleIdleSeconds)
        return fail(QStringLiteral("--console-lifetime must be at least --console-idle"));
    limits.consoleBehindTls = parser.isSet(consoleBehindTls) || parser.isSet(tlsCert);
    limits.queue.reviewIntervalDays = parser.value(reviewInterval).toLongLong(&ok);
    if (!ok || limits.queue.reviewIntervalDays < 1 || limits.queue.reviewIntervalDays > 3660)
        return fail(QStringLiteral("--review-interval-days must be between 1 and 3660"));
    limits.queue.concernCount = parser.value(concernCount).toLongLong(&ok);
    if (!ok || limits.queue.concernCount < 1 || limits.queue.concernCount > 1000)
        return fail(QStringLiteral("--concern-count must be between 1 and 1000"));
    limits.queue.concernMonths = parser.value(concernMonths).toLongLong(&ok);
    if (!ok || limits.queue.concernMonths < 1 || limits.queue.concernMonths > 120)
        return fail(QStringLiteral("--concern-months must be between 1 and 120"));
    limits.agencyName = parser.value(agencyName).trimmed();
    if (limits.agencyName.size() > 200
        || std::any_of(limits.agencyName.cbegin(), limits.agencyName.cend(),
            [](QChar c) { return c.category() == QChar::Other_Control; }))
        return fail(QStringLiteral("--agency-name must be at most 200 characters, no control "
                                   "characters"));
    // A bad pack stops the start: judging with no rules, or with the wrong ones, would hide every
    // flag the agency tuned its pack to raise.
    std::optional<SupervisionFlags> agencyPack;
    if (parser.isSet(pack)) {
        QFile file(parser.value(pack));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--pack %1: %2").arg(file.fileName(), file.errorString()));
        auto read = SupervisionFlags::fromPack(file.readAll());
        if (!read)
            return fail(QStringLiteral("--pack %1 is not a usable content pack: %2")
                            .arg(file.fileName(), read.error()));
        agencyPack = std::move(read.value());
    }
    const SupervisionFlags &flags = agencyPack ? *agencyPack : SupervisionFlags::builtIn();
    if (flags.rules().isEmpty())
        return fail(QStringLiteral("the content pack has no pattern rules"));
    int workers = std::max(2, QThread::idealThreadCount() * 2);
    if (parser.isSet(threads)) {
        workers = parser.value(threads).toInt(&ok);
        if (!ok || workers < 1 || workers > 256)
            return fail(QStringLiteral("--threads must be between 1 and 256"));
    }
    auto http = httpOptions.resolve(parser);
    if (!http)
        return fail(http.error());
    if (const QString notice = HttpOptions::fitOpenFileLimit(http->limits); !notice.isEmpty())
        std::fprintf(stderr, "hearth-server: %s\n", qUtf8Printable(notice));

    if (auto private_ = StoreOptions::checkPrivate(*resolved); !private_)
        return fail(private_.error());
    const Database database(resolved->store);
    auto version = Migrations::currentVersion(database);
    if (!version)
        return fail(version.error().message);
    if (*version != Migrations::latestVersion())
        return fail(QStringLiteral(
            "%1 is at schema %2, this server needs %3: run hearth-admin init or migrate")
                        .arg(database.describe())
                        .arg(*version)
                        .arg(Migrations::latestVersion()));
    auto key = ServerKey::load(resolved->keyPath);
    if (!key)
        return fail(key.error());
    auto recordedKey = SettingsStore(database).get(SettingsStore::serverPublicKey);
    if (!recordedKey)
        return fail(recordedKey.error().message);
    if (recordedKey->value_or(QString()) != DeviceKeyPair::toHex(key->publicKey()))
        return fail(QStringLiteral(
            "%1 does not belong to this database (its public key differs from the one "
            "recorded by hearth-admin init)")
                        .arg(resolved->keyPath));

    const OffsetClock clock(resolved->clockOffsetSeconds);
    Metrics metrics;
    IngestService::describeMetrics(metrics);
    HttpService service(ServiceContext { database, clock, *key, limits, metrics, flags },
        HttpService::Options { http->limits, http->metricsReaders, workers,
            std::max(1, QThread::idealThreadCount()) });
    std::optional<HttpService::Tls> tls;
    if (parser.isSet(tlsCert))
        tls = HttpService::Tls { parser.value(tlsCert), parser.value(tlsKey) };
    auto url = service.listen(address, port, tls);
    if (!url)
        return fail(url.error());
    std::fprintf(stderr, "hearth-server: pattern flags from content pack %s %s (%lld rules)\n",
        qUtf8Printable(flags.pack().id), qUtf8Printable(flags.pack().version),
        static_cast<long long>(flags.rules().size()));
    std::printf("listening on %s\n", qUtf8Printable(url->toString()));
    std::fflush(stdout);
    // Asio, not Qt's event loop, serves: run() returns after SIGTERM or SIGINT once the answers
    // in flight are written.
    service.run();
    return 0;
}
