// Server throughput against the real process. Figures: verified ingest records/s (batches of
// 500, eight devices at once) beside a plain INSERT of the same rows without HTTP or
// verification, and the seconds a device needs to download a 10,000-child caseload.
#include "benchdata.h"
#include "record/devicekeypair.h"
#include "recordbatch.h"
#include "serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <functional>
#include <map>
#include <unistd.h>

using namespace hearth;

namespace {
// Batches as tablets send them (SyncRun's batch size, the server's largest), from enough devices
// at once that the server always has a batch to verify while another is being stored.
constexpr int deviceCount = 8;
constexpr int batchSize = 500;
constexpr int rounds = 3; // per benchmark iteration: 8 x 3 x 500 = 12,000 records

std::map<std::string, double> verifiedRate;
std::map<std::string, double> plainRate;
std::map<std::string, double> serverCpuPerRecord;
std::map<std::string, double> databaseCpuPerRecord;

// CPU seconds (user and system, all threads) the process has used so far: with the machine
// shared, how much of it the server needed per record says more than the rate alone.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces: utime and
    // stime are fields 14 and 15 of the line, so 12 and 13 here.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 14)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds used so far by each PostgreSQL backend process serving the benchmark's database
// (the server's connections), by process id: on PostgreSQL storing costs a second process per
// connection, which the server's own figure leaves out. Empty on SQLite.
std::map<qint64, double> databaseCpu(const TestBackend &backend, TestBackend::Kind kind)
{
    std::map<qint64, double> used;
    if (kind != TestBackend::Kind::Postgres)
        return used;
    QSqlQuery query(backend.database());
    if (!query.exec(
            QStringLiteral("SELECT pid FROM pg_stat_activity"
                           " WHERE datname = current_database() AND pid <> pg_backend_pid()")))
        return used;
    while (query.next())
        used[query.value(0).toLongLong()] = cpuSeconds(query.value(0).toLongLong());
    return used;
}

// What the backends used between two readings; one that connected in between used all of its.
double databaseCpuBetween(
    const std::map<qint64, double> &before, const std::map<qint64, double> &after)
{
    double used = 0;
    for (const auto &[pid, seconds] : after) {
        const auto earlier = before.find(pid);
        used += seconds - (earlier == before.end() ? 0 : earlier->second);
    }
    return used;
}

QString backendName(TestBackend::Kind kind)
{
    return kind == TestBackend::Kind::Postgres ? QStringLiteral("postgresql")
                                               : QStringLiteral("sqlite");
}

struct Stack
{
    std::unique_ptr<TestBackend> backend;
    std::unique_ptr<ServerProcess> server;
    QString error;

    explicit Stack(TestBackend::Kind kind)
        : backend(std::make_unique<TestBackend>(kind))
    {
        error = backend->create();
        if (error.isEmpty()) {
            server = std::make_unique<ServerProcess>();
            error = server->start(backend->storeArguments());
        }
    }
    std::unique_ptr<TestDevice> enrol()
    {
        const AdminResult code = runAdmin(backend->storeArguments(),
            { QStringLiteral("enrol-code"), QStringLiteral("--practitioner"),
                QStringLiteral("hv-0042"), QStringLiteral("--json") });
        auto device = std::make_unique<TestDevice>();
        const QString text = QString::fromUtf8(code.out).section(u'"', 3, 3);
        device->enrol(server->url(QStringLiteral("/v1/enrol")), text);
        return device;
    }
};

// Sends every device's batches in order, all devices at once; returns false on any non-200.
bool uploadConcurrently(std::vector<std::unique_ptr<TestDevice>> &devices,
    const std::vector<QList<QByteArray>> &batches, const QUrl &url)
{
    int running = int(devices.size());
    bool ok = true;
    QEventLoop loop;
    std::function<void(std::size_t, int)> next = [&](std::size_t d, int b) {
        if (b == batches[d].size()) {
            if (--running == 0)
                loop.quit();
            return;
        }
        QNetworkRequest request(url);
        for (const auto &[name, value] : devices[d]->signedHeaders("POST", url, batches[d][b]))
            request.setRawHeader(name, value);
        request.setRawHeader("Content-Type", RecordBatch::contentType);
        QNetworkReply *reply = devices[d]->network.post(request, batches[d][b]);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, d, b]() {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ok = false;
            next(d, b + 1);
        });
    };
    for (std::size_t d = 0; d < devices.size(); ++d)
        next(d, 0);
    loop.exec();
    return ok;
}

