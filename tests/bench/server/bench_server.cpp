// Server throughput against the real process. Figures: verified ingest records/s (batches of
// 100, several devices at once) beside a plain INSERT of the same rows without HTTP or
// verification, and the seconds a device needs to download a 10,000-child caseload.
#include "benchdata.h"
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

using namespace hearth;

namespace {
constexpr int deviceCount = 4;
constexpr int batchSize = 100;
constexpr int rounds = 10; // per benchmark iteration: 4 x 10 x 100 = 4,000 records

std::map<std::string, double> verifiedRate;
std::map<std::string, double> plainRate;

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
        if (!uploadConcurrently(devices, batches, url)) {
            state.SkipWithError("an upload failed");
            return;
        }
        seconds += double(timer.nsecsElapsed()) / 1e9;
        records += deviceCount * rounds * batchSize;
    }
    state.SetItemsProcessed(records);
    state.counters["records_per_s"] = double(records) / seconds;
    verifiedRate[backendName(kind).toStdString()] = double(records) / seconds;
}

// The same kind of rows (envelope bytes and their columns) inserted straight into the table in
// transactions of 100: what storage alone costs, without HTTP, authentication or verification.
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
    benchmark::RunSpecifiedBenchmarks();
    for (const auto &[backend, verified] : verifiedRate) {
        const double plain = plainRate.count(backend) ? plainRate[backend] : 0;
        std::printf("%s: verified ingest %.0f records/s, plain insert %.0f records/s, ratio %.2f "
                    "(target >= 10000 verified records/s on 2 cores)\n",
            backend.c_str(), verified, plain, plain > 0 ? verified / plain : 0.0);
    }
    benchmark::Shutdown();
    return 0;
}
