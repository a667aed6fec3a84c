// Vault benchmarks: unlock time at the calibrated Argon2id cost, and the autosave pattern
// (one small row per transaction) in the encrypted vault against the same SQLCipher library
// with no key (plain SQLite pages), with the ratio and p99 latency printed at the end.
#include "vault/database.h"
#include "vault/migrations.h"
#include "vault/vault.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hearth;

namespace {

const QByteArray Passcode = QByteArrayLiteral("bench-passcode-2026");

struct AutosaveFigures
{
    double meanMs = 0;
    double p99Ms = 0;
};
AutosaveFigures g_encrypted;
AutosaveFigures g_plain;

void BM_UnlockAtCalibratedCost(benchmark::State &state)
{
    QTemporaryDir dir;
    Vault vault(dir.path());
    const KdfCost cost = KdfCost::calibrate();
    if (!vault.create(Passcode, RecoveryKeyPair::generate().publicKey, cost)) {
        state.SkipWithError("vault create failed");
        return;
    }
    vault.lock();
    for (auto _ : state) {
        if (!vault.unlock(Passcode))
            state.SkipWithError("unlock failed");
        vault.lock();
    }
    state.counters["opslimit"] = double(cost.opsLimit);
    state.counters["memlimit_MiB"] = double(cost.memLimit >> 20);
}
BENCHMARK(BM_UnlockAtCalibratedCost)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

// One draft row of about 1 KB replaced per transaction, as the visit wizard autosaves.
void autosave(benchmark::State &state, Database &db, AutosaveFigures &figures)
{
    if (!Migrations::migrate(db)) {
        state.SkipWithError("migrate failed");
        return;
    }
    const QString body = QString(1000, QLatin1Char('v'));
    std::vector<double> latencies;
    latencies.reserve(20000);
    qint64 n = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto ok = db.transaction([&]() -> Expected<void, VaultError> {
            auto stmt = db.prepare(
                QStringLiteral("INSERT OR REPLACE INTO draft (id, kind, body, created_utc, "
                               "updated_utc) VALUES (?, 'visit', ?, 'now', 'now')"));
            if (!stmt)
                return unexpected(stmt.error());
            return stmt->bind(1, QString::number(n++ % 50)).bind(2, body).run();
        });
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ok)
            state.SkipWithError("autosave failed");
    }
    std::sort(latencies.begin(), latencies.end());
    double sum = 0;
    for (double l : latencies)
        sum += l;
    figures.meanMs = latencies.empty() ? 0 : sum / double(latencies.size());
    figures.p99Ms = latencies.empty()
        ? 0
        : latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    state.counters["p99_ms"] = figures.p99Ms;
    state.counters["saves_per_s"]
        = benchmark::Counter(double(latencies.size()), benchmark::Counter::kIsRate);
}

void BM_AutosaveEncrypted(benchmark::State &state)
{
    QTemporaryDir dir;
    DataKey key;
    key.randomise();
    auto db = Database::open(
        dir.filePath(QStringLiteral("enc.db")), key, Database::OpenMode::CreateNew, 0);
    if (!db) {
        state.SkipWithError("open failed");
        return;
    }
    autosave(state, *db, g_encrypted);
}
BENCHMARK(BM_AutosaveEncrypted)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();

void BM_AutosavePlainPages(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = Database::openUnencrypted(dir.filePath(QStringLiteral("plain.db")));
    if (!db) {
        state.SkipWithError("open failed");
        return;
    }
    autosave(state, *db, g_plain);
}
BENCHMARK(BM_AutosavePlainPages)->Unit(benchmark::kMicrosecond)->MinTime(2.0)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_plain.meanMs > 0 && g_encrypted.meanMs > 0) {
        std::printf("\nautosave encrypted/plain mean ratio: %.2fx (target at most 1.5x)\n",
            g_encrypted.meanMs / g_plain.meanMs);
        std::printf(
            "autosave p99 latency: encrypted %.2f ms, plain %.2f ms (target at most 5 ms)\n",
            g_encrypted.p99Ms, g_plain.p99Ms);
    }
    return 0;
}