void ingestVerified(benchmark::State &state, TestBackend::Kind kind)
{
    Stack stack(kind);
    if (!stack.error.isEmpty()) {
        state.SkipWithError(qPrintable(stack.error));
        return;
    }
    std::vector<std::unique_ptr<TestDevice>> devices;
    for (int d = 0; d < deviceCount; ++d)
        devices.push_back(stack.enrol());
    const QUrl url = stack.server->url(QStringLiteral("/v1/records"));
    qint64 records = 0;
    double seconds = 0;
    double serverCpu = 0;
    double dbCpu = 0;
    const qint64 serverPid = stack.server->processId();
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<QList<QByteArray>> batches(devices.size());
        for (std::size_t d = 0; d < devices.size(); ++d) {
            for (int r = 0; r < rounds; ++r)
                batches[d].append(RecordBatch::build(devices[d]->makeRecords(batchSize)));
        }
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(serverPid);
        const auto dbBefore = databaseCpu(*stack.backend, kind);
        if (!uploadConcurrently(devices, batches, url)) {
            state.SkipWithError("an upload failed");
            return;
        }
        seconds += double(timer.nsecsElapsed()) / 1e9;
        serverCpu += cpuSeconds(serverPid) - cpuBefore;
        dbCpu += databaseCpuBetween(dbBefore, databaseCpu(*stack.backend, kind));
        records += deviceCount * rounds * batchSize;
    }
    state.SetItemsProcessed(records);
    state.counters["records_per_s"] = double(records) / seconds;
    state.counters["server_cpu_us_per_record"] = serverCpu * 1e6 / double(records);
    verifiedRate[backendName(kind).toStdString()] = double(records) / seconds;
    serverCpuPerRecord[backendName(kind).toStdString()] = serverCpu * 1e6 / double(records);
    if (kind == TestBackend::Kind::Postgres) {
        state.counters["database_cpu_us_per_record"] = dbCpu * 1e6 / double(records);
        databaseCpuPerRecord[backendName(kind).toStdString()] = dbCpu * 1e6 / double(records);
    }
}

// The same kind of rows (envelope bytes and their columns) inserted straight into the table in
// transactions of one batch: what storage alone costs, without HTTP, authentication or
// verification.
void plainInsert(benchmark::State &state, TestBackend::Kind kind)
{
    Stack stack(kind);
    if (!stack.error.isEmpty()) {
        state.SkipWithError(qPrintable(stack.error));
        return;
    }
    auto device = stack.enrol();
    QSqlDatabase db = stack.backend->database();
    qint64 records = 0;
    double seconds = 0;
    qint64 seq = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QList<QByteArray> rows;
        for (int r = 0; r < deviceCount * rounds; ++r)
            rows += device->makeRecords(batchSize);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO records (id, device_id, seq, chain_hash, envelope, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i % batchSize == 0)
                db.transaction();
            insert.bindValue(0, QStringLiteral("row-%1").arg(++seq));
            insert.bindValue(1, device->id);
            insert.bindValue(2, seq);
            insert.bindValue(3, QString(64, u'0'));
            insert.bindValue(4, rows[i]);
            insert.bindValue(5, QStringLiteral("2026-01-01T00:00:00.000Z"));
            if (!insert.exec()) {
                state.SkipWithError(qPrintable(insert.lastError().text()));
                return;
            }
            if (i % batchSize == batchSize - 1)
                db.commit();
        }
        seconds += double(timer.nsecsElapsed()) / 1e9;
        records += rows.size();
    }
    state.SetItemsProcessed(records);
    state.counters["records_per_s"] = double(records) / seconds;
    plainRate[backendName(kind).toStdString()] = double(records) / seconds;
}

