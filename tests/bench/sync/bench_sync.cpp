// Device sync against the real hearth-server process (SQLite, plain http on 127.0.0.1): one
// attempt sending 10,000 queued signed records until all are acknowledged, and one attempt
// downloading a 10,000-child caseload into the vault. Only the attempt is timed; the vault,
// signing, server, import and enrolment are set up before it. Figures are printed, never
// asserted.
#include "model/caseloadrepository.h"
#include "syncserver.h"
#include "tablet.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

using namespace hearth;

namespace {
constexpr int recordCount = 10000;
constexpr int childCount = 10000;

// An enrolled tablet beside a fresh server, or why there is none.
struct Setup
{
    SyncServer server;
    Tablet tablet;
    std::unique_ptr<CaseloadRepository> repository; // only when the download is measured
    QString error;

    // `beforeEnrol` runs once the server is up (an import, say); it returns an error or empty.
    template<typename BeforeEnrol> explicit Setup(BeforeEnrol beforeEnrol)
    {
        error = server.create();
        if (error.isEmpty())
            error = server.start();
        if (error.isEmpty())
            error = beforeEnrol(server);
        if (error.isEmpty())
            error = tablet.create();
        if (error.isEmpty())
            error = tablet.enrol(server.url(), server.newCode());
    }
    ~Setup() { tablet.dropEngine(); } // before the repository it may write through
};

// Runs one manual attempt, timed by hand (the engine is made beforehand, as the app makes it
// at unlock); nullopt, with the benchmark skipped, when it did not succeed.
std::optional<SyncAttempt> timedAttempt(benchmark::State &state, Tablet &tablet, double &seconds)
{
    state.ResumeTiming();
    QElapsedTimer timer;
    timer.start();
    const SyncAttempt attempt = tablet.sync(120000);
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    state.PauseTiming();
    state.SetIterationTime(elapsed);
    if (attempt.outcome != SyncAttempt::Outcome::Success) {
        state.SkipWithError(
            qPrintable(QStringLiteral("the attempt did not succeed (%1): %2")
                           .arg(syncOutcomeName(attempt.outcome), attempt.message)));
        return std::nullopt;
    }
    seconds += elapsed;
    return attempt;
}

void BM_Upload10000Records(benchmark::State &state)
{
    state.SetLabel("target: 10,000 records in under 10 s (>= 1,000 records/s)");
    qint64 records = 0;
    double seconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto setup = std::make_unique<Setup>([](SyncServer &) { return QString(); });
        if (setup->error.isEmpty() && !setup->tablet.sign(recordCount))
            setup->error = QStringLiteral("signing the records failed");
        if (!setup->error.isEmpty()) {
            state.SkipWithError(qPrintable(setup->error));
            return;
        }
        setup->tablet.engine();
        const auto attempt = timedAttempt(state, setup->tablet, seconds);
        if (!attempt)
            return;
        const qint64 stored = setup->server.device(setup->tablet.deviceId())
                                  .value(QStringLiteral("records"))
                                  .toInteger();
        if (attempt->acknowledged != recordCount || setup->tablet.waiting() != 0
            || stored != recordCount) {
            state.SkipWithError(qPrintable(
                QStringLiteral("after the attempt: %1 acknowledged, %2 still waiting, %3 stored")
                    .arg(attempt->acknowledged)
                    .arg(setup->tablet.waiting())
                    .arg(stored)));
            return;
        }
        records += recordCount;
        setup.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(records);
    state.counters["records_per_second"] = double(records) / seconds;
}

QString uuid(int kind, int n)
{
    return QStringLiteral("%1-4a5e-4b1d-8c0f-%2")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(n, 12, 16, QLatin1Char('0'));
}

// A fictional caseload (docs/caseload-format.md): two children per household, one adult per
// household who is each child's mother, so 10,000 children come with 5,000 households, 5,000
// adults and 10,000 links (30,000 entries in all; the figure counts children only, as CommCare
// counts cases).
QByteArray caseload(int children)
{
    const QString agency = QStringLiteral("agency");
    QJsonArray households, kids, adults, links;
    for (int i = 0; i < children; ++i) {
        const int h = i / 2;
        if (i % 2 == 0) {
            households.append(QJsonObject { { QStringLiteral("id"), uuid(1, h) },
                { QStringLiteral("source"), agency },
                { QStringLiteral("address"), QStringLiteral("%1 Example Row, Exampletown").arg(h) },
                { QStringLiteral("postcode"), QStringLiteral("ZZ99 1AA") },
                { QStringLiteral("notes"), QStringLiteral("Fictional benchmark household.") } });
            adults.append(QJsonObject { { QStringLiteral("id"), uuid(3, h) },
                { QStringLiteral("source"), agency }, { QStringLiteral("householdId"), uuid(1, h) },
                { QStringLiteral("givenName"), QStringLiteral("Sam") },
                { QStringLiteral("familyName"), QStringLiteral("Example-%1").arg(h) },
                { QStringLiteral("notes"), QString() } });
        }
        kids.append(QJsonObject { { QStringLiteral("id"), uuid(2, i) },
            { QStringLiteral("source"), agency }, { QStringLiteral("householdId"), uuid(1, h) },
            { QStringLiteral("givenName"), i % 2 ? QStringLiteral("Bo") : QStringLiteral("Ada") },
            { QStringLiteral("familyName"), QStringLiteral("Example-%1").arg(h) },
            { QStringLiteral("knownAs"), QString() },
            { QStringLiteral("dateOfBirth"),
                QDate(2024, 1, 1).addDays(i % 700).toString(Qt::ISODate) },
            { QStringLiteral("expectedDate"), QJsonValue::Null },
            { QStringLiteral("sex"), i % 2 ? QStringLiteral("male") : QStringLiteral("female") },
            { QStringLiteral("ethnicity"), QString() },
            { QStringLiteral("firstLanguage"), QStringLiteral("English") },
            { QStringLiteral("religion"), QString() },
            { QStringLiteral("communicationNeeds"), QString() },
            { QStringLiteral("disability"), QString() } });
        links.append(QJsonObject { { QStringLiteral("childId"), uuid(2, i) },
            { QStringLiteral("adultId"), uuid(3, h) },
            { QStringLiteral("role"), QStringLiteral("mother") },
            { QStringLiteral("relationship"), QStringLiteral("birth mother") },
            { QStringLiteral("livesWithChild"), true },
            { QStringLiteral("caresForChild"), true } });
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("households"), households },
            { QStringLiteral("children"), kids }, { QStringLiteral("adults"), adults },
            { QStringLiteral("links"), links } })
        .toJson(QJsonDocument::Compact);
}

QString importCaseload(SyncServer &server)
{
    QFile file(server.dir() + QStringLiteral("/caseload.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(caseload(childCount)) < 0)
        return QStringLiteral("could not write the caseload file");
    file.close();
    const AdminResult imported = server.admin({ QStringLiteral("import"), file.fileName(),
        QStringLiteral("--assign-to"), QStringLiteral("hv-0042") });
    return imported.exitCode == 0 ? QString() : imported.err;
}

void BM_Download10000Children(benchmark::State &state)
{
    state.SetLabel("target: 10,000 children in under 5 s (>= 2,000 cases/s; CommCare's published "
                   "guidance is ~25 cases/s)");
    qint64 cases = 0;
    double seconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto setup = std::make_unique<Setup>(importCaseload);
        if (!setup->error.isEmpty()) {
            state.SkipWithError(qPrintable(setup->error));
            return;
        }
        // Written through a repository whose index is already loaded, as in the app.
        Tablet &tablet = setup->tablet;
        setup->repository
            = std::make_unique<CaseloadRepository>(tablet.vault().database(), tablet.clock);
        if (!setup->repository->children()) {
            state.SkipWithError("the empty caseload could not be read");
            return;
        }
        tablet.engine().setCaseloadRepository(setup->repository.get());
        if (!timedAttempt(state, tablet, seconds))
            return;
        const auto counted
            = tablet.vault().database().scalar(QStringLiteral("SELECT count(*) FROM child"));
        const qint64 stored = counted ? counted.value() : -1;
        const auto listed = setup->repository->children();
        if (stored != childCount || !listed || listed->size() != childCount) {
            state.SkipWithError(
                qPrintable(QStringLiteral("after the attempt: %1 children stored, %2 listed")
                               .arg(stored)
                               .arg(listed ? listed->size() : -1)));
            return;
        }
        cases += childCount;
        setup.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(cases);
    state.counters["cases_per_second"] = double(cases) / seconds;
}
} // namespace

// Each iteration needs a fresh outbox or an empty vault, so iterations are few and explicit.
// The CPU column is this process's (the tablet side, network thread included) during the
// attempt; the server's work is the rest of the wall time.
BENCHMARK(BM_Upload10000Records)
    ->Iterations(2)
    ->UseManualTime()
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Download10000Children)
    ->Iterations(2)
    ->UseManualTime()
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);

// The test support waits with QTest::qWaitFor and QSignalSpy, which need an application object
// and its event loop; BENCHMARK_MAIN makes none.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