void caseloadDownload(benchmark::State &state, TestBackend::Kind kind)
{
    Stack stack(kind);
    if (!stack.error.isEmpty()) {
        state.SkipWithError(qPrintable(stack.error));
        return;
    }
    const QString file = stack.backend->dir() + QStringLiteral("/caseload.json");
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(benchdata::caseload(10000));
    out.close();
    const AdminResult imported = runAdmin(stack.backend->storeArguments(),
        { QStringLiteral("import"), file, QStringLiteral("--assign-to"),
            QStringLiteral("hv-0042") });
    if (imported.exitCode != 0) {
        state.SkipWithError(qPrintable(imported.err));
        return;
    }
    auto device = stack.enrol();
    for (auto _ : state) {
        int children = 0;
        QString cursor = QStringLiteral("0");
        for (bool more = true; more;) {
            const Reply page = device->request("GET",
                stack.server->url(QStringLiteral("/v1/caseload?limit=5000&cursor=") + cursor));
            children += int(page.json[u"children"].items().size());
            cursor = page.json[u"nextCursor"].toString();
            more = page.status == 200 && page.json[u"more"].toBool();
        }
        if (children != 10000) {
            state.SkipWithError("the download did not bring 10,000 children");
            return;
        }
    }
}

void registerAll(TestBackend::Kind kind)
{
    const std::string name = backendName(kind).toStdString();
    benchmark::RegisterBenchmark(("ingest_verified/" + name).c_str(), ingestVerified, kind)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(3);
    benchmark::RegisterBenchmark(("insert_plain/" + name).c_str(), plainInsert, kind)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(3);
    benchmark::RegisterBenchmark(
        ("caseload_download_10000/" + name).c_str(), caseloadDownload, kind)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(3);
}
// Bare Ed25519 verifications per second on one core, measured now: on a shared machine the
// ceiling moves with the load, so the ingest figure is printed beside it.
double rawVerifiesPerSecond()
{
    const DeviceKeyPair key = DeviceKeyPair::generate();
    const QByteArray message(600, 'x'); // about one envelope's signing input
    const QByteArray signature = key.sign(message);
    QElapsedTimer timer;
    timer.start();
    int verified = 0;
    while (timer.elapsed() < 300) {
        for (int i = 0; i < 100; ++i)
            verified += DeviceKeyPair::verify(message, signature, key.publicKey()) ? 1 : 0;
    }
    return double(verified) / (double(timer.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    registerAll(TestBackend::Kind::Sqlite);
    if (!TestBackend::postgresUrl().isEmpty())
        registerAll(TestBackend::Kind::Postgres);
    else
        std::printf(
            "PostgreSQL not configured (HEARTH_TEST_PG_URL is not set): SQLite figures only\n");
    const double rawBefore = rawVerifiesPerSecond();
    benchmark::RunSpecifiedBenchmarks();
    std::printf("raw Ed25519 verify on one core now: %.0f/s before, %.0f/s after the benchmarks\n",
        rawBefore, rawVerifiesPerSecond());
    for (const auto &[backend, verified] : verifiedRate) {
        const double plain = plainRate.count(backend) ? plainRate[backend] : 0;
        const QByteArray database = databaseCpuPerRecord.count(backend)
            ? QByteArray(", database CPU ")
                + QByteArray::number(databaseCpuPerRecord[backend], 'f', 0) + " us"
            : QByteArray();
        std::printf("%s: verified ingest %.0f records/s (server CPU %.0f us per record%s), plain "
                    "insert %.0f records/s, ratio %.2f (target >= 10000 verified records/s on 2 "
                    "cores)\n",
            backend.c_str(), verified, serverCpuPerRecord[backend], database.constData(), plain,
            plain > 0 ? verified / plain : 0.0);
    }
    benchmark::Shutdown();
    return 0;
}
